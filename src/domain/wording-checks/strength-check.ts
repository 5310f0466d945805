/**
 * Strength for grading: a duty written with a "shares" cue ("supports", "assists", "responsible
 * for") where the role is meant to hold it. The cues come from the one table in
 * src/domain/wording (shared with the job-description reader); this file only says what a
 * panel makes of them and offers the stronger verb.
 */
import { readWordingKind } from '../wording/wording-kind';
import { found, type Finding } from './finding';
import { matchCase } from './match-case';
import type { Sentence } from './sentences';

const PANEL_SOURCE =
  'HERA element “Decision-making processes and outcomes”; Hay Guide Chart, “Accountability” (freedom to act)';

/** "lead" in the form of the verb it replaces ("supports" → "leads", "helping" → "leading"). */
function leadInForm(verb: string): string {
  if (verb.endsWith('ing')) return 'leading';
  if (verb.endsWith('ed')) return 'led';
  if (verb.endsWith('s')) return 'leads';
  return 'lead';
}

/** The stronger words for the words of a "shares" cue. */
export function strongerVerb(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('responsible for')) return 'accountable for';
  if (w.startsWith('input')) return 'decide';
  const lead = leadInForm(w.split(' ')[0] ?? '');
  return w.startsWith('liais') ? `${lead} the work with` : lead;
}

export function strengthFindings(text: string, sentence: Sentence): Finding[] {
  const reading = readWordingKind(sentence.text);
  const first = reading.cues[0];
  if (reading.kind !== 'shares' || !first) return [];
  const stronger = matchCase(first.words, strongerVerb(first.words));
  return [
    found(
      text,
      'shared-responsibility',
      'strength',
      { words: first.words, start: sentence.start + first.start },
      {
        what: `“${first.words}” gives the role a share of this responsibility, not all of it.`,
        why: `${first.cue.why} If the role holds it, say so (“${stronger}”); if it truly shares it, dismiss this with the reason.`,
        source: PANEL_SOURCE,
        instead: stronger,
      },
    ),
  ];
}
