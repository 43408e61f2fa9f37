'use strict';
// Electron's postinstall (node_modules/electron/install.js) downloads its binary through this module.
// Upstream fails the whole `npm install` when the download host is unreachable. Here the download is
// tried exactly as upstream; on failure we print one clear line and end the postinstall successfully,
// leaving Electron without a binary. `npm start` then serves the browser edition instead.
const upstream = require('electron-get-upstream');

async function downloadArtifact(options) {
  try {
    return await upstream.downloadArtifact(options);
  } catch (error) {
    const reason = error && error.message ? error.message.split('\n')[0] : String(error);
    console.log(
      `[doorstep] Electron ${options.version} binary could not be downloaded (${reason}); ` +
        'install continues without it — `npm start` will serve the browser edition.',
    );
    process.exit(0);
  }
}

module.exports = { ...upstream, downloadArtifact };
