/**
 * Comments and questions on any answer or responsibility, by a named person (typed: there are no
 * accounts, and nothing leaves the device), open or resolved, gathered in one list.
 */
import { useId, useState } from 'react';
import { MAX_REASON } from '../../domain/draft-fields/draft-fields';
import { DECISIONS } from '../../domain/review/decisions';
import { newId } from '../../domain/new-id';
import type { RoleDraft } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import type { Person } from './person-fields';

export function commentTargets(draft: RoleDraft): { id: string; label: string }[] {
  return [
    { id: 'draft', label: 'The draft as a whole' },
    ...DECISIONS.map((d) => ({ id: d.key, label: d.label })),
    ...draft.responsibilities.map((r, i) => ({
      id: `responsibility:${r.id}`,
      label: `Responsibility ${i + 1}: ${r.text.slice(0, 60)}`,
    })),
  ];
}

export function CommentsPanel({ draft, person }: { draft: RoleDraft; person: Person }) {
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const targets = commentTargets(draft);
  const [about, setAbout] = useState('draft');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const aboutId = useId();
  const textId = useId();
  const labelOf = (id: string) => targets.find((t) => t.id === id)?.label ?? 'A removed item';

  function add() {
    if (person.name.trim() === '') return setError('Enter your name above before commenting.');
    if (text.trim() === '') return setError('Write the comment or question.');
    setError('');
    const comment = {
      id: newId('comment'),
      about,
      author: person.name.trim(),
      authorRole: person.role.trim(),
      text: text.trim(),
      status: 'open' as const,
      createdAt: new Date().toISOString(),
    };
    updateDraft(draft.id, (d) => ({ ...d, comments: [...d.comments, comment] }));
    setText('');
  }

  const toggle = (id: string) =>
    updateDraft(draft.id, (d) => ({
      ...d,
      comments: d.comments.map((c) =>
        c.id === id ? { ...c, status: c.status === 'open' ? 'resolved' : 'open' } : c,
      ),
    }));

  const open = draft.comments.filter((c) => c.status === 'open').length;
  return (
    <section className="review-section" aria-labelledby="comments-heading">
      <h3 id="comments-heading">Comments and questions</h3>
      <div className="field">
        <label className="field-label" htmlFor={aboutId}>
          About
        </label>
        <select id={aboutId} value={about} onChange={(e) => setAbout(e.currentTarget.value)}>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={textId}>
          Comment or question
        </label>
        <textarea
          id={textId}
          rows={3}
          maxLength={MAX_REASON}
          value={text}
          aria-invalid={error !== '' || undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="button" className="button-secondary" onClick={add}>
        Add comment
      </button>
      <p>
        {draft.comments.length === 0
          ? 'No comments yet.'
          : `${draft.comments.length} ${draft.comments.length === 1 ? 'comment' : 'comments'}, ${open} open.`}
      </p>
      <ul className="comment-list">
        {draft.comments.map((c) => (
          <li key={c.id} className={c.status === 'resolved' ? 'comment-resolved' : undefined}>
            <p>
              <strong>{c.author}</strong>
              {c.authorRole && ` (${c.authorRole})`} on <em>{labelOf(c.about)}</em>,{' '}
              {c.createdAt.slice(0, 10)}: {c.status === 'open' ? 'open' : 'resolved'}
            </p>
            <p>{c.text}</p>
            <button type="button" className="link-button" onClick={() => toggle(c.id)}>
              {c.status === 'open' ? 'Mark resolved' : 'Reopen'}
              <span className="visually-hidden">: comment by {c.author}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
