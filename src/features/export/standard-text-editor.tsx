/**
 * The institution's own standard text (issue 14, item 3): the equality, right to work, flexible
 * working and Technician Commitment statements, written once, kept on this device and printed in
 * every draft's documents. Keystone suggests no wording: a blank statement is left out.
 */
import { useId, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import {
  MAX_STANDARD_TEXT,
  STANDARD_TEXT_FIELDS,
  STANDARD_TEXT_KEYS,
  type StandardText,
  type StandardTextKey,
} from '../../domain/job-pack/standard-text';
import { keepText } from '../../domain/text-rule';
import {
  institutionSnapshot,
  keepStandardText,
  subscribeInstitution,
} from '../../store/institution/institution';

/** The standard text kept on this device, for every draft's documents. */
export function useStandardText(): StandardText {
  return useSyncExternalStore(subscribeInstitution, institutionSnapshot).standardText;
}

function StatementField({ name, value }: { name: StandardTextKey; value: string }) {
  const id = useId();
  // What was typed but could not be kept stays in the box, so nothing typed is lost.
  const [unkept, setUnkept] = useState<string | null>(null);
  const problem = unkept !== null;
  const { heading, hint } = STANDARD_TEXT_FIELDS[name];
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const typed = keepText(event.currentTarget.value);
    setUnkept(keepStandardText(name, typed) ? null : typed);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {heading}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        className="export-purpose"
        rows={4}
        maxLength={MAX_STANDARD_TEXT}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        value={unkept ?? value}
        onChange={onChange}
      />
      {problem ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          This device has no room left to keep it. The documents keep the text as it was.
        </p>
      ) : null}
    </div>
  );
}

export function StandardTextEditor() {
  const headingId = useId();
  const text = useStandardText();
  return (
    <section className="export-standard-text" aria-labelledby={headingId}>
      <h3 id={headingId}>Your institution’s standard text</h3>
      <p className="field-hint">
        Written once and kept on this device for every draft: each text is printed under its own
        heading after the person specification, in both packs and the web page. Leave one blank to
        leave it out. Leave a blank line between paragraphs.
      </p>
      {STANDARD_TEXT_KEYS.map((key) => (
        <StatementField key={key} name={key} value={text[key]} />
      ))}
    </section>
  );
}
