import type { Widen } from '../widen';
import type { backupZh } from './zh-CN';

/** English messages of station backups, typed against the Chinese ones. */
export const backupEn: Widen<typeof backupZh> = {
  backup: {
    title: 'Backups',
    intro:
      'A backup saves everything on this PC (changes not yet sent to the county included) as one encrypted file. If the PC breaks or is lost, a new PC can be restored from it.',
    passphrase: 'Backup passphrase',
    passphraseSet: 'A backup passphrase is set ({{who}}, {{when}}).',
    passphraseMissing: 'No backup passphrase yet. Set one before making backups.',
    setPassphrase: 'Set backup passphrase',
    changePassphrase: 'Change backup passphrase',
    passphraseLabel: 'Backup passphrase',
    repeatLabel: 'Type it again',
    passphraseHelp:
      'At least {{min}} characters. A sentence you remember works well. Restoring a backup asks for it: write it on paper and keep it away from the PC. A forgotten passphrase means the backups cannot be opened.',
    changeNote: 'New backups use the new passphrase; older backups still open with the one they were made with.',
    passphraseSaved: 'Backup passphrase set.',
    deriving: 'Setting the passphrase…',
    backupNow: 'Back up now',
    backingUp: 'Backing up, please wait…',
    downloaded: 'The backup file was downloaded. Copy it to a USB stick and keep it somewhere safe.',
    savedAt: 'Backup saved to: {{path}}',
    copiedTo: 'Copy saved to: {{path}}',
    copyFailed: 'Could not copy to {{folder}} (was the USB stick removed?). The backup on this PC is saved.',
    last: 'Last backup: {{when}} ({{kind}})',
    lastNever: 'This PC has not made a backup yet.',
    kind: { manual: 'manual', auto: 'automatic' },
    automatic: 'Automatic backups: once a day, kept {{days}} days, in {{folder}}',
    automaticBrowser:
      'The browser edition cannot back up automatically. Press “Back up now” regularly and keep the file on a USB stick.',
    automaticNeedsPassphrase: 'No backup passphrase yet: automatic backups have not started.',
    copyFolder: 'Also copied to: {{folder}}',
    copyFolderNone: 'No folder chosen for copies.',
    chooseFolder: 'Choose a folder (USB stick)',
    clearFolder: 'Stop copying',
    restore: 'Restore from a backup',
    restoreTitle: 'Restore from a backup',
    restoreIntro: 'Choose the backup file (ending in .dsbk) and type the passphrase it was made with.',
    chooseFile: 'Choose backup file',
    fileFrom: 'This backup is from: {{station}}, made {{when}}',
    unknownStation: '(a station without a name)',
    open: 'Open backup',
    opening: 'Opening the backup…',
    holds: 'The backup holds:',
    current: 'This PC holds now:',
    counts: {
      seekers: '{{count}} job seekers',
      employers: '{{count}} employers',
      jobs: '{{count}} jobs',
      placements: '{{count}} placements',
      courses: '{{count}} courses',
      staff: '{{count}} staff',
      pending: '{{count}} changes not yet sent to the county',
    },
    replaceWarning:
      'Restoring replaces everything on this PC with what the backup holds. Changes on this PC not yet sent to the county are lost unless the backup has them.',
    otherStation: 'Note: the backup is from another station ({{station}}), not the one on this PC now ({{current}}).',
    emptyHere: 'This PC holds nothing yet. After restoring, log in with an account from the backup.',
    confirm: 'Restore',
    restoring: 'Restoring, do not close the app…',
    restored: 'Restored. Log in with an account from the backup.',
    setupRestore: 'New PC? Restore from a backup',
  },
  actions: {
    'station.restore': 'Restored from a backup',
    'backup.create': 'Manual backup',
    'backup.passphrase': 'Set the backup passphrase',
  },
  errors: {
    'backup.passphraseShort': 'The backup passphrase needs at least {{min}} characters.',
    'backup.passphraseMismatch': 'The two passphrases differ; type them again.',
    'backup.noPassphrase': 'No backup passphrase yet. Set one under Backups first.',
    'backup.notBackup': 'This file is not a station backup (backups end in .dsbk). Nothing on this PC was changed.',
    'backup.truncated':
      'This backup file is incomplete (perhaps the copy did not finish). Use another backup. Nothing on this PC was changed.',
    'backup.damaged':
      'This backup file is damaged or was changed and cannot be restored. Use another backup. Nothing on this PC was changed.',
    'backup.wrongPassphrase':
      'Wrong backup passphrase; try again (mind spaces and capitals). Nothing on this PC was changed.',
    'backup.newerFormat':
      'This backup was made by a newer version of the app. Update the app first, then restore. Nothing on this PC was changed.',
    'backup.unreadable':
      'What this backup holds cannot be put back on this PC; nothing was restored. Nothing on this PC was changed.',
    'backup.saveFailed': 'The backup file could not be saved. Try again, or choose another folder.',
  },
};
