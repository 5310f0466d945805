/**
 * Words as a sentence shows them, each in curly quotes: “leads”, “technical strategy”. Note: apart
 * from quote-text.ts, which the start-up code uses, as only the reader and the review need this.
 */
import { quoteText } from './quote-text';

export const quoteWords = (words: readonly string[]): string =>
  words.map((w) => quoteText(w)).join(', ');
