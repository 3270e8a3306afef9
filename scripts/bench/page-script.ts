/**
 * The probe installed in every page before the app's own code (`addInitScript`). It is plain
 * JavaScript in a string, not a serialised TypeScript function, so that no compiler helper can leak
 * into the page. Everything is timed in the page with `performance.now()` (time origin: navigation
 * start), so the figures do not include the time Playwright takes to notice.
 *
 * It relies on the app's markup only where a user would: the request title (an h1 with the request
 * number), the compare viewer's photos (img elements from /api/photos/ or blob: URLs), the queue table (the
 * table with sortable headers), dashboard widgets (sections whose body carries aria-busy).
 */
export const pageScript = String.raw`(() => {
  if (window.__bench) return;
  const bench = { longTasks: [], lcp: [], decisions: [], change: null };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (_) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.lcp.push({ time: e.startTime, size: e.size, element: e.element ? e.element.tagName : null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (_) {}

  /** Resolves with the time the predicate first holds, checked on DOM changes, loads and every frame. */
  const waitFor = (predicate, timeoutMs) =>
    new Promise((resolve) => {
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        observer.disconnect();
        document.removeEventListener('load', check, true);
        clearTimeout(timer);
        resolve(value);
      };
      const check = () => {
        if (done) return;
        let ok = false;
        try { ok = predicate(); } catch (_) { ok = false; }
        if (ok) finish(performance.now());
      };
      const frame = () => { if (done) return; check(); requestAnimationFrame(frame); };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('load', check, true);
      const timer = setTimeout(() => finish(null), timeoutMs || 30000);
      check();
      requestAnimationFrame(frame);
    });
  bench.waitFor = waitFor;

  const requestTitle = () => {
    for (const h of document.querySelectorAll('h1')) {
      const text = (h.textContent || '').trim();
      if (/PR\d{14}/.test(text)) return text;
    }
    return '';
  };
  // Photos come from the API, or from memory (blob:) when the request was claimed ahead.
  const photos = () =>
    Array.from(document.querySelectorAll('main img[src*="/api/photos/"], main img[src^="blob:"]'));
  const photoKey = () => photos().map((img) => img.src).join(' ');
  const decoded = () => {
    const imgs = photos();
    return imgs.length >= 2 && imgs.every((img) => img.complete && img.naturalWidth > 0);
  };
  /** A request's workspace is shown: its title, and both photos loaded and decoded. */
  const workspaceShown = (before) => {
    const title = requestTitle();
    if (!title || (before && title === before.title)) return false;
    if (before && photoKey() === before.photos) return false;
    return decoded();
  };
  bench.workspaceShown = () => workspaceShown(null);

  // Approve pressed: from this keydown to a different request's title with both photos decoded.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'a' && event.key !== 'A') return;
      if (event.repeat || bench.decisions.some((d) => d.end === undefined)) return;
      const entry = { start: performance.now(), titleAt: undefined, end: undefined };
      // Marks for a performance trace of the run (Chrome DevTools, or tracing in the harness).
      performance.mark('bench:approve');
      const before = { title: requestTitle(), photos: photoKey() };
      bench.decisions.push(entry);
      waitFor(() => {
        const title = requestTitle();
        if (entry.titleAt === undefined && title && title !== before.title) entry.titleAt = performance.now();
        return workspaceShown(before);
      }, 30000).then((end) => {
        entry.end = end;
        performance.mark('bench:next-shown');
      });
    },
    true,
  );

  const queueTable = () => document.querySelector('table:has(thead .MuiTableSortLabel-root)');
  const queueRows = () => {
    const table = queueTable();
    if (!table) return '';
    const numbers = [];
    for (const row of table.querySelectorAll('tbody tr')) {
      const first = row.querySelector('td');
      const text = first ? (first.textContent || '').trim() : '';
      if (/^PR\d{14}$/.test(text)) numbers.push(text);
    }
    return numbers.join(',');
  };
  const queueSettled = () => {
    const table = queueTable();
    const paper = table && table.closest('.MuiPaper-root');
    return !!paper && !paper.querySelector('[role="progressbar"]');
  };
  bench.queueShown = () => queueRows() !== '' && queueSettled();

  // When the first screen's content first stood in the page (a request's title, or the queue's
  // rows): the scripts asked for before then are the ones that screen needed; code fetched ahead
  // once it is up (dialogs, menus) is not.
  waitFor(() => requestTitle() !== '' || queueRows() !== '', 60000).then((time) => {
    bench.contentAt = time;
  });

  /** Arms a measure of the next click: until the queue's rows differ from now and nothing is loading. */
  bench.armQueueChange = () => {
    const before = queueRows();
    const change = { start: null, end: undefined };
    bench.change = change;
    document.addEventListener(
      'click',
      () => {
        change.start = performance.now();
        waitFor(() => {
          const rows = queueRows();
          return rows !== '' && rows !== before && queueSettled();
        }, 30000).then((end) => { change.end = end; });
      },
      { capture: true, once: true },
    );
  };

  /** Every dashboard widget shows data: nothing busy, no error, charts drawn, tables filled. */
  bench.dashboardShown = () => {
    const bodies = Array.from(document.querySelectorAll('section[aria-labelledby] > [aria-busy]'));
    if (bodies.length === 0) return false;
    return bodies.every((body) => {
      if (body.getAttribute('aria-busy') !== 'false') return false;
      if (body.querySelector('[role="alert"]')) return false;
      const figure = body.querySelector('[role="figure"]');
      if (figure) {
        const marks = figure.querySelectorAll('svg path, svg rect');
        return Array.from(marks).some((m) => { const r = m.getBoundingClientRect(); return r.width > 0 || r.height > 0; });
      }
      return (body.textContent || '').trim() !== '';
    });
  };
  bench.dashboardFailed = () =>
    Array.from(document.querySelectorAll('section[aria-labelledby] > [aria-busy] [role="alert"]')).length;
})();`;
