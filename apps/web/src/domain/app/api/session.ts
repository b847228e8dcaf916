/**
 * The browser's sign-in: the access token in memory only, the refresh token in the API's httpOnly
 * cookie (`X-Session: cookie`), which no script can read. A page load or a 401 asks the API for a
 * new access token, one request at a time however many callers wait for it.
 *
 * Whether this browser has signed in is remembered in localStorage as a flag (no token), so that
 * an anonymous visitor's page load does not ask for a refresh that can only fail.
 */
export const SESSION_HEADERS = { 'x-session': 'cookie' } as const;
const AUTH_PATH = '/api/v1/auth/';
const SIGNED_IN_FLAG = 'kokeilu.signedIn';

export type SessionState = 'unknown' | 'signedIn' | 'signedOut';

interface TokenAnswer {
  accessToken: string;
}

type Fetch = (input: Request) => Promise<Response>;

export interface Flag {
  get(): boolean;
  set(on: boolean): void;
}

function storedFlag(): Flag {
  return {
    get: () => {
      try {
        return window.localStorage.getItem(SIGNED_IN_FLAG) === '1';
      } catch {
        return false;
      }
    },
    set: (on) => {
      try {
        if (on) window.localStorage.setItem(SIGNED_IN_FLAG, '1');
        else window.localStorage.removeItem(SIGNED_IN_FLAG);
      } catch {
        // Storage refused (private mode): the session still works for this page.
      }
    },
  };
}

export interface Session {
  accessToken(): string | null;
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Keeps the tokens of a sign-in answered with `X-Session: cookie`. */
  signedIn(answer: TokenAnswer): void;
  /** A new access token from the cookie; a single request shared by every caller while it runs. */
  refresh(): Promise<boolean>;
  /** At page load: a refresh if this browser signed in before, else signed out at once. */
  start(): Promise<boolean>;
  signOut(): Promise<void>;
  /** fetch with the access token, and after a 401 one refresh and one retry. */
  fetch: Fetch;
}

export function createSession(baseFetch: Fetch, flag: Flag = storedFlag(), origin: () => string = () => window.location.origin): Session {
  let token: string | null = null;
  let state: SessionState = 'unknown';
  let refreshing: Promise<boolean> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: string | null, nextState: SessionState) => {
    token = next;
    state = nextState;
    flag.set(nextState === 'signedIn');
    for (const listener of listeners) listener();
  };

  const authRequest = (path: string) =>
    new Request(new URL(`${AUTH_PATH}${path}`, origin()), {
      method: 'POST',
      headers: { ...SESSION_HEADERS, 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });

  const refresh = (): Promise<boolean> => {
    refreshing ??= (async () => {
      try {
        const response = await baseFetch(authRequest('refresh'));
        if (response.ok) {
          set(((await response.json()) as TokenAnswer).accessToken, 'signedIn');
          return true;
        }
        // 401: the cookie is gone, spent or revoked. Other answers (a 503) leave the state alone.
        if (response.status === 401 || response.status === 400) set(null, 'signedOut');
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  };

  const withToken = (request: Request, value: string | null): Request => {
    const copy = new Request(request);
    if (value) copy.headers.set('authorization', `Bearer ${value}`);
    return copy;
  };

  return {
    accessToken: () => token,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signedIn: (answer) => set(answer.accessToken, 'signedIn'),
    refresh,
    async start() {
      if (!flag.get()) {
        set(null, 'signedOut');
        return false;
      }
      return refresh().catch(() => {
        set(null, 'signedOut');
        return false;
      });
    },
    async signOut() {
      try {
        await baseFetch(authRequest('logout'));
      } finally {
        set(null, 'signedOut');
      }
    },
    async fetch(request) {
      const isAuthRoute = new URL(request.url).pathname.startsWith(AUTH_PATH);
      const sent = request.headers.has('authorization') ? null : token;
      const retry = isAuthRoute ? null : request.clone();
      const response = await baseFetch(sent ? withToken(request, sent) : request);
      if (response.status !== 401 || !retry || !(sent || flag.get())) return response;
      // Another caller may have refreshed while this request was on its way.
      const renewed = token !== sent && token ? true : await refresh();
      if (!renewed || !token) return response;
      return baseFetch(withToken(retry, token));
    },
  };
}
