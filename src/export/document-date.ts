/** The date a document was prepared, as UK readers write it: "1 December 2026". */
export function documentDate(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(now);
}
