import { create } from 'zustand';

/**
 * Unsaved work on the screen on show, for the questions asked before it is lost: `unsaved` is what a screen
 * declares (roll-call marks not saved: the words to ask with), `typedOn` the address of the screen someone has
 * typed into since it opened (a half-filled form). UI state only, in memory: nothing here reaches the disk.
 */
interface LeaveGuardState {
  readonly unsaved: string | null;
  readonly typedOn: string | null;
  setUnsaved: (unsaved: string | null) => void;
  setTypedOn: (path: string | null) => void;
}

export const useLeaveGuardStore = create<LeaveGuardState>()((set) => ({
  unsaved: null,
  typedOn: null,
  setUnsaved: (unsaved) => set({ unsaved }),
  setTypedOn: (typedOn) => set((s) => (s.typedOn === typedOn ? s : { typedOn })),
}));

/** Whether leaving the screens now would lose something someone entered. */
export const hasUnsavedWork = (): boolean => {
  const { unsaved, typedOn } = useLeaveGuardStore.getState();
  return unsaved !== null || typedOn !== null;
};
