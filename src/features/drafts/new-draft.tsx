/** Start a new draft, blank or from a starting template. */
import { useState } from 'react';
import { TEMPLATES } from '../../domain/templates';
import { useKeystoneStore } from '../../store/keystone-store';

/** "Untitled role", or "Untitled role 2" and so on when that name is taken. */
export function freeName(base: string, names: readonly string[]): string {
  if (!names.includes(base)) return base;
  let n = 2;
  while (names.includes(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

const STARTERS = TEMPLATES.filter((t) => t.id !== 'blank');

export function NewDraft({
  names,
  onCreated,
  onStartFromText,
}: {
  names: string[];
  onCreated: () => void;
  onStartFromText: () => void;
}) {
  const createDraft = useKeystoneStore((s) => s.createDraft);
  const [templateId, setTemplateId] = useState(STARTERS[0]?.id ?? '');
  const template = STARTERS.find((t) => t.id === templateId);
  return (
    <section className="new-draft" aria-labelledby="new-draft-heading">
      <h3 id="new-draft-heading">Start a new draft</h3>
      <button
        type="button"
        className="button-primary"
        onClick={() => {
          createDraft(freeName('Untitled role', names));
          onCreated();
        }}
      >
        New blank draft
      </button>{' '}
      <button type="button" className="button-secondary" onClick={onStartFromText}>
        Start from an existing job description
      </button>
      {template && (
        <div className="field">
          <label htmlFor="template" className="field-label">
            Or start from a template
          </label>
          <p id="template-hint" className="field-hint">
            {template.description} Illustrative: change every answer to fit your institution.
          </p>
          <div className="template-pick">
            <select
              id="template"
              aria-describedby="template-hint"
              value={templateId}
              onChange={(event) => setTemplateId(event.target.value)}
            >
              {STARTERS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const built = template.build('template', new Date().toISOString());
                createDraft(freeName(template.name, names), built);
                onCreated();
              }}
            >
              Start from this template
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
