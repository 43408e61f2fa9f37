import { App as AntApp } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveGuardStore } from '../state/leave-guard';

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
