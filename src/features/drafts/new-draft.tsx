/** Start a new draft, blank or from a starting template. */
import { useKeystoneStore } from '../../store/keystone-store';

/** "Untitled role", or "Untitled role 2" and so on when that name is taken. */
export function freeName(base: string, names: readonly string[]): string {
  if (!names.includes(base)) return base;
  let n = 2;
  while (names.includes(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

export function NewDraft({ names, onCreated }: { names: string[]; onCreated: () => void }) {
  const createDraft = useKeystoneStore((s) => s.createDraft);
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
      </button>
    </section>
  );
}
