#!/usr/bin/env bash
# Set-up on a fresh machine of this kind (Debian, Node 20, npm 11, offline but for npm and Debian):
#  - Debian's chromium (drives the VS Code workbench in the integration tests) and ripgrep
#    (workspace.findFiles in the Node extension host),
#  - npm ci with install scripts off, then code-server's postinstall done by hand, because its own
#    postinstall downloads from GitHub (see test/hosts/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
  else
    sudo apt-get update
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
  fi
fi
# node-gyp: Node's installed headers instead of a download from nodejs.org
export npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --ignore-scripts --no-audit --no-fund
npm rebuild esbuild argon2
cs=node_modules/code-server
(cd "$cs" && npm_config_ignore_scripts=true npm_config_unsafe_perm=true \
  npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh)
(cd "$cs/lib/vscode/extensions" && node postinstall.mjs >/dev/null)
(cd "$cs/lib/vscode" && npm rebuild @vscode/spdlog native-watchdog @vscode/deviceid \
  && cd node_modules/node-pty && node "$(npm config get node-gyp)" rebuild --loglevel=warn >/dev/null)
rg="${RG_PATH:-$(command -v rg || echo /usr/bin/rg)}"
if [ -x "$rg" ]; then
  mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
  ln -sf "$(readlink -f "$rg")" "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
fi
echo "News Lens: set-up done. Next: npm test"
