import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toExchangeJson } from '../../domain/exchange/draft-exchange';
import { fullDraft } from '../../export/sample-drafts';
import { useKeystoneStore } from '../../store/keystone-store';
import {
  currentDraft as current,
  openFullDraftOnExport,
  savedFiles as saved,
} from '../../testing/export-screen-setup';
import { ExportScreen } from './export-screen';

beforeEach(openFullDraftOnExport);

describe('the export screen', () => {
  it('previews the document with every responsibility in order', () => {
    render(<ExportScreen />);
    const preview = screen.getByRole('article', {
      name: 'Preview: Director of Technical Strategy',
    });
    const heading = within(preview).getByRole('heading', { name: 'Key responsibilities' });
    expect(heading).toBeInTheDocument();
    const items = within(preview).getAllByRole('list')[0]!;
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(fullDraft().responsibilities.map((r) => r.text));
  });

  it('says before any download which characters the PDF cannot print, and offers Word', async () => {
    const user = userEvent.setup();
    const draft = current();
    useKeystoneStore.setState({
      drafts: {
        [draft.id]: {
          ...draft,
          name: 'Ελένη',
          authority: { ...draft.authority, title: 'Глава 中文 🧪' },
        },
      },
    });
    render(<ExportScreen />);
    const pdf = screen.getByRole('button', { name: 'Download PDF' });
    expect(pdf).toHaveAccessibleDescription(/The PDFs cannot print \d+ characters/);
    expect(
      screen.getByRole('button', { name: 'Download accessible PDF' }),
    ).toHaveAccessibleDescription(/The PDFs cannot print \d+ characters/);
    expect(pdf).toHaveAccessibleDescription(/“中” \(U\+4E2D\)/);
    expect(pdf).toHaveAccessibleDescription(/“🧪” \(U\+1F9EA\)/);
    // Greek and Cyrillic print: only what the font lacks is named.
    expect(pdf).toHaveAccessibleDescription(/The PDFs cannot print 3 characters/);
    expect(pdf).not.toHaveAccessibleDescription(/Ε|Г/);
    expect(saved).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Download Word instead' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.type).toMatch(/wordprocessingml/);
  });

  it('says beside the buttons which PDF is the accessible one, and why the other exists', () => {
    render(<ExportScreen />);
    const tagged = screen.getByRole('button', { name: 'Download accessible PDF' });
    expect(tagged).toHaveAccessibleDescription(/is tagged, so a screen reader can move through/);
    expect(tagged).toHaveAccessibleDescription(/The other PDF is the print layout/);
    // Only the job description and person specification offer it, not the board paper.
    expect(screen.getAllByRole('button', { name: 'Download accessible PDF' })).toHaveLength(1);
  });

  it('makes the accessible PDF when its button is pressed', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.click(screen.getByRole('button', { name: 'Download accessible PDF' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0]?.type).toBe('application/pdf');
    expect(await screen.findByText(/^Downloaded .*-accessible\.pdf\.$/)).toBeInTheDocument();
  }, 30_000);

  it('says nothing about the PDF when it can print every character', () => {
    render(<ExportScreen />);
    expect(screen.getByRole('button', { name: 'Download PDF' })).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('button', { name: 'Download Word instead' })).toBeNull();
  });

  it('saves an edited job purpose with the draft, and can return to the generated one', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    const box = screen.getByRole('textbox', { name: 'Job purpose' });
    expect((box as HTMLTextAreaElement).value).toMatch(
      /^To lead Prifysgol Aberdaugleddau’s technical workforce/,
    );
    await user.clear(box);
    await user.type(box, 'To lead Siân’s technicians.');
    expect(current().wording.jobPurpose).toBe('To lead Siân’s technicians.');
    await waitFor(() =>
      expect(
        within(screen.getByRole('article')).getByText('To lead Siân’s technicians.'),
      ).toBeInTheDocument(),
    );
    await user.click(
      screen.getByRole('button', { name: 'Use the generated wording for the job purpose' }),
    );
    expect(current().wording.jobPurpose).toBeNull();
  });

  it('downloads the draft as JSON in the exchange format', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    const said = await screen.findByText(/Downloaded .*\.json/);
    expect(said.closest('[role="status"]')).not.toBeNull();
    const file = JSON.parse(await saved[0]!.text()) as { type: string; draft: unknown };
    expect(file.type).toBe('keystone/role-draft');
    expect(file.draft).toEqual(current());
  });

  it('downloads Markdown and a PDF, loading the PDF renderer only when asked', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]!.text()).toMatch(/^# Director of Technical Strategy/);
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
    expect(saved[1]!.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await saved[1]!.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('downloads the board paper as a PDF', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.click(screen.getByRole('button', { name: 'Download board paper (PDF)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.type).toBe('application/pdf');
    expect(
      await screen.findByText(/Downloaded board-paper-director-of-technical-strategy\.pdf/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download board paper (Word)' })).toBeInTheDocument();
  });

  it('prints with the browser’s own print', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    render(<ExportScreen />);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('imports a draft from JSON as a new draft, leaving the others untouched', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    const original = current();
    const file = new File(
      [toExchangeJson({ ...original, name: 'Łukasz’s version' })],
      'role.json',
      {
        type: 'application/json',
      },
    );
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.upload(screen.getByLabelText('Role draft file to import'), file);
    await waitFor(() => expect(useKeystoneStore.getState().order).toHaveLength(2));
    const state = useKeystoneStore.getState();
    expect(state.drafts[original.id]).toEqual(original);
    expect(state.currentId).not.toBe(original.id);
    expect(current().name).toBe('Łukasz’s version');
    expect(current().responsibilities).toEqual(original.responsibilities);
    expect(state.steps[state.currentId!]).toBe('export');
    expect(
      screen.getByText(/Imported “Łukasz’s version” from role\.json as a new draft/),
    ).toBeInTheDocument();
  });

  it('says why a file was not imported, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    const before = useKeystoneStore.getState().drafts;
    const bad = JSON.parse(toExchangeJson(current())) as { draft: { authority: { fte: number } } };
    bad.draft.authority.fte = 9;
    await user.upload(
      screen.getByLabelText('Role draft file to import'),
      new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“bad\.json” was not imported\..*draft\.authority\.fte.*Your drafts are unchanged\./,
    );
    expect(useKeystoneStore.getState().drafts).toBe(before);
  });
});
