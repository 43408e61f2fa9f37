// `npm start`: the desktop app where Electron's binary is installed, otherwise the browser edition on
// 127.0.0.1 (same renderer, same data model, data kept in the browser's IndexedDB).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const port = Number(process.env.PORT ?? 4317);

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
    child.on('error', reject);
  });
}

const electron = electronBinary();
if (electron.available) {
  console.log(`[doorstep] Starting the desktop app (Electron ${electron.version}).`);
  await run(bin('electron-vite'), ['preview']);
} else {
  console.log('[doorstep] The Electron binary is not installed on this machine, so the desktop window cannot open.');
  console.log('[doorstep] Building and serving the browser edition instead …');
  await run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  console.log(
    `[doorstep] Browser edition: open http://127.0.0.1:${port}/ in Chrome, Edge or Chromium (Ctrl+C stops it).`,
  );
  await run(bin('vite'), [
    'preview',
    '--config',
    'renderer/vite.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ]);
}
