import { useSyncExternalStore } from 'react';
import { session } from '../app/api/client';
import type { SessionState } from '../app/api/session';

/** Whether the user is signed in: `unknown` while the page's first refresh runs. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.state, session.state);
}
