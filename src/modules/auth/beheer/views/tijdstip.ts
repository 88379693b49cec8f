// A moment as people read it: DD-MM-JJJJ HH:MM:SS in Dutch time (R-UI-5 for the date part),
// whatever time zone the server runs in.
const FORMAT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** @example formatTijdstip(new Date('2026-11-28T14:02:10Z')) === '28-11-2026 15:02:10' */
export function formatTijdstip(d: Date): string {
  const p = Object.fromEntries(FORMAT.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
