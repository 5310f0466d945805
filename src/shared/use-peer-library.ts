/** The peers to benchmark against, loading imported packs from this device on first use. */
import { useEffect } from 'react';
import { useKeystoneStore } from '../store/keystone-store';
import { loadLibrary, SHIPPED_LIBRARY } from '../store/peers/peer-library';
import type { PeerLibrary } from '../store/peers/peer-packs-slice';

export function usePeerLibrary(): PeerLibrary {
  useEffect(() => {
    void loadLibrary();
  }, []);
  return useKeystoneStore((s) => s.peerLibrary) ?? SHIPPED_LIBRARY;
}
