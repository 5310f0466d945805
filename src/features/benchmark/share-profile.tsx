/**
 * Exports the open draft as an anonymised peer profile another institution can import: no
 * institution or person's name, and no free text unless the user chooses to include it.
 */
import { useState } from 'react';
import { anonymisedPack } from '../../domain/peers/anonymise-draft';
import type { RoleDraft } from '../../domain/role-draft';
import { downloadText } from '../../components/download-file';

export function ShareProfile({ draft }: { draft: RoleDraft }) {
  const [includeTitle, setIncludeTitle] = useState(false);
  const [includeFreeText, setIncludeFreeText] = useState(false);
  const download = () => {
    const pack = anonymisedPack(draft, { includeTitle, includeFreeText }, new Date().toISOString());
    downloadText(`${JSON.stringify(pack, null, 2)}\n`, 'keystone-peer-profile.json');
  };
  return (
    <>
      <p>
        The file leaves out the institution’s name and the draft’s name, gives dates to the month,
        and rounds head counts and budgets. Responsibilities you wrote yourself are withheld unless
        you include them.
      </p>
      <fieldset className="field field-group">
        <legend className="field-label">Also include</legend>
        <div className="choices">
          <label className="choice">
            <input
              type="checkbox"
              checked={includeTitle}
              onChange={(e) => setIncludeTitle(e.target.checked)}
            />
            The job title (it may identify the post)
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={includeFreeText}
              onChange={(e) => setIncludeFreeText(e.target.checked)}
            />
            Text I wrote: my own responsibilities, the person specification and the job purpose
          </label>
        </div>
      </fieldset>
      <button type="button" className="button-secondary" onClick={download}>
        Download anonymised peer profile
      </button>
    </>
  );
}
