import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getJson, onSessionLost, postJson, type ApiResult } from '../api/client';
import type { ConsoleUser } from '../api/types';

/** Why the log-in page is shown: the session ran out, there was none, or the person logged out. */
export type LoginNotice = 'expired' | 'needLogin' | 'loggedOut' | null;

interface SessionValue {
  /** `undefined` while the server is asked who is logged in. */
  user: ConsoleUser | null | undefined;
  notice: LoginNotice;
  logIn(username: string, password: string): Promise<ApiResult<ConsoleUser>>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Who is logged in to the console, from the server (the session cookie is out of the page's reach). Any API
 * answer 401 ends it here too: the app goes back to the log-in page and says why.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<ConsoleUser | null | undefined>(undefined);
  const [notice, setNotice] = useState<LoginNotice>(null);
  const loggedIn = useRef(false);

  useEffect(() => {
    void getJson<ConsoleUser>('/me').then((answer) => {
      if (answer.ok) loggedIn.current = true;
      setUser(answer.ok ? answer.value : null);
    });
    return onSessionLost((refusal) => {
      // A first visit without a session needs no notice; a session that ran out, or went, does.
      if (refusal.error === 'console.expired') setNotice('expired');
      else if (loggedIn.current) setNotice('needLogin');
      loggedIn.current = false;
      setUser(null);
    });
  }, []);

  const logIn = useCallback(async (username: string, password: string): Promise<ApiResult<ConsoleUser>> => {
    const answer = await postJson<{ user: ConsoleUser }>('/login', { username, password });
    if (!answer.ok) return answer;
    setNotice(null);
    loggedIn.current = true;
    setUser(answer.value.user);
    return { ok: true, value: answer.value.user };
  }, []);

  const logOut = useCallback(async () => {
    await postJson('/logout');
    loggedIn.current = false;
    setNotice('loggedOut');
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, notice, logIn, logOut }), [user, notice, logIn, logOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The logged-in account (inside the layout, where there always is one). */
export function useUser(): ConsoleUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a session');
  return user;
}
