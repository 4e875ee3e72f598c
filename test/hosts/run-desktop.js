#!/usr/bin/env node
// Runs the integration suite in *desktop* VS Code with @vscode/test-electron: the same bundle as the Node host
// (dist/test/node/index.js), the extension's `main` entry, a fresh copy of test/fixtures/workspace.
// Needs a VS Code build: downloaded from update.code.visualstudio.com into .vscode-test/ (impossible on the offline
// CI machines: use `npm run test:node` / `npm run test:web` there), or an installed one via VSCODE_EXECUTABLE_PATH.
// On Linux without a display, run it under xvfb-run. Ends with `desktop: N passed, M failed`.
//
// Env: VSCODE_EXECUTABLE_PATH (skip the download), VSCODE_VERSION (default "stable"; e.g. "1.90.0" for the oldest
// engine we support), VSCODE_TEST_KEEP_TMP=1.
'use strict';
const path = require('path');
const { Writable } = require('stream');
const { root, RESULT_MARKER, makeTempDir, copyWorkspace, removeTempDir, checkBuilt } = require('./common');

const LABEL = 'desktop';
const extensionTestsPath = path.join(root, 'dist/test/node/index.js');

/** Forwards VS Code's output and picks up the suite's result line. */
function lineWatcher(target, onResult) {
  let partial = '';
  return new Writable({
    write(chunk, _enc, cb) {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        const i = line.indexOf(RESULT_MARKER);
        if (i >= 0) { try { onResult(JSON.parse(line.slice(i + RESULT_MARKER.length))); } catch { /* ignore */ } continue; }
        target.write(`${line}\n`);
      }
      cb();
    },
    final(cb) { if (partial) target.write(partial); cb(); },
  });
}

async function main() {
  checkBuilt(extensionTestsPath);
  checkBuilt(path.join(root, 'dist/node/extension.js'));
  const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    const version = process.env.VSCODE_VERSION || 'stable';
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.vscode-test'), timeout: 20000 });
    } catch (e) {
      console.error(`${LABEL}: could not get VS Code ${version} for @vscode/test-electron: ${e && e.message || e}`);
      console.error(`${LABEL}: the download needs update.code.visualstudio.com, which this machine cannot reach. ` +
        'Offline, run the same suite with `npm run test:node` (Node extension host, code-server) and ' +
        '`npm run test:web` (web extension host), or set VSCODE_EXECUTABLE_PATH to an installed VS Code.');
      console.log(`${LABEL}: 0 passed, 1 failed`);
      return 1;
    }
  }
  const tmp = makeTempDir('news-lens-desktop-');
  let stats;
  let code;
  try {
    const workspace = copyWorkspace(tmp);
    try {
      code = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: root,
        extensionTestsPath,
        launchArgs: [
          workspace,
          '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-telemetry',
          `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`,
        ],
        stdout: lineWatcher(process.stdout, (s) => { stats = s; }),
        stderr: process.stderr,
      });
    } catch (e) {
      code = typeof e?.code === 'number' ? e.code : 1;
      if (!stats) console.error(`${LABEL}: ${e && e.message || e}`);
    }
  } finally {
    removeTempDir(tmp);
  }
  const failures = stats ? stats.failures + (code !== 0 && stats.failures === 0 ? 1 : 0) : 1;
  console.log(`${LABEL}: ${stats ? stats.passes : 0} passed, ${failures} failed${stats && stats.pending ? `, ${stats.pending} skipped` : ''}`);
  return code === 0 && stats && stats.failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => { console.error(err && err.stack || err); console.log(`${LABEL}: 0 passed, 1 failed`); process.exit(1); },
);
