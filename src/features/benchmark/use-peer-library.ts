/** The peers to benchmark against, loading imported packs from this device on first use. */
import { useEffect, useSyncExternalStore } from 'react';
import { getSnapshot, loadLibrary, subscribe, type LibrarySnapshot } from './peer-library';

export function usePeerLibrary(): LibrarySnapshot {
  useEffect(() => {
    void loadLibrary();
  }, []);
  return useSyncExternalStore(subscribe, getSnapshot);
}
