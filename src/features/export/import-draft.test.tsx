import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_IMPORT_BYTES } from '../../domain/untrusted-json';
import { useKeystoneStore } from '../../store/keystone-store';
import { makeDraft } from '../../testing/make-draft';
import { ImportDraft } from './import-draft';

const draft = makeDraft({ name: 'Head of Technical Strategy' });

beforeEach(() => {
  useKeystoneStore.setState({
    drafts: { [draft.id]: draft },
    order: [draft.id],
    currentId: draft.id,
  });
});

/** A file that claims to be larger than the limit, and records whether anything read it. */
function hugeFile() {
  const file = new File(['{}'], 'huge.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
  const read = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
  Object.defineProperty(file, 'arrayBuffer', { value: read });
  Object.defineProperty(file, 'text', { value: read });
  return { file, read };
}

describe('ImportDraft', () => {
  it('refuses a file over the size limit without reading it, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<ImportDraft />);
    const before = useKeystoneStore.getState().drafts;
    const { file, read } = hugeFile();
    await user.upload(screen.getByLabelText('Role draft file to import'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“huge\.json” was not imported\. The file is too large \(20\.0 MB; the limit is 20 MB\)\. Your drafts are unchanged\./,
    );
    expect(read).not.toHaveBeenCalled();
    expect(useKeystoneStore.getState().drafts).toBe(before);
  });
});
