# Shared by tools/run.sh and tools/test.sh: installing the toolchain and running Azurite.
# Sourced, not executed.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

log() { printf '\033[1m[forumbot]\033[0m %s\n' "$*" >&2; }

# npm ci only when the lockfile changed since the last install (it takes ~30 s).
ensure_node_tools() {
  local root="$1" marker="$1/tools/node_modules/.forumbot-lock-hash" hash
  command -v node >/dev/null || { log "Node.js 20 or newer is required (node not found)."; return 1; }
  hash=$(sha256sum "$root/tools/package-lock.json" | cut -d' ' -f1)
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$hash" ]; then return 0; fi
  log "Installing the dev toolchain (npm ci in tools/)…"
  (cd "$root/tools" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  echo "$hash" > "$marker"
}

# Debian's Chromium for browser tests; never a browser downloaded by a test tool.
ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  log "Installing Chromium from Debian's packages…"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

# Starts Azurite's table service on 127.0.0.1:$2; $3 is a folder to persist in, or empty for
# in-memory. Sets AZURITE_PID. Started through .bin/azurite-table so the PID is the server's.
start_azurite() {
  local root="$1" port="$2" location="$3" persist
  if [ -n "$location" ]; then mkdir -p "$location"; persist=(--location "$location"); else persist=(--inMemoryPersistence); fi
  "$root/tools/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" \
    "${persist[@]}" --disableTelemetry --silent &
  AZURITE_PID=$!
  local i
  for i in $(seq 1 100); do
    if node -e "require('http').get('http://127.0.0.1:$port/devstoreaccount1/Tables',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
      return 0
    fi
    kill -0 "$AZURITE_PID" 2>/dev/null || { log "Azurite exited during start-up."; return 1; }
    sleep 0.2
  done
  log "Azurite did not answer on port $port."; return 1
}

# SIGINT, not SIGTERM: Azurite has no SIGTERM handler and would lose its last rows.
stop_azurite() {
  [ -n "${AZURITE_PID:-}" ] || return 0
  if kill -0 "$AZURITE_PID" 2>/dev/null; then
    kill -INT "$AZURITE_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 50); do kill -0 "$AZURITE_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$AZURITE_PID" 2>/dev/null; then kill -KILL "$AZURITE_PID" 2>/dev/null || true; fi
  fi
  wait "$AZURITE_PID" 2>/dev/null || true
  AZURITE_PID=""
}

azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}
