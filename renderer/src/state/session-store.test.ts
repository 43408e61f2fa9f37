import { beforeEach, describe, expect, it } from 'vitest';
import { useLeaveGuardStore } from './leave-guard';
import { useSession } from './session-store';

const WANG = { id: 'a', name: '王芳', role: 'staff', admin: true } as const;
const LI = { id: 'b', name: '李明', role: 'staff', admin: false } as const;

describe('the lock keeps screens for the same person only', () => {
  beforeEach(() => {
    useSession.getState().logOut();
    useSession.getState().clearHandover();
    useLeaveGuardStore.setState({ unsaved: null, typedOn: null });
  });

  it('the same person logging in again at the lock screen gets their screens back, nothing discarded', () => {
    const s = useSession.getState();
    s.logIn(WANG);
    useLeaveGuardStore.getState().setTypedOn('/seekers/new');
    s.lock(true);
    s.startSwitch();
    expect(useSession.getState().switching).toBe(true);
    useSession.getState().logIn(WANG);
    expect(useSession.getState()).toMatchObject({ user: WANG, locked: false, switching: false, handover: null });
  });

  it('another person logging in: the first one’s unsaved input is named as discarded', () => {
    useSession.getState().logIn(WANG);
    useLeaveGuardStore.getState().setTypedOn('/seekers/new');
    useSession.getState().lock(false);
    useSession.getState().logIn(LI);
    expect(useSession.getState()).toMatchObject({
      user: LI,
      locked: false,
      handover: { from: '王芳', discarded: true },
    });
  });

  it('another person logging in when nothing was unsaved: a fresh start, nothing said to be cleared', () => {
    useSession.getState().logIn(WANG);
    useSession.getState().lock(false);
    useSession.getState().logIn(LI);
    expect(useSession.getState().handover).toEqual({ from: '王芳', discarded: false });
  });

  it('unsaved roll-call marks count as unsaved work too', () => {
    useSession.getState().logIn(WANG);
    useLeaveGuardStore.getState().setUnsaved('3 marks');
    useSession.getState().lock(true);
    useSession.getState().logIn(LI);
    expect(useSession.getState().handover).toEqual({ from: '王芳', discarded: true });
  });
});
