/**
 * IPC channel names, kept apart from the zod schemas so the sandboxed preload bundles nothing but these
 * strings. The contract (./contract.ts) pairs each with its input schema.
 */
export const IPC_CHANNELS = {
  appInfo: 'doorstep:app-info',
  idleSeconds: 'doorstep:idle-seconds',
  openExternal: 'doorstep:open-external',
  saveFile: 'doorstep:save-file',
  printToPdf: 'doorstep:print-to-pdf',
  secretGet: 'doorstep:secret-get',
  secretSet: 'doorstep:secret-set',
  backupSave: 'doorstep:backup-save',
  backupStatus: 'doorstep:backup-status',
  backupChooseCopyFolder: 'doorstep:backup-choose-copy-folder',
} as const;
