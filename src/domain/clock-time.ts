/**
 * A time of day as en-GB writes it on a 24-hour clock ("09:05"), in the device's time zone.
 * Note: written out rather than with Intl.DateTimeFormat, whose first use costs tens of
 * milliseconds of CPU on a phone; the header's save status shows it on the first screen
 * (issue 17). Gives what `Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })`
 * gives (tested).
 */
export function clockTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
