import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';

/**
 * The county's files hold every station's people: only the account the server runs as may read them. The data
 * folder is 0700 and every file the server writes (the SQLite database and its -wal and -shm, backups, the first
 * admin token) 0600, whatever the umask, and a folder or file found more open is closed down.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function privateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(dir, PRIVATE_FOLDER_MODE);
}

/** Makes the file (empty) when it is missing; either way only its owner may read or write it. */
export function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Closes down each of these files that exists. */
export function keepPrivate(files: readonly string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

export function writePrivateFile(file: string, text: string): void {
  writeFileSync(file, text, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}
