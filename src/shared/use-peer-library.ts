/** The peers to benchmark against, loading imported packs from this device on first use. */
import { useEffect, useMemo } from 'react';
import { SHIPPED_PEERS } from '../domain/peers/shipped-peers';
import { useKeystoneStore } from '../store/keystone-store';
import { loadLibrary } from '../store/peers/peer-library';
import type { PeerLibrary } from '../store/peers/peer-packs-slice';

/** The library with the shipped illustrative peers first, then every imported pack's. */
export function usePeerLibrary(): PeerLibrary {
  useEffect(() => {
    void loadLibrary();
  }, []);
  const library = useKeystoneStore((s) => s.peerLibrary);
  // One list per library, so what is worked out from the peers is kept while they are the same.
  return useMemo(
    () => ({
      ...library,
      peers: library.peers.length === 0 ? SHIPPED_PEERS : [...SHIPPED_PEERS, ...library.peers],
    }),
    [library],
  );
}
