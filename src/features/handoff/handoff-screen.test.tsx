import { screen, within } from '@testing-library/react';
import { useKeystoneStore } from '../../store/keystone-store';
import { renderWithDraft } from '../../testing/render-with-draft';
import { HandoffScreen } from './handoff-screen';

const screenWith = () =>
  renderWithDraft(<HandoffScreen />, { id: 'd1', authority: { gradeBand: 'grade-9' } }, 'handoff');

describe('Hand-off and sign-off', () => {
  it('asks for a name before recording approval, then records it for this version', async () => {
    const { user, saved } = screenWith();
    await user.clear(screen.getByLabelText('Your name'));
    await user.click(screen.getByRole('button', { name: 'Record approval' }));
    expect(screen.getByText('Enter your name before recording approval.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(saved().signOffs).toEqual([]);
    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), 'Łukasz Wróbel');
    await user.type(screen.getByLabelText('Your role'), 'Chief Operating Officer');
    await user.click(screen.getByRole('button', { name: 'Record approval' }));
    expect(await screen.findByText('Approved this version.')).toBeInTheDocument();
    expect(saved().signOffs[0]).toMatchObject({
      name: 'Łukasz Wróbel',
      role: 'Chief Operating Officer',
    });
    expect(screen.getByText(/it is not an electronic signature/)).toBeInTheDocument();
  });

  it('shows that an approval was of an earlier version, and what changed since', async () => {
    const { user } = screenWith();
    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), 'Ama');
    await user.click(screen.getByRole('button', { name: 'Record approval' }));
    await screen.findByText('Approved this version.');
    useKeystoneStore.getState().updateDraft('d1', (d) => ({
      ...d,
      authority: { ...d.authority, gradeBand: 'grade-10' },
    }));
    expect(
      await screen.findByText('Approved an earlier version. What has changed since:'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Authority \/ Grade/)).toBeInTheDocument();
  });

  it('adds a comment by a named person about an answer, and resolves it', async () => {
    const { user, saved } = screenWith();
    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), 'Siân');
    await user.selectOptions(screen.getByLabelText('About'), 'Grade');
    await user.type(screen.getByLabelText('Comment or question'), 'Why not grade 10?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(saved().comments[0]).toMatchObject({
      about: 'gradeBand',
      author: 'Siân',
      status: 'open',
    });
    const list = screen.getByRole('region', { name: 'Comments and questions' });
    await user.click(within(list).getByRole('button', { name: /Mark resolved/ }));
    expect(saved().comments[0]?.status).toBe('resolved');
  });
});
