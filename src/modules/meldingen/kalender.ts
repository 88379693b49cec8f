// Calendar days as the service means them: Dutch days. "Today" (R-MEL-7: van not in the
// future, R-MEL-1..4: enrolled today) and the year of a melding number are taken in
// Europe/Amsterdam, whatever time zone the server runs in.
const DAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Dutch calendar date of a moment, as ISO.
 * @example vandaagIn(new Date('2026-08-31T22:30:00Z')) === '2026-09-01' // already 00:30 in Amsterdam
 */
export function vandaagIn(moment: Date): string {
  return DAG.format(moment);
}

/** A moment plus whole days (drafts are kept 7 days from the last change, R-MEL-20). */
export function plusDagen(moment: Date, dagen: number): Date {
  return new Date(moment.getTime() + dagen * 24 * 60 * 60 * 1000);
}
