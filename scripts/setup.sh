#!/usr/bin/env bash
# Set-up on a fresh machine of this kind (Debian, Node 20, npm 11, offline but for npm and Debian):
#  - Debian's chromium (drives the VS Code workbench in the integration tests) and ripgrep
#    (workspace.findFiles in the Node extension host),
#  - npm ci with install scripts off, then code-server's postinstall done by hand, because its own
#    postinstall downloads from GitHub (see test/hosts/README.md).
# Usage: bash scripts/setup.sh            full set-up (wipes and reinstalls node_modules)
#        bash scripts/setup.sh --skip-ci  keep node_modules, only do the post-install steps
#                                         (code-server's server deps, native addons, ripgrep link)
set -euo pipefail
cd "$(dirname "$0")/.."
skip_ci=0
for a in "$@"; do
  case "$a" in
    --skip-ci) skip_ci=1 ;;
    *) echo "usage: bash scripts/setup.sh [--skip-ci]" >&2; exit 2 ;;
  esac
done
t0=$(date +%s)
step() { echo "== setup [+$(( $(date +%s) - t0 )) s]: $*"; }
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
if [ "$skip_ci" = 0 ]; then
  step "npm ci --ignore-scripts"
  npm ci --ignore-scripts --no-audit --no-fund
fi
step "npm rebuild esbuild argon2"
npm rebuild esbuild argon2
cs=node_modules/code-server
step "code-server postinstall (by hand)"
(cd "$cs" && npm_config_ignore_scripts=true npm_config_unsafe_perm=true \
  npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh)
(cd "$cs/lib/vscode/extensions" && node postinstall.mjs >/dev/null)
(cd "$cs/lib/vscode" && npm rebuild @vscode/spdlog native-watchdog @vscode/deviceid \
  && cd node_modules/node-pty && node "$(npm config get node-gyp)" rebuild --loglevel=warn >/dev/null)
rg="${RG_PATH:-$(command -v rg || echo /usr/bin/rg)}"
if [ -x "$rg" ]; then
  mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
  ln -sf "$(readlink -f "$rg")" "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
else
  echo "warning: no ripgrep ($rg): workspace.findFiles fails in the Node extension host (apt-get install ripgrep)" >&2
fi
step "done"
echo "News Lens: set-up done. Next: npm test"
