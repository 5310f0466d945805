/** Header: the product, the open draft with a way to switch, and the save status. */
import { DraftSwitcher } from '../features/drafts/draft-switcher';
import { useCurrentDraft } from '../shared/use-current-draft';
import { SaveStatus } from '../features/storage/save-status';
import './app-header.css';

export function AppHeader() {
  const draft = useCurrentDraft();
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
      <SaveStatus updatedAt={draft.updatedAt} />
    </header>
  );
}
