import { create } from 'zustand';

/**
 * Whether the screen on show holds work that leaving would lose (roll-call marks not saved yet): the words to
 * ask with, or null. UI state only; one screen at a time sets it.
 */
interface LeaveGuardState {
  readonly unsaved: string | null;
  setUnsaved: (unsaved: string | null) => void;
}

export const useLeaveGuardStore = create<LeaveGuardState>()((set) => ({
  unsaved: null,
  setUnsaved: (unsaved) => set({ unsaved }),
}));
