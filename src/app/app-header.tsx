/** Header: the product, the open draft with a way to switch, and the save status. */
import { DraftSwitcher } from '../features/drafts/draft-switcher';
import { useCurrentDraft } from '../features/drafts/use-current-draft';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function AppHeader() {
  const draft = useCurrentDraft();
  const saved = new Date(draft.updatedAt);
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">Keystone</h1>
        <p className="brand-tag">Strategic technical leader roles</p>
      </div>
      <div className="header-draft">
        <p className="draft-name">
          <span className="draft-name-label">Draft:</span> {draft.name || 'Untitled role'}
        </p>
        <DraftSwitcher />
      </div>
      <p className="save-status">
        <span aria-hidden="true">✓ </span>Saved
        {Number.isNaN(saved.getTime()) ? null : (
          <span className="save-time"> at {timeFormat.format(saved)}</span>
        )}
      </p>
    </header>
  );
}
