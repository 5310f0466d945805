/**
 * Asks the browser to warn before the page is left while changes are not saved on this device
 * (a failed save, or another tab's save not yet settled).
 */
import { useKeystoneStore } from '../keystone-store';

const warn = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Note: older browsers show the warning only when returnValue is set.
  event.returnValue = '';
};

export function startUnsavedWarning(): () => void {
  // Note: listening only while there is something to lose, since any beforeunload listener keeps
  // the page out of the browser's back-forward cache.
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    if (on) window.addEventListener('beforeunload', warn);
    else window.removeEventListener('beforeunload', warn);
    listening = on;
  };
  const update = () => {
    const { saved, conflict } = useKeystoneStore.getState().storageStatus;
    listen(!saved || conflict);
  };
  update();
  const unsubscribe = useKeystoneStore.subscribe(update);
  return () => {
    unsubscribe();
    listen(false);
  };
}
