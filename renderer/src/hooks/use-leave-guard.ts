import { App as AntApp } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveGuardStore } from '../state/leave-guard';
import { useSession } from '../state/session-store';

/**
 * A screen says it holds unsaved work (`unsaved`: what to tell the person, or null when all is saved). While it
 * does, closing or reloading the window asks too.
 */
export function useLeaveGuard(unsaved: string | null): void {
  const setUnsaved = useLeaveGuardStore((s) => s.setUnsaved);
  useEffect(() => {
    setUnsaved(unsaved);
    if (!unsaved) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setUnsaved(null);
    };
  }, [unsaved, setUnsaved]);
}

/** Runs `go` (a navigation, logging out) at once, or after asking when the screen holds unsaved work. */
export function useGuardedLeave(): (go: () => void) => void {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  return useCallback(
    (go: () => void) => {
      const unsaved = useLeaveGuardStore.getState().unsaved;
      if (!unsaved) {
        go();
        return;
      }
      void modal.confirm({
        title: t('leave.title'),
        content: unsaved,
        okText: t('leave.leave'),
        okButtonProps: { danger: true },
        cancelText: t('leave.stay'),
        onOk: () => {
          useLeaveGuardStore.getState().setUnsaved(null);
          go();
        },
      });
    },
    [modal, t],
  );
}

/** Typing into a screen marks it as holding unsaved input, until another screen opens. */
export const markTyped = (path: string): void => useLeaveGuardStore.getState().setTypedOn(path);

/** Clears the typed-into mark whenever the screen changes, and when the screens close (log-out, someone else). */
export function useUnsavedInput(path: string): void {
  useEffect(() => {
    const { typedOn, setTypedOn } = useLeaveGuardStore.getState();
    if (typedOn !== path) setTypedOn(null);
  }, [path]);
  useEffect(() => () => useLeaveGuardStore.getState().setTypedOn(null), []);
}

/**
 * Once, after someone else logged in at the lock screen: they start from the home page (not on the screen the
 * other person had open), told whose unsaved input was cleared if there was any.
 */
export function useHandoverNotice(home: () => void): void {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const handover = useSession((s) => s.handover);
  const clear = useSession((s) => s.clearHandover);
  useEffect(() => {
    if (!handover) return;
    home();
    if (handover.discarded)
      void message.warning({ content: t('lock.discarded', { name: handover.from }), duration: 8 });
    clear();
  }, [handover, clear, message, t, home]);
}
