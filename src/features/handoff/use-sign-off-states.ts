import { useEffect, useState } from 'react';
import type { SignOffState } from '../../domain/handoff/sign-off-check';
import type { RoleDraft } from '../../domain/role-draft';
import { checkSignOffs } from '../../store/review/sign-offs';

/** Each sign-off checked against the draft as it is (Web Crypto is asynchronous). */
export function useSignOffStates(draft: RoleDraft): SignOffState[] | null {
  const [states, setStates] = useState<{ for: RoleDraft; states: SignOffState[] } | null>(null);
  useEffect(() => {
    let live = true;
    void checkSignOffs(draft).then((s) => {
      if (live) setStates({ for: draft, states: s });
    });
    return () => {
      live = false;
    };
  }, [draft]);
  return states?.for === draft ? states.states : null;
}
