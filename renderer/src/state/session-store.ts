import { create } from 'zustand';
import type { Role } from '#shared/auth/roles';
import { hasUnsavedWork } from './leave-guard';

/** Who is at the keyboard. UI state only: the staff record itself stays in Dexie. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly admin: boolean;
}

/**
 * While the screen is locked the screens behind it stay as they were (in memory, hidden): the same person's PIN
 * brings them back, half-filled forms included. Another person logging in from the lock screen gets fresh
 * screens from the home page; `handover` then says whose screens they were and whether unsaved work went.
 */
export interface Handover {
  readonly from: string;
  readonly discarded: boolean;
}

interface SessionState {
  readonly user: SessionUser | null;
  readonly locked: boolean;
  readonly lockedByIdle: boolean;
  /** the lock screen shows everyone's names, for someone else to log in */
  readonly switching: boolean;
  readonly handover: Handover | null;
  logIn: (user: SessionUser) => void;
  logOut: () => void;
  lock: (byIdle: boolean) => void;
  unlock: () => void;
  startSwitch: () => void;
  cancelSwitch: () => void;
  clearHandover: () => void;
}

export const useSession = create<SessionState>()((set) => ({
  user: null,
  locked: false,
  lockedByIdle: false,
  switching: false,
  handover: null,
  logIn: (user) =>
    set((s) => {
      const open = { locked: false, lockedByIdle: false, switching: false };
      if (s.user && s.locked && s.user.id === user.id) return open;
      const handover = s.user && s.locked ? { from: s.user.name, discarded: hasUnsavedWork() } : null;
      return { ...open, user, handover };
    }),
  logOut: () => set({ user: null, locked: false, lockedByIdle: false, switching: false }),
  lock: (byIdle) => set((s) => (s.user ? { locked: true, lockedByIdle: byIdle, switching: false } : s)),
  unlock: () => set({ locked: false, lockedByIdle: false, switching: false }),
  startSwitch: () => set((s) => (s.locked ? { switching: true } : s)),
  cancelSwitch: () => set({ switching: false }),
  clearHandover: () => set({ handover: null }),
}));
