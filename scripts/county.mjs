// `npm run county -- …`: the county server and its admin commands (server/src/cli.ts). Starting the server also
// makes sure the county console's web app is built: on a fresh checkout, or when its sources (server/console/,
// shared/) are newer than the build, it is built first (`npm run build:console`). Admin commands
// (`station add`, `user add`, …) run at once, without a build.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildIsCurrent, startsServer } from './console-build.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const BUILD_INDEX = join(root, 'out', 'console', 'index.html');
const SOURCES = [join(root, 'server', 'console'), join(root, 'shared')];

if (startsServer(args) && !process.env.DOORSTEP_CONSOLE_DIR && !buildIsCurrent(BUILD_INDEX, SOURCES)) {
  console.log(
    'Building the county console (out/console) before the server starts…\n正在构建县级控制台网页（首次启动或代码有更新），请稍候……',
  );
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(root, 'server', 'console', 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) {
    console.error(
      'The county console could not be built; the server starts without it (see the messages above).\n' +
        '县级控制台网页构建失败，服务器仍会启动，但打开控制台会看到构建说明（原因见上方信息）。',
    );
  }
}

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const server = spawn(process.execPath, [tsx, join(root, 'server', 'src', 'cli.ts'), ...args], { stdio: 'inherit' });
// A stop request to this script (a service manager, a test) is the server's stop request.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
