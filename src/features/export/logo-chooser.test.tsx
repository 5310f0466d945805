import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forgetInstitution, INSTITUTION_KEY } from '../../store/institution/institution';
import { openFullDraftOnExport, savedFiles as saved } from '../../testing/export-screen-setup';
import { ExportScreen } from './export-screen';

const png = () =>
  new File([readFileSync('tests/fixtures/logos/logo.png')], 'logo.png', { type: 'image/png' });

beforeEach(() => {
  localStorage.removeItem(INSTITUTION_KEY);
  forgetInstitution();
  openFullDraftOnExport();
});

describe('the logo on the documents', () => {
  it('is chosen once, kept on this device with its text alternative, and in the web page', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    const input = screen.getByLabelText('Choose a logo');
    expect(input).toHaveAccessibleDescription(/PNG or JPEG of at most 200 KB/);
    await user.upload(input, png());
    expect(await screen.findByText(/^Logo kept on this device/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('img', { name: 'Prifysgol Aberdaugleddau logo' })).toBeVisible();
    const alt = screen.getByRole('textbox', { name: /Text alternative/ });
    await user.clear(alt);
    await user.click(alt);
    await user.paste('Aberdaugleddau University crest');
    expect(localStorage.getItem(INSTITUTION_KEY)).toContain('Aberdaugleddau University crest');

    await user.click(screen.getByRole('button', { name: 'Download web page' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const html = await saved[0]!.text();
    expect(html).toMatch(
      /<img src="data:image\/png;base64,[^"]+" alt="Aberdaugleddau University crest"/,
    );
  });

  it('refuses a file that is not a PNG or JPEG, saying why, and keeps the logo it had', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ExportScreen />);
    await user.upload(screen.getByLabelText('Choose a logo'), png());
    const kept = localStorage.getItem(INSTITUTION_KEY);
    const svg = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
    await user.upload(screen.getByLabelText('Choose another logo'), svg);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The logo was not changed. This file is not a PNG or JPEG image.',
    );
    expect(localStorage.getItem(INSTITUTION_KEY)).toBe(kept);
    const big = new File([new Uint8Array(300 * 1024)], 'big.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose another logo'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This image is 300 KB; a logo can be at most 200 KB.',
    );
    expect(localStorage.getItem(INSTITUTION_KEY)).toBe(kept);
  });

  it('is removed with "Remove logo"', async () => {
    const user = userEvent.setup();
    render(<ExportScreen />);
    await user.upload(screen.getByLabelText('Choose a logo'), png());
    await user.click(await screen.findByRole('button', { name: 'Remove logo' }));
    expect(screen.getByText(/^Logo removed/)).toHaveAttribute('role', 'status');
    expect(localStorage.getItem(INSTITUTION_KEY)).toBeNull();
    expect(screen.queryByRole('img', { name: /logo/ })).not.toBeInTheDocument();
  });
});
