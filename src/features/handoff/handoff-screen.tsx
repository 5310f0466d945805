/**
 * Hand-off and sign-off: send the draft for review with its reasons, comments and history, open
 * what comes back, record approvals and see whether each is of the draft as it is now.
 */
import { useState } from 'react';
import { downloadText } from '../../components/download-file';
import { OpenFile } from '../../shared/open-file/open-file';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { sendForReview } from '../../store/files/open-handoff';
import { recordApproval } from '../../store/review/sign-offs';
import { CommentsPanel } from './comments-panel';
import { PersonFields, type Person } from './person-fields';
import { SignOffList } from './sign-off-list';
import './handoff.css';

/** Who is acting, remembered in this tab only while it is open (opening a hand-off remounts). */
let remembered: Person = { name: '', role: '' };

export function HandoffScreen() {
  const draft = useCurrentDraft();
  const [person, setPersonState] = useState<Person>(remembered);
  const setPerson = (p: Person) => {
    remembered = p;
    setPersonState(p);
  };
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const named = person.name.trim() !== '';

  async function send() {
    if (!named) return setStatus({ text: 'Enter your name before sending.', failed: true });
    const file = await sendForReview(draft.id, person, new Date());
    downloadText(file.text, file.fileName);
    setStatus({
      text: `Saved ${file.fileName}. Send it to the reviewer; when it comes back, open it here.`,
      failed: false,
    });
  }

  async function approve() {
    if (!named)
      return setStatus({ text: 'Enter your name before recording approval.', failed: true });
    const signOff = await recordApproval(draft.id, person, new Date());
    setStatus({
      text: `Recorded ${signOff.name}’s approval of this version (fingerprint ${signOff.fingerprint.slice(0, 16)}…).`,
      failed: false,
    });
  }

  return (
    <div className="view handoff">
      <h2 id="handoff-heading" tabIndex={-1}>
        Hand-off and sign-off
      </h2>
      <p className="step-intro">
        Pass the draft between the sponsor, HR, the grading panel and the board with its reasons,
        comments and approvals. Files go only where you send them.
      </p>
      <PersonFields person={person} onChange={setPerson} />
      <p role="status" className={status?.failed ? 'notice notice-error' : 'handoff-status'}>
        {status?.text ?? ''}
      </p>
      <section className="review-section" aria-labelledby="send-heading">
        <h3 id="send-heading">Send and receive</h3>
        <p>
          “Send for review” saves a hand-off file of this draft. When a reviewer opens it in
          Keystone and sends it back, open it here: you see what they changed, section by section,
          and choose what to keep.
        </p>
        <button type="button" className="button-primary" onClick={() => void send()}>
          Send for review
        </button>
        <OpenFile label="Open a hand-off file" />
        {draft.handoffs.length > 0 && (
          <>
            <h4>History</h4>
            <ol className="handoff-history">
              {draft.handoffs.map((h) => (
                <li key={h.id}>
                  Sent by {h.sentBy}
                  {h.role && ` (${h.role})`} on {h.sentAt.slice(0, 10)}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section className="review-section" aria-labelledby="sign-off-heading">
        <h3 id="sign-off-heading">Sign-off</h3>
        <p>
          Recording approval keeps your name, role, the date and a fingerprint (SHA-256) of exactly
          this version. It records agreement; it is not an electronic signature. Any later change
          shows that the approval was of an earlier version.
        </p>
        <button type="button" className="button-secondary" onClick={() => void approve()}>
          Record approval
        </button>
        <SignOffList draft={draft} />
      </section>
      <CommentsPanel draft={draft} person={person} />
    </div>
  );
}
