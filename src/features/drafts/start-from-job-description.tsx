/**
 * "Start from an existing job description": paste its text or open its file (.docx, .pdf, .txt,
 * .md), see each sentence beside what Keystone read in it (clauses and the words that triggered
 * them, the nearest catalogue statement, the facts it states), keep, reword, swap or leave out
 * each, and create the draft. Nothing is saved until "Create the draft".
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkRoleText } from '../../domain/files/role-text-check';
import {
  choiceFor,
  draftFromReading,
  type SentenceChoice,
} from '../../domain/read-role/draft-from-reading';
import type { RoleReading } from '../../domain/read-role/reading';
import { readRole } from '../../domain/read-role/read-role';
import { readRoleFile } from '../../store/files/role-text/read-role-file';
import { useKeystoneStore } from '../../store/keystone-store';
import { freeName } from './new-draft';
import { ReadSentenceRow } from './read-sentence';
import { RoleTextSource } from './role-text-source';

interface Read {
  reading: RoleReading;
  text: string;
  fileName: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function proposedName(reading: RoleReading): string {
  const title = reading.facts.find((f) => f.kind === 'title');
  if (title && typeof title.value === 'string') return title.value;
  return reading.sentences.find((s) => s.kind === 'heading')?.text ?? 'Role from a job description';
}

export function StartFromJobDescription({
  names,
  onBack,
  onCreated,
}: {
  names: string[];
  onBack: () => void;
  onCreated: () => void;
}) {
  const createDraft = useKeystoneStore((s) => s.createDraft);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [read, setRead] = useState<Read | null>(null);
  const [choices, setChoices] = useState<Record<string, SentenceChoice>>({});
  const [facts, setFacts] = useState<number[]>([]);
  const [name, setName] = useState('');
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const base = useId();
  // The review replaces the form: keyboard focus goes to its heading once it is drawn.
  useEffect(() => {
    if (read) reviewHeading.current?.focus();
  }, [read]);

  const start = (text: string, fileName: string) => {
    const checked = checkRoleText(text, fileName ? 'file' : 'paste');
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    const reading = readRole(checked.text);
    if (!reading.sentences.some((s) => s.kind !== 'heading')) {
      setError(
        'No sentences were found in the text. Paste the responsibilities of the role, one to a line.',
      );
      return;
    }
    setError(null);
    setRead({ reading, text: checked.text, fileName });
    setChoices({});
    setFacts(reading.facts.map((_, i) => i));
    setName(freeName(proposedName(reading), names));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await readRoleFile(file);
    setBusy(false);
    if (!result.ok) {
      setError(`${result.error} Nothing has been saved or changed.`);
      return;
    }
    start(result.text, result.name);
  };

  const kept = useMemo(
    () =>
      read
        ? read.reading.sentences.filter(
            (s) => choiceFor({ name, sentences: choices, facts }, s).action !== 'drop',
          ).length
        : 0,
    [read, choices, facts, name],
  );

  if (!read) {
    return (
      <RoleTextSource
        pasted={pasted}
        onPaste={setPasted}
        busy={busy}
        error={error}
        onFile={(file) => void open(file)}
        onRead={() => start(pasted, '')}
        onBack={onBack}
      />
    );
  }

  const { reading } = read;
  // Sentences are numbered as a person counts them: headings are not sentences.
  const numbers = new Map(
    reading.sentences.filter((s) => s.kind !== 'heading').map((s, i) => [s.id, i + 1]),
  );
  return (
    <section className="role-reader" aria-labelledby={`${base}-review`}>
      <h3 id={`${base}-review`} ref={reviewHeading} tabIndex={-1}>
        What Keystone read{read.fileName ? ` in ${read.fileName}` : ''}
      </h3>
      <p>
        Each sentence is kept in your own words unless you choose otherwise. A sentence kept or
        reworded claims the clauses its wording evidences; the review checks the claim.
      </p>
      {reading.facts.length > 0 && (
        <fieldset className="read-facts">
          <legend>Facts found in the text</legend>
          {reading.facts.map((fact, i) => {
            const from = reading.sentences.find((s) => s.id === fact.sentenceId);
            return (
              <label key={i} className="read-option">
                <input
                  type="checkbox"
                  checked={facts.includes(i)}
                  onChange={(event) =>
                    setFacts((now) =>
                      event.target.checked ? [...now, i] : now.filter((n) => n !== i),
                    )
                  }
                />{' '}
                {fact.label}
                {from && <span className="read-from"> (from: “{from.text}”)</span>}
              </label>
            );
          })}
        </fieldset>
      )}
      <ol className="read-sentences" aria-label="Sentences of the job description">
        {reading.sentences.map((sentence) => {
          if (sentence.kind === 'heading')
            return (
              <li key={sentence.id} className="read-heading">
                <strong>{sentence.text}</strong>
              </li>
            );
          return (
            <ReadSentenceRow
              key={sentence.id}
              sentence={sentence}
              number={numbers.get(sentence.id) ?? 0}
              choice={choiceFor({ name, sentences: choices, facts }, sentence)}
              onChoose={(choice) => setChoices((now) => ({ ...now, [sentence.id]: choice }))}
            />
          );
        })}
      </ol>
      <div className="field">
        <label htmlFor={`${base}-name`} className="field-label">
          Name of the new draft
        </label>
        <input
          id={`${base}-name`}
          type="text"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <p role="status">
        The draft will have {plural(kept, 'responsibility', 'responsibilities')} and{' '}
        {plural(facts.length, 'fact')} filled in.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            const draft = draftFromReading(
              reading,
              { text: read.text, fileName: read.fileName },
              { name, sentences: choices, facts },
              { id: 'new', now: new Date().toISOString() },
            );
            createDraft(freeName(draft.name, names), draft);
            onCreated();
          }}
        >
          Create the draft
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setPasted(read.text);
            setRead(null);
          }}
        >
          Back to the text
        </button>
      </div>
    </section>
  );
}
