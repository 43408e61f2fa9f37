import { create } from 'zustand';
import type { Role } from '#shared/auth/roles';

/** Who is at the keyboard. UI state only: the staff record itself stays in Dexie. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly admin: boolean;
}

interface SessionState {
  readonly user: SessionUser | null;
  readonly locked: boolean;
  readonly lockedByIdle: boolean;
  logIn: (user: SessionUser) => void;
  logOut: () => void;
  lock: (byIdle: boolean) => void;
  unlock: () => void;
}

export const useSession = create<SessionState>()((set) => ({
  user: null,
  locked: false,
  lockedByIdle: false,
  logIn: (user) => set({ user, locked: false, lockedByIdle: false }),
  logOut: () => set({ user: null, locked: false, lockedByIdle: false }),
  lock: (byIdle) => set((s) => (s.user ? { locked: true, lockedByIdle: byIdle } : s)),
  unlock: () => set({ locked: false, lockedByIdle: false }),
}));
