import { useKeystoneStore } from '../../store/keystone-store';

const WORDS = {
  unknown: 'Checking whether this browser will keep your drafts…',
  granted:
    'This browser has agreed to keep Keystone’s storage: it will not clear your drafts to save space.',
  'not-granted':
    'This browser has not agreed to keep Keystone’s storage, so it may clear your drafts if the device runs low on space. Download a backup from time to time.',
  unsupported:
    'This browser cannot promise to keep your drafts. Download a backup from time to time.',
} as const;

/** Whether persistent storage was granted (navigator.storage.persist), in plain words. */
export function PersistenceStatus() {
  const persistence = useKeystoneStore(({ storageStatus: s }) => s.persistence);
  return (
    <p>
      <strong>Storage on this device:</strong> {WORDS[persistence]}
    </p>
  );
}
