/**
 * Starts what runs for the life of the page, beside React rather than inside a component: a
 * component's effect would start them only once it mounted, twice under StrictMode, and stop
 * them if the shell were ever unmounted (an error, a draft being replaced).
 */
import { startStorageServices } from '../store/storage/storage-services';

let stop: (() => void) | null = null;

/** Starts the services once; a second call returns the same stop. */
export function startServices(): () => void {
  if (stop) return stop;
  const stopStorage = startStorageServices();
  stop = () => {
    stopStorage();
    stop = null;
  };
  return stop;
}
