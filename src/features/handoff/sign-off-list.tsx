/** The record of approvals: who approved which version, and whether it is the draft as it is. */
import type { SignOffState } from '../../domain/handoff/sign-off-check';
import type { RoleDraft } from '../../domain/role-draft';
import { useSignOffStates } from './use-sign-off-states';

function StateText({ state }: { state: SignOffState | undefined }) {
  if (!state) return <p>Checking…</p>;
  if (state.state === 'current') return <p className="sign-off-current">Approved this version.</p>;
  if (state.state === 'altered') {
    return (
      <p className="sign-off-stale">
        This record no longer matches what it says was approved: it was altered after it was made.
        Ask for the approval again.
      </p>
    );
  }
  return (
    <div className="sign-off-stale">
      <p>Approved an earlier version. What has changed since:</p>
      {state.changes === null ? (
        <p>The approved version was not kept, so the changes cannot be listed.</p>
      ) : (
        <ul>
          {state.changes.map((c, i) => (
            <li key={i}>
              {c.section} / {c.field}: {c.before || '—'} → {c.after || '—'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SignOffList({ draft }: { draft: RoleDraft }) {
  const states = useSignOffStates(draft);
  if (draft.signOffs.length === 0) return <p>No approval has been recorded yet.</p>;
  return (
    <ul className="sign-off-list">
      {draft.signOffs.map((s, i) => (
        <li key={s.id}>
          <p>
            <strong>{s.name}</strong>
            {s.role && `, ${s.role}`}, approved on {s.approvedAt.slice(0, 10)}. Fingerprint{' '}
            <code>{s.fingerprint.slice(0, 16)}…</code>
          </p>
          <StateText state={states?.[i]} />
        </li>
      ))}
    </ul>
  );
}
