/** Text runs for Word: only characters XML 1.0 forbids are removed; line breaks stay breaks. */
import { TextRun, type IRunOptions } from 'docx';
import { normaliseBreaks, withoutControls } from '../plain-text';

export function runs(
  text: string,
  options: Omit<IRunOptions, 'text' | 'children'> = {},
): TextRun[] {
  return normaliseBreaks(withoutControls(text))
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
