/** Test helper: one draft in the store, open on a step, and the component under test. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { RoleDraft } from '../domain/role-draft';
import { useKeystoneStore } from '../store/keystone-store';
import type { ViewId } from '../store/views';
import { makeDraft, type DeepPartial } from './make-draft';

export function renderWithDraft(
  ui: ReactElement,
  overrides: DeepPartial<RoleDraft> = {},
  step: ViewId = 'context',
) {
  const draft = makeDraft(overrides);
  useKeystoneStore.setState({
    drafts: { [draft.id]: draft },
    order: [draft.id],
    currentId: draft.id,
    steps: { [draft.id]: step },
  });
  const user = userEvent.setup();
  const state = () => useKeystoneStore.getState();
  return {
    user,
    ...render(ui),
    saved: (): RoleDraft => state().drafts[draft.id]!,
    view: (): ViewId | undefined => state().steps[draft.id],
  };
}
