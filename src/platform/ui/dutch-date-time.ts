// A moment as people read it: DD-MM-JJJJ HH:MM[:SS] in Dutch time (R-UI-5 for the date part),
// whatever time zone the server runs in. One formatter for every page that shows a moment.
//
// Intl's formatToParts costs several microseconds a call, and a list page formats a moment on
// every row (issue 5's speed goal). Dutch time is UTC plus one or two hours, and it changes
// only on a whole UTC hour, so Intl is asked once per UTC hour for that hour's offset; the
// digits are then plain arithmetic. The property test checks this against Intl itself.
const OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'longOffset',
});
const HOUR_MS = 3_600_000;
const offsets = new Map<number, number>();

/** Minutes Dutch time is ahead of UTC in the UTC hour holding `ms` ("GMT+01:00" → 60). */
function offsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let minutes = offsets.get(hour);
  if (minutes === undefined) {
    const name = OFFSET.formatToParts(new Date(hour * HOUR_MS)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    // Bounded: a long-running server formats moments from many hours.
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(hour, minutes);
  }
  return minutes;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z')) === '28-11-2026 15:02:10'
 * @example formatDutchDateTime(new Date('2026-11-28T14:02:10Z'), { seconds: false }) === '28-11-2026 15:02'
 */
export function formatDutchDateTime(d: Date | null, opts: { seconds?: boolean } = {}): string {
  if (!d) return '';
  const ms = d.getTime();
  const local = new Date(ms + offsetMinutes(ms) * 60_000);
  const date = `${two(local.getUTCDate())}-${two(local.getUTCMonth() + 1)}-${String(local.getUTCFullYear()).padStart(4, '0')}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  return (opts.seconds ?? true) ? `${date} ${time}:${two(local.getUTCSeconds())}` : `${date} ${time}`;
}
