/**
 * The job pack's details (issue 14): the institution's own titles beside the structured answers,
 * the salary and the terms, and for a Welsh institution the post's Welsh-language category.
 * Each is saved with the draft as it is typed and printed in the candidate pack, the advert,
 * the web page and the job posting.
 */
import { useId } from 'react';
import { GRADE_BANDS, REPORTING_LINES } from '../../domain/options';
import { WELSH_CATEGORIES, type WelshCategory } from '../../domain/posting-options';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { DETAILS_ID } from './unfinished-list';

type Posting = RoleDraft['posting'];
type TextKey = {
  [K in keyof Posting]: Posting[K] extends string ? K : never;
}[keyof Posting];

const MAX_SALARY = 10_000_000;

interface TextProps {
  draft: RoleDraft;
  name: TextKey;
  label: string;
  hint?: string;
  max: number;
  type?: 'text' | 'date';
  multiline?: boolean;
}

function usePosting(draft: RoleDraft) {
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  return (change: Partial<Posting>) =>
    updateDraft(draft.id, (d) => ({ ...d, posting: { ...d.posting, ...change } }));
}

function TextDetail({ draft, name, label, hint, max, type = 'text', multiline }: TextProps) {
  const id = useId();
  const set = usePosting(draft);
  const common = {
    id,
    value: draft.posting[name],
    maxLength: max,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          {...common}
          className="export-purpose"
          rows={3}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      ) : (
        <input {...common} type={type} onChange={(e) => set({ [name]: e.target.value })} />
      )}
    </div>
  );
}

function SalaryDetail({
  draft,
  name,
  label,
}: {
  draft: RoleDraft;
  name: 'salaryFrom' | 'salaryTo';
  label: string;
}) {
  const id = useId();
  const set = usePosting(draft);
  const value = draft.posting[name];
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const digits = e.target.value.replace(/[^0-9]/g, '');
          set({ [name]: digits === '' ? null : Math.min(Number(digits), MAX_SALARY) });
        }}
      />
    </div>
  );
}

function WelshDetail({ draft }: { draft: RoleDraft }) {
  const id = useId();
  const set = usePosting(draft);
  const missing = draft.posting.welshLanguage === null;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Welsh language category
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        The Welsh Language Standards ask every post to state exactly one of these. The person
        specification and the advert carry it, and the advert says applications in Welsh are
        welcome.
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        aria-invalid={missing}
        value={draft.posting.welshLanguage ?? ''}
        onChange={(e) =>
          set({ welshLanguage: e.target.value === '' ? null : (e.target.value as WelshCategory) })
        }
      >
        <option value="">Not yet chosen</option>
        {WELSH_CATEGORIES.list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PostingDetails({ draft }: { draft: RoleDraft }) {
  const { reportsTo, gradeBand } = draft.authority;
  return (
    <fieldset className="export-details" id={DETAILS_ID} tabIndex={-1}>
      <legend>Details for the job pack</legend>
      <p className="field-hint">
        Your institution’s own words for what the steps ask in general terms. Each is saved with the
        draft and printed as you type it.
      </p>
      <TextDetail
        draft={draft}
        name="managerTitle"
        label="Manager’s job title"
        max={200}
        {...(reportsTo ? { hint: `Your answer: ${REPORTING_LINES.label(reportsTo)}.` } : {})}
      />
      <TextDetail
        draft={draft}
        name="gradeName"
        label="Grade, as your institution names it"
        max={200}
        {...(gradeBand ? { hint: `Your answer: ${GRADE_BANDS.label(gradeBand)}.` } : {})}
      />
      <SalaryDetail draft={draft} name="salaryFrom" label="Salary from (£ a year)" />
      <SalaryDetail draft={draft} name="salaryTo" label="Salary to (£ a year)" />
      <TextDetail draft={draft} name="department" label="Department or directorate" max={200} />
      <TextDetail draft={draft} name="location" label="Location" max={200} />
      <TextDetail
        draft={draft}
        name="hours"
        label="Hours"
        hint="For example: Full time, 35 hours a week."
        max={200}
      />
      <TextDetail
        draft={draft}
        name="contract"
        label="Contract"
        hint="For example: Permanent, or Fixed term for 24 months (maternity cover)."
        max={200}
      />
      <TextDetail draft={draft} name="closingDate" label="Closing date" type="date" max={40} />
      <TextDetail draft={draft} name="howToApply" label="How to apply" max={2_000} multiline />
      <TextDetail draft={draft} name="reference" label="Reference number" max={100} />
      {draft.context.nation === 'wales' ? <WelshDetail draft={draft} /> : null}
    </fieldset>
  );
}
