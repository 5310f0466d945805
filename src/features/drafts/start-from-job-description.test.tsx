import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useKeystoneStore } from '../../store/keystone-store';
import { renderWithDraft } from '../../testing/render-with-draft';
import { makeDocx } from '../../../tests/unit/role-files';
import { DraftsManager } from './drafts-manager';
import { ReadSentenceRow } from './read-sentence';
import { makeReading } from '../../testing/make-reading';
import { render } from '@testing-library/react';

const state = () => useKeystoneStore.getState();

const PASTED = `Head of Technical Services

Main duties:
- Lead the development of the institutional technical strategy.
- Support the faculties in planning their technical workforce.
- Attend meetings as required.
`;

describe('Start from an existing job description', () => {
  it('reads pasted text sentence by sentence and creates a draft in its own words', async () => {
    const onDone = vi.fn();
    const { user } = renderWithDraft(<DraftsManager onDone={onDone} />);
    await user.click(
      screen.getByRole('button', { name: 'Start from an existing job description' }),
    );
    await user.click(screen.getByLabelText('Or paste its text'));
    await user.paste(PASTED);
    await user.click(screen.getByRole('button', { name: 'Read the pasted text' }));

    const list = screen.getByRole('list', { name: 'Sentences of the job description' });
    expect(within(list).getByText('Attend meetings as required.')).toBeInTheDocument();
    const third = screen.getByRole('group', { name: 'What to do with sentence 3' });
    await user.click(within(third).getByRole('radio', { name: 'Leave out' }));
    const second = screen.getByRole('group', { name: 'What to do with sentence 2' });
    await user.click(within(second).getByRole('radio', { name: 'Reword' }));
    const words = screen.getByLabelText('Your wording for sentence 2');
    await user.clear(words);
    await user.type(words, 'Own the plan for the technical workforce.');
    expect(screen.getByText(/will have 2 responsibilities/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the draft' }));

    const draft = state().drafts[state().currentId!]!;
    expect(draft.name).toBe('Head of Technical Services');
    expect(draft.responsibilities.map((r) => r.text)).toEqual([
      'Lead the development of the institutional technical strategy.',
      'Own the plan for the technical workforce.',
    ]);
    expect(draft.fromOriginal[1]?.sentence).toBe(
      'Support the faculties in planning their technical workforce.',
    );
    expect(draft.original.text).toBe(PASTED);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('opens a Word file and shows its sentences', async () => {
    const { user } = renderWithDraft(<DraftsManager onDone={() => undefined} />);
    await user.click(
      screen.getByRole('button', { name: 'Start from an existing job description' }),
    );
    const bytes = await makeDocx();
    const file = new File([bytes.slice()], 'hots.docx');
    fireEvent.change(screen.getByLabelText('Open a job description file'), {
      target: { files: [file] },
    });
    expect(
      await screen.findByRole('heading', { name: 'What Keystone read in hots.docx' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Support the faculties in planning their technical workforce.'));
  });

  it('says what to do with a file it cannot read, and changes nothing saved', async () => {
    const { user } = renderWithDraft(<DraftsManager onDone={() => undefined} />);
    const before = JSON.stringify(state().drafts);
    await user.click(
      screen.getByRole('button', { name: 'Start from an existing job description' }),
    );
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fireEvent.change(screen.getByLabelText('Open a job description file'), {
      target: { files: [new File([ole], 'old.doc')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /old Word \(\.doc\).*paste the text.*Nothing has been saved/,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Read the pasted text' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Paste the text of a job description first.',
    );
    expect(JSON.stringify(state().drafts)).toBe(before);
  });

  it('says which words triggered each clause, and offers the nearest catalogue statement', () => {
    const sentence = makeReading().sentences[2]!;
    render(
      <ol>
        <ReadSentenceRow
          sentence={sentence}
          number={1}
          choice={{ action: 'keep' }}
          onChoose={() => undefined}
        />
      </ol>,
    );
    expect(screen.getByRole('list', { name: 'Clauses read in sentence 1' })).toHaveTextContent(
      /direct\), because it says “Lead”, “technical strategy”/,
    );
    expect(
      screen.getByText(/Nearest responsibility in the catalogue \(82% alike\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Use the catalogue’s wording' })).toBeInTheDocument();
  });
});
