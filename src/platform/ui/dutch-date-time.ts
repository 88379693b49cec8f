// A moment as people read it: DD-MM-JJJJ HH:MM[:SS] in Dutch time (R-UI-5 for the date part),
// whatever time zone the server runs in. One formatter for every page that shows a moment.
const parts = (withSeconds: boolean) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
  });
const WITH_SECONDS = parts(true);
const WITHOUT_SECONDS = parts(false);

/**
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z')) === '28-11-2026 15:02:10'
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z'), { seconds: false }) === '28-11-2026 15:02'
 */
export function formatDutchDateTime(d: Date | null, opts: { seconds?: boolean } = {}): string {
  if (!d) return '';
  const withSeconds = opts.seconds ?? true;
  const p = Object.fromEntries((withSeconds ? WITH_SECONDS : WITHOUT_SECONDS).formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}
