import { screen } from '@testing-library/react';
import { act } from 'react';
import { useKeystoneStore } from '../../store/keystone-store';
import { renderWithDraft } from '../../testing/render-with-draft';
import { AlignmentPanel } from './alignment-panel';

describe('Live alignment panel', () => {
  it('shows every clause as a number and a word, and the overall band', () => {
    renderWithDraft(<AlignmentPanel />);
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
    expect(screen.getAllByText('Not evidenced')).toHaveLength(9);
    expect(screen.getByText('Operational lead')).toBeInTheDocument();
  });

  it('announces the overall score politely as the draft changes', () => {
    const { saved } = renderWithDraft(<AlignmentPanel />);
    const live = screen.getByText('Overall').closest('[aria-live]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(/Overall 0 out of 100/);
    act(() =>
      useKeystoneStore.getState().updateDraft(saved().id, (d) => ({
        ...d,
        authority: { ...d.authority, seats: ['executive-board'], reportsTo: 'vice-chancellor' },
      })),
    );
    expect(live).not.toHaveTextContent(/Overall 0 out of 100/);
    expect(
      screen.getAllByText('Partial').length + screen.getAllByText('Weak').length,
    ).toBeGreaterThan(0);
  });
});
