import { screen, within } from '@testing-library/react';
import { forgetInstitution, INSTITUTION_KEY } from '../../store/institution/institution';
import { renderWithDraft } from '../../testing/render-with-draft';
import { ExportScreen } from './export-screen';

beforeEach(() => {
  localStorage.removeItem(INSTITUTION_KEY);
  forgetInstitution();
});

const renderExport = () => renderWithDraft(<ExportScreen />, {}, 'export');

const preview = () =>
  screen.getByRole('heading', { name: 'Preview' }).nextElementSibling as HTMLElement;

describe("the institution's standard text on the export screen", () => {
  it('offers the four statements, blank, each with what it is for', () => {
    renderExport();
    const section = screen.getByRole('region', { name: 'Your institution’s standard text' });
    const boxes = within(section).getAllByRole('textbox');
    for (const name of [
      'Equality, diversity and inclusion',
      'Right to work and sponsorship',
      'Flexible working',
      'Technician Commitment',
    ])
      expect(within(section).getByRole('textbox', { name })).toHaveValue('');
    expect(boxes).toHaveLength(4);
    expect(
      within(section).getByRole('textbox', { name: 'Technician Commitment' }),
    ).toHaveAccessibleDescription(/Only if your institution is a signatory/);
    expect(within(preview()).queryByRole('heading', { name: 'Flexible working' })).toBeNull();
  });

  it('shows a typed statement in the preview, keeps it on this device and reads it back', async () => {
    const { user, unmount } = renderExport();
    const box = screen.getByRole('textbox', { name: 'Flexible working' });
    await user.click(box);
    await user.paste('Ask us about part-time hours.\n\nJob shares are welcome.');
    expect(
      await within(preview()).findByRole('heading', { name: 'Flexible working' }),
    ).toBeVisible();
    expect(within(preview()).getByText('Job shares are welcome.')).toBeVisible();
    expect(localStorage.getItem(INSTITUTION_KEY)).toContain('Job shares are welcome.');

    unmount();
    forgetInstitution();
    renderExport();
    expect(screen.getByRole('textbox', { name: 'Flexible working' })).toHaveValue(
      'Ask us about part-time hours.\n\nJob shares are welcome.',
    );
    expect(within(preview()).getByText('Ask us about part-time hours.')).toBeVisible();

    await user.clear(screen.getByRole('textbox', { name: 'Flexible working' }));
    expect(within(preview()).queryByRole('heading', { name: 'Flexible working' })).toBeNull();
    expect(localStorage.getItem(INSTITUTION_KEY)).toBeNull();
  });
});
