import { act, render } from '@testing-library/react';
import { createElement } from 'react';
import { useKeystoneStore } from '../store/keystone-store';
import { initialData } from '../store/keystone-data';
import { App } from './app';
import { startServices } from './start-services';

let stop: () => void = () => undefined;
beforeEach(() => {
  useKeystoneStore.setState({ ...initialData, canUndo: false });
  stop = startServices();
});
afterEach(() => stop());

describe('startServices', () => {
  it('starts the services once, however often it is called', () => {
    expect(startServices()).toBe(stop);
  });

  it('watches edits from the start, but the draft the app opens by itself is not an edit', () => {
    render(createElement(App));
    const { currentId, canUndo, renameDraft } = useKeystoneStore.getState();
    expect(currentId).not.toBeNull();
    expect(canUndo).toBe(false);
    act(() => renameDraft(currentId!, 'Head of Technical Operations'));
    expect(useKeystoneStore.getState().canUndo).toBe(true);
  });
});
