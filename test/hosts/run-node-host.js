#!/usr/bin/env node
// Runs the integration suite (dist/test/node/index.js) inside a real VS Code *Node* extension host, offline:
//  - server + Node extension host: the `code-server` npm package (VS Code 1.100.3 server), with its postinstall done by
//    scripts/setup.sh (its own downloads from GitHub fail offline)
//  - browser (the workbench UI only): Debian's Chromium driven by playwright-core
//  - workspace: a fresh copy of test/fixtures/workspace on disk, opened with the `folder=` query (server-side path)
// The workbench reads the `payload` query ([["extensionDevelopmentPath", "vscode-remote://..."],
// ["extensionTestsPath", "vscode-remote://..."]]); the remote (Node) extension host require()s the runner, which runs
// the extension's `main` entry (dist/node/extension.js). The result comes back through the page hooks
// codeAutomationExit / codeAutomationLog (the server's own exit code says nothing).
// Ends with `node: N passed, M failed`; exit 0 only when every test passed. See README.md in this folder.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');
const {
  root, verbose, getFreePort, makeTempDir, copyWorkspace, removeTempDir, checkBuilt, checkChromium, launchChromium,
  runInPage, summarize,
} = require('./common');

// NEWS_LENS_UNTRUSTED=1: the same host with workspace trust on and the folder not trusted (restricted mode);
// only the suites tagged @untrusted run (test/integration/runner-node.ts reads the variable).
const untrusted = process.env.NEWS_LENS_UNTRUSTED === '1';
const LABEL = untrusted ? 'untrusted' : 'node';
const extensionDevelopmentPath = root;
const extensionTestsPath = path.join(root, 'dist/test/node/index.js');

function codeServerEntry() {
  const entry = require.resolve('code-server/out/node/entry.js');
  const vscodeDir = path.join(path.dirname(require.resolve('code-server/package.json')), 'lib/vscode');
  if (!fs.existsSync(path.join(vscodeDir, 'node_modules'))) {
    throw new Error('code-server is installed without its server dependencies (lib/vscode/node_modules): ' +
      'run `bash scripts/setup.sh` (or `bash scripts/setup.sh --skip-ci` to keep node_modules)');
  }
  return entry;
}

function waitForHealthz(port, deadline, serverState) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (serverState.exited) return reject(new Error(`code-server exited during start-up (${serverState.exited}); see its log (VSCODE_TEST_VERBOSE=1)`));
      const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) return resolve();
        retry();
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
    };
    const retry = () => (Date.now() > deadline ? reject(new Error('code-server did not come up within 60 s')) : setTimeout(attempt, 250));
    attempt();
  });
}

async function main() {
  checkBuilt(extensionTestsPath);
  checkBuilt(path.join(root, 'dist/node/extension.js'));
  checkChromium();
  const entry = codeServerEntry();
  const tmp = makeTempDir('news-lens-node-');
  const workspace = copyWorkspace(tmp);
  const port = Number(process.env.VSCODE_SERVER_PORT) || (await getFreePort());
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(https?|all|no)_proxy$/i.test(k)) delete env[k];
  Object.assign(env, { // keep every code-server file (config.yaml, coder-logs, ...) in the temp dir
    XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'), XDG_CACHE_HOME: path.join(tmp, 'cache'),
    EXTENSIONS_GALLERY: '{}', // no serviceUrl = no extension gallery (default: open-vsx.org, queried at start-up)
  });
  // code-server keeps user settings on the server side, in <user-data-dir>/User/settings.json (a fresh folder each
  // run: code-server also remembers the last payload there)
  fs.mkdirSync(path.join(tmp, 'user-data/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'user-data/User/settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none', 'git.enabled': false, 'security.workspace.trust.enabled': untrusted,
    ...(untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
  }, null, 2));
  const serverArgs = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    '--log', verbose ? 'debug' : 'info', // also the workbench log level: below info, codeAutomationLog drops the mocha output
  ];
  const server = spawn(process.execPath, serverArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLogPath = path.join(tmp, 'code-server.log');
  const serverLog = fs.createWriteStream(serverLogPath);
  for (const s of [server.stdout, server.stderr]) s.on('data', (d) => { serverLog.write(d); if (verbose) process.stderr.write(`[server] ${d}`); });
  const serverState = { exited: undefined };
  server.on('exit', (code, sig) => { serverState.exited = `code ${code}, signal ${sig}`; if (verbose) console.error(`[server] exited ${code} ${sig}`); });

  let browser;
  try {
    await waitForHealthz(port, Date.now() + 60000, serverState);
    browser = await launchChromium();
    const authority = `127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`],
      ['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`],
    ];
    const query = `folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (verbose) console.log(`[node] code-server on http://${authority}/, workspace ${workspace}`);
    const result = await runInPage(browser, `http://${authority}/?${query}`, LABEL);
    if (result.code !== 0 && !result.stats && !verbose) {
      // the suite never reported: the server log usually says why (extension host crash, missing module, ...)
      const log = fs.existsSync(serverLogPath) ? fs.readFileSync(serverLogPath, 'utf8').trim().split('\n').slice(-30).join('\n') : '';
      if (log) console.error(`--- last lines of the code-server log ---\n${log}\n---`);
    }
    return summarize(LABEL, result);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (!serverState.exited) { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } } // our own process group only
    await new Promise((r) => (serverState.exited ? r() : (server.once('exit', r), setTimeout(r, 5000).unref())));
    serverLog.end();
    removeTempDir(tmp);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => { console.error(err && err.stack || err); console.log(`${LABEL}: 0 passed, 1 failed`); process.exit(1); },
);
