/** One sentence of a job description beside what Keystone read in it, and what to do with it. */
import { catalogueEntry } from '../../domain/catalogue';
import { CLAUSES } from '../../domain/definition';
import type { SentenceChoice } from '../../domain/read-role/draft-from-reading';
import type { ReadSentence } from '../../domain/read-role/reading';
import { quoteWords } from '../../domain/quote-words';

const clauseName = (id: string) => CLAUSES.find((c) => c.id === id)?.name ?? id;

const WORDING = {
  holds: 'gives the role the responsibility itself',
  shares: 'gives the role a share in the responsibility',
} as const;

interface Props {
  sentence: ReadSentence;
  number: number;
  choice: SentenceChoice;
  onChoose: (choice: SentenceChoice) => void;
}

export function ReadSentenceRow({ sentence, number, choice, onChoose }: Props) {
  const id = `read-${sentence.id}`;
  const entry = sentence.catalogueId ? catalogueEntry(sentence.catalogueId) : undefined;
  const firstCue = sentence.wording.cues[0];
  const options: [SentenceChoice['action'], string][] = [
    ['keep', 'Keep as written'],
    ['reword', 'Reword'],
    ...(entry
      ? [['catalogue', 'Use the catalogue’s wording'] as [SentenceChoice['action'], string]]
      : []),
    ['drop', 'Leave out'],
  ];
  return (
    <li className={`read-sentence read-${choice.action}`}>
      <p className="read-original">
        <span className="visually-hidden">Sentence {number}: </span>
        {sentence.text}
      </p>
      <div className="read-found">
        {sentence.clauses.length > 0 ? (
          <ul className="read-clauses" aria-label={`Clauses read in sentence ${number}`}>
            {sentence.clauses.map((c) => (
              <li key={c.id}>
                <strong>{clauseName(c.id)}</strong> (
                {c.strength === 'direct' ? 'direct' : 'in part'}
                ), because it says {quoteWords(c.cues)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="read-none">No clause of the definition read here.</p>
        )}
        {sentence.wording.kind && firstCue && (
          <p className="read-wording">
            Wording: “{firstCue.words}” {WORDING[sentence.wording.kind]}.
          </p>
        )}
        {entry && (
          <p className="read-catalogue">
            Nearest responsibility in the catalogue ({Math.round(sentence.similarity * 100)}%
            alike): “{entry.text}”
          </p>
        )}
        <fieldset className="read-choice">
          <legend className="visually-hidden">What to do with sentence {number}</legend>
          {options.map(([action, label]) => (
            <label key={action} className="read-option">
              <input
                type="radio"
                name={id}
                value={action}
                checked={choice.action === action}
                onChange={() =>
                  onChoose(
                    action === 'reword'
                      ? { action, text: sentence.text }
                      : ({ action } as SentenceChoice),
                  )
                }
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {choice.action === 'reword' && (
          <div className="field">
            <label htmlFor={`${id}-words`} className="field-label">
              Your wording for sentence {number}
            </label>
            <textarea
              id={`${id}-words`}
              rows={2}
              value={choice.text}
              onChange={(event) => onChoose({ action: 'reword', text: event.target.value })}
            />
          </div>
        )}
      </div>
    </li>
  );
}
