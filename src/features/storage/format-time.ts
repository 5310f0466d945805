import { madeOnce } from '../../domain/made-once';

const format = madeOnce(
  () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
);

/** "1 Dec 2026, 19:45" for an ISO time; the text itself when it is not one. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format().format(date);
}
