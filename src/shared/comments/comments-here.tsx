/**
 * The comments and questions about one thing (a decision, a responsibility), shown beside it in
 * the step where it is answered, as well as in the one list under "Hand-off and sign-off", where
 * they are added and resolved. Nothing is shown when there are none.
 */
import { useCurrentDraft } from '../use-current-draft';
import './comments-here.css';

interface Props {
  /** What the comments are about, as the draft records it: "gradeBand", "responsibility:<id>". */
  about: string;
  /** How the thing is named in "Comments on the grade": "the grade", "responsibility 2". */
  what: string;
}

export function CommentsHere({ about, what }: Props) {
  const comments = useCurrentDraft().comments.filter((c) => c.about === about);
  if (comments.length === 0) return null;
  const open = comments.filter((c) => c.status === 'open').length;
  return (
    <section className="comments-here" aria-label={`Comments on ${what}`}>
      <p className="comments-here-title">
        {comments.length === 1 ? 'One comment' : `${comments.length} comments`} on {what}, {open}{' '}
        open
      </p>
      <ul>
        {comments.map((c) => (
          <li key={c.id} className={c.status === 'resolved' ? 'comment-resolved' : undefined}>
            <strong>{c.author}</strong>
            {c.authorRole && ` (${c.authorRole})`}, {c.createdAt.slice(0, 10)},{' '}
            {c.status === 'open' ? 'open' : 'resolved'}: {c.text}
          </li>
        ))}
      </ul>
      <p className="field-hint">Answer or resolve them under Hand-off and sign-off.</p>
    </section>
  );
}
