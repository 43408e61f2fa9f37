// postinstall: one clear line on whether the desktop app can start on this machine.
import { electronBinary } from './electron-binary.mjs';

const e = electronBinary();
if (e.available) {
  console.log(`[doorstep] Electron ${e.version} is installed: \`npm start\` opens the desktop app.`);
} else {
  console.log(
    `[doorstep] Electron ${e.version ?? ''} binary not available (its download host is unreachable here); install finished anyway — ` +
      '`npm start` serves the browser edition at http://127.0.0.1:4317/ and all tests run without Electron.',
  );
}
