// What `npm run county` (scripts/county.mjs) decides before it starts: whether the command starts the server,
// and whether the county console's build is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The CLI's options that take a value: whatever follows them is not a command. */
const VALUED = new Set(['--port', '--host', '--data', '--name', '--area', '--device', '--role', '--display']);

/** The first word that is not an option or an option's value: the command (null starts the server). */
export function commandOf(argv) {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (VALUED.has(arg)) i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}

/** Whether these arguments start the server (no command, or `serve`, and no --help). */
export function startsServer(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return false;
  return (commandOf(argv) ?? 'serve') === 'serve';
}

/** The newest modification time of any file under the folders (0 for none). */
export function newestFile(folders) {
  let latest = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(folder)) walk(folder);
  return latest;
}

/** Whether the build's page exists and is no older than any of the sources. */
export function buildIsCurrent(buildIndex, sources) {
  return existsSync(buildIndex) && statSync(buildIndex).mtimeMs >= newestFile(sources);
}
