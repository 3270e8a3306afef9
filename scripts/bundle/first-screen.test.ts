// @vitest-environment node
import { entryKey, firstScreen, judge, staticClosure, type Manifest } from './first-screen';

/** A small build: an entry with a shared vendor chunk and three lazy routes, one of them heavy. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/app/routes/queue.tsx', 'src/app/routes/review.tsx', 'src/app/routes/dashboard.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_table.js': { file: 'assets/table.js', imports: ['_vendor.js'] },
  '_charts.js': { file: 'assets/charts.js', imports: ['_vendor.js', '_d3.js'] },
  '_d3.js': { file: 'assets/d3.js' },
  '_dialog.js': { file: 'assets/dialog.js', imports: ['_vendor.js'] },
  'src/app/routes/queue.tsx': {
    file: 'assets/queue.js',
    src: 'src/app/routes/queue.tsx',
    isDynamicEntry: true,
    imports: ['_vendor.js', '_table.js', 'index.html'],
  },
  'src/app/routes/review.tsx': {
    file: 'assets/review.js',
    src: 'src/app/routes/review.tsx',
    isDynamicEntry: true,
    imports: ['_table.js'],
    dynamicImports: ['_dialog.js'],
  },
  'src/app/routes/dashboard.tsx': {
    file: 'assets/dashboard.js',
    src: 'src/app/routes/dashboard.tsx',
    isDynamicEntry: true,
    imports: ['_charts.js'],
  },
  'src/worker.ts': { file: 'assets/worker.js', src: 'src/worker.ts', isEntry: true },
  'style.css': { file: 'assets/style.css', isEntry: true },
};

describe('first screen from the build manifest', () => {
  it('finds the one JavaScript entry', () => {
    expect(() => entryKey(manifest)).toThrow(/exactly one/);
    const { ['src/worker.ts']: _worker, ...page } = manifest;
    expect(entryKey(page)).toBe('index.html');
  });

  const page: Manifest = Object.fromEntries(
    Object.entries(manifest).filter(([key]) => key !== 'src/worker.ts'),
  );

  it('follows static imports transitively, each chunk once, cycles included', () => {
    expect(staticClosure(page, 'src/app/routes/queue.tsx')).toEqual([
      'src/app/routes/queue.tsx',
      '_vendor.js',
      '_table.js',
      'index.html',
    ]);
  });

  it('is the entry closure plus the route chunk and its static imports, not other routes or lazy dialogs', () => {
    expect(firstScreen(page, { name: 'queue', lazyModules: ['src/app/routes/queue.tsx'] }).files).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/queue.js',
      'assets/table.js',
    ]);
    expect(
      firstScreen(page, { name: 'workspace', lazyModules: ['src/app/routes/review.tsx'] }).files,
    ).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/review.js', 'assets/table.js']);
    expect(
      firstScreen(page, { name: 'dashboard', lazyModules: ['src/app/routes/dashboard.tsx'] }).files,
    ).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/dashboard.js',
      'assets/charts.js',
      'assets/d3.js',
    ]);
  });

  it('refuses a route module the entry does not load lazily', () => {
    expect(() => firstScreen(page, { name: 'x', lazyModules: ['src/app/routes/missing.tsx'] })).toThrow(
      /not loaded lazily/,
    );
    expect(() => firstScreen(page, { name: 'x', lazyModules: ['_charts.js'] })).toThrow(/not loaded lazily/);
  });
});

describe('budget verdict', () => {
  it('passes at the target, is over target within the tolerance, fails beyond it', () => {
    expect(judge('queue', 200_000, 200_000, 0.1)).toMatchObject({
      overTarget: false,
      failed: false,
      limit: 220_000,
    });
    expect(judge('queue', 215_000, 200_000, 0.1)).toMatchObject({ overTarget: true, failed: false });
    expect(judge('queue', 220_000, 200_000, 0.1)).toMatchObject({ failed: false });
    expect(judge('queue', 220_001, 200_000, 0.1)).toMatchObject({ failed: true });
  });
});
