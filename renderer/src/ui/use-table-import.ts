import { App as AntApp } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowError } from '#shared/registry/columns';
import type { Result } from '#shared/result';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import type { CheckProgress } from '../registry/table-check';
import type { SaveOptions, SaveProgress, SaveReport, SheetRow } from '../registry/save-in-batches';
import { errorText } from './forms';

/** What a checked file offers: the rows that can go in (each with its id), the problems, and how to save a batch. */
export interface CheckedFile<T extends SheetRow> {
  readonly rows: readonly T[];
  /** rows that will not be imported */
  readonly errors: readonly RowError[];
  /** rows imported with something to see to afterwards */
  readonly warnings?: readonly RowError[];
  /** each row's name (a person, a job), so the report names it and not only its row */
  readonly names?: ReadonlyMap<number, string>;
  /**
   * Saves rows a batch (one command) at a time, telling the progress after each; `signal` aborting (the screen
   * left) stops it after the batch being written. Rows stored already (an earlier attempt) are skipped, never
   * stored twice.
   */
  readonly save: (
    rows: readonly T[],
    options: Pick<SaveOptions, 'onProgress'>,
    signal: AbortSignal,
  ) => Promise<SaveReport<T>>;
}

export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ImportStage<T extends SheetRow> =
  | { readonly step: 'idle' }
  | { readonly step: 'checking'; readonly source: string; readonly progress: CheckProgress }
  | { readonly step: 'checked'; readonly source: string; readonly file: CheckedFile<T> }
  | {
      readonly step: 'saving';
      readonly source: string;
      readonly file: CheckedFile<T>;
      readonly progress: SaveProgress;
    }
  | { readonly step: 'saved'; readonly source: string; readonly file: CheckedFile<T>; readonly report: SaveReport<T> };

/** Counts of a retry added to those of the attempts before it: `total` stays the file's. */
function mergeReports<T extends SheetRow>(before: SaveReport<T> | null, next: SaveReport<T>): SaveReport<T> {
  if (!before) return next;
  return { ...next, saved: before.saved + next.saved, total: before.total };
}

/**
 * The steps of an import page: choose a file → checked in the background with progress → confirm → saved in
 * batches with progress → done (or a report of the rows that did not go in, to retry). While saving, leaving
 * the screen asks first; left anyway, the import stops after the batch being written.
 */
export function useTableImport<T extends SheetRow>(options: {
  readonly check: (
    file: ChosenFile,
    progress: (progress: CheckProgress) => void,
    signal: AbortSignal,
  ) => Promise<Result<CheckedFile<T>>>;
  readonly onDone: (saved: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [stage, setStage] = useState<ImportStage<T>>({ step: 'idle' });
  const mounted = useRef(true);
  const checking = useRef<AbortController | null>(null);
  const saving = useRef<AbortController | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      checking.current?.abort();
      saving.current?.abort();
    };
  }, []);
  useLeaveGuard(stage.step === 'saving' ? t('tableImport.leaveWhileSaving', { ...stage.progress }) : null);

  const choose = async (chosen: ChosenFile) => {
    checking.current?.abort();
    const controller = new AbortController();
    checking.current = controller;
    const source = chosen.name;
    setStage({ step: 'checking', source, progress: { phase: 'reading' } });
    const result = await options.check(
      chosen,
      (progress) => {
        if (!controller.signal.aborted) setStage({ step: 'checking', source, progress });
      },
      controller.signal,
    );
    if (controller.signal.aborted) return;
    checking.current = null;
    if (result.ok) setStage({ step: 'checked', source, file: result.value });
    else {
      setStage({ step: 'idle' });
      void message.error(errorText(t, result.error.code));
    }
  };

  const save = async (source: string, file: CheckedFile<T>, rows: readonly T[], before: SaveReport<T> | null) => {
    const total = before?.total ?? rows.length;
    const base = before?.saved ?? 0;
    setStage({ step: 'saving', source, file, progress: { saved: base, failed: 0, total } });
    const controller = new AbortController();
    saving.current = controller;
    const report = mergeReports(
      before,
      await file.save(
        rows,
        {
          onProgress: (p) => {
            if (mounted.current)
              setStage({ step: 'saving', source, file, progress: { ...p, saved: base + p.saved, total } });
          },
        },
        controller.signal,
      ),
    );
    saving.current = null;
    if (!mounted.current) {
      void (report.left.length === 0
        ? message.success(t('tableImport.doneAway', { saved: report.saved }))
        : message.warning(t('tableImport.stoppedAway', { saved: report.saved, left: report.left.length })));
      return;
    }
    if (report.left.length === 0) {
      setStage({ step: 'idle' });
      options.onDone(report.saved);
    } else setStage({ step: 'saved', source, file, report });
  };

  return {
    stage,
    choose: (chosen: ChosenFile) => void choose(chosen),
    confirm: () => {
      if (stage.step === 'checked') void save(stage.source, stage.file, stage.file.rows, null);
    },
    retry: () => {
      if (stage.step === 'saved') void save(stage.source, stage.file, stage.report.left, stage.report);
    },
    reset: () => {
      checking.current?.abort();
      setStage({ step: 'idle' });
    },
  };
}
