import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useKeystoneStore } from '../../store/keystone-store';
import {
  currentDraft as current,
  openFullDraftOnExport,
  savedFiles as saved,
} from '../../testing/export-screen-setup';
import { ExportScreen } from './export-screen';

beforeEach(openFullDraftOnExport);

describe('the export screen: the job pack and the grading annex', () => {
  it('makes the candidate pack by default, with no score and no word of the tool', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    expect(screen.getByRole('radio', { name: /Candidate pack/ })).toBeChecked();
    const preview = screen.getByRole('article', { name: /^Preview/ });
    expect(preview.textContent).not.toMatch(/Keystone|Annex|as drafted/);
    await user.click(screen.getByRole('radio', { name: /Internal pack/ }));
    expect(
      within(preview).getByRole('heading', { name: 'Annex: alignment with the definition' }),
    ).toBeInTheDocument();
  });

  it('puts the grading evidence annex in the internal pack, and takes it out when unticked', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.click(screen.getByRole('radio', { name: /Internal pack/ }));
    const preview = screen.getByRole('article', { name: /^Preview/ });
    const annex = { name: 'Annex: grading evidence for the panel' };
    expect(await within(preview).findByRole('heading', annex)).toBeInTheDocument();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Add the grading evidence annex (HERA and Hay) for the panel',
      }),
    );
    await waitFor(() => expect(within(preview).queryByRole('heading', annex)).toBeNull());
  });

  it('saves the job pack’s details as they are typed, and shows them in the document', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    const location = screen.getByRole('textbox', { name: 'Location' });
    await user.clear(location);
    await user.type(location, 'Campws Bangor, Gwynedd');
    expect(current().posting.location).toBe('Campws Bangor, Gwynedd');
    const preview = screen.getByRole('article', { name: /^Preview/ });
    await waitFor(() => expect(preview.textContent).toContain('Campws Bangor, Gwynedd'));
  });

  it('says what is unfinished before export, and still offers every download', async () => {
    const draft = current();
    useKeystoneStore.setState({
      drafts: {
        [draft.id]: {
          ...draft,
          posting: { ...draft.posting, welshLanguage: null, closingDate: '' },
        },
      },
    });
    render(<ExportScreen />);
    const notice = screen.getByRole('region', { name: /unfinished/ });
    expect(
      within(notice).getByRole('button', { name: 'Go to the details: No closing date is given.' }),
    ).toBeInTheDocument();
    expect(
      within(notice).getByRole('button', { name: /Go to the details: No Welsh-language category/ }),
    ).toBeInTheDocument();
    for (const name of [
      'Download PDF',
      'Download Word',
      'Download advert',
      'Download web page',
      'Download job posting (JSON-LD)',
    ])
      expect(screen.getByRole('button', { name })).toBeEnabled();
  });

  it('counts the advert’s characters against the job boards’ 3,500', () => {
    render(<ExportScreen />);
    expect(screen.getByRole('textbox', { name: 'Advert' })).toHaveAccessibleDescription(
      /of 3,500 characters/,
    );
  });

  describe('the grading annex', () => {
    it('offers the annex as a PDF and a Word document, and says it is indicative', () => {
      render(<ExportScreen />);
      const section = screen.getByRole('region', { name: 'Grading evidence annex' });
      expect(within(section).getByText(/the panel sets the grade/)).toBeInTheDocument();
      expect(
        within(section).getByRole('button', { name: 'Download grading annex (PDF)' }),
      ).toBeInTheDocument();
      expect(
        within(section).getByRole('button', { name: 'Download grading annex (Word)' }),
      ).toBeInTheDocument();
    });

    it('downloads the annex as a PDF when its button is pressed', async () => {
      const user = userEvent.setup();
      render(<ExportScreen />);
      const section = screen.getByRole('region', { name: 'Grading evidence annex' });
      await user.click(
        within(section).getByRole('button', { name: 'Download grading annex (PDF)' }),
      );
      await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
      expect(saved[0]!.type).toBe('application/pdf');
      expect(new TextDecoder().decode((await saved[0]!.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
      expect(
        await within(section).findByText(
          'Downloaded grading-evidence-annex-director-of-technical-strategy.pdf.',
        ),
      ).toBeInTheDocument();
    }, 30_000);
  });
});
