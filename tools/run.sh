#!/usr/bin/env bash
# The README's RUN command: installs what it needs, then starts Azurite (tables persisted in
# .data/azurite), loads the demo network, starts the bot on http://127.0.0.1:3978 and the
# Agents Playground pointed at it, and prints the URL to open. Ctrl-C stops all three.
#
#   tools/run.sh [--as frontline|chair|manager|admin|volunteer|police] [--network <file>]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ROOT=$(repo_root)
cd "$ROOT"

AS=frontline
NETWORK="$ROOT/samples/tingbjerg-husum.network.json"
BOT_PORT=${FORUMBOT_PORT:-3978}
PLAYGROUND_PORT=${FORUMBOT_PLAYGROUND_PORT:-56150}
AZURITE_PORT=${FORUMBOT_AZURITE_PORT:-10002}
while [ $# -gt 0 ]; do
  case "$1" in
    --as) AS="${2:?--as needs a role}"; shift 2 ;;
    --network) NETWORK="${2:?--network needs a file}"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) log "Unknown option $1 (see --help)"; exit 2 ;;
  esac
done

DATA="$ROOT/.data"
BOT_PID=""; PLAYGROUND_PID=""; AZURITE_PID=""
stop_all() {
  trap - INT TERM EXIT
  set +e   # a child that is already gone must not cut the clean-up short
  log "Stopping…"
  local pid
  for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null; fi
  done
  for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
    if [ -n "$pid" ]; then wait "$pid" 2>/dev/null; fi
  done
  stop_azurite
  log "Stopped. Your data is kept in .data/azurite."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

for port in "$BOT_PORT" "$PLAYGROUND_PORT" "$AZURITE_PORT"; do
  if node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
    log "Port $port on 127.0.0.1 is in use: stop what holds it, or set FORUMBOT_PORT / FORUMBOT_PLAYGROUND_PORT / FORUMBOT_AZURITE_PORT."
    exit 1
  fi
done

ensure_node_tools "$ROOT"
node "$ROOT/tools/lib/write-playground-config.mjs" "$DATA/playground" "$AS" >/dev/null

log "Building the bot…"
dotnet build Bot/Bot.csproj -c Debug --verbosity quiet -nologo
DLL="$ROOT/Bot/bin/Debug/net10.0/ForumBot.dll"

start_azurite "$ROOT" "$AZURITE_PORT" "$DATA/azurite"
export ConnectionStrings__Tables
ConnectionStrings__Tables=$(azurite_connection_string "$AZURITE_PORT")
export ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId="" DOTNET_NOLOGO=1

log "Loading the network from ${NETWORK#$ROOT/}…"
dotnet "$DLL" import "$NETWORK"

dotnet "$DLL" --urls "http://127.0.0.1:$BOT_PORT" &
BOT_PID=$!
node "$ROOT/tools/lib/wait-http.mjs" "http://127.0.0.1:$BOT_PORT/healthz" 60 || { log "The bot did not start."; exit 1; }

# The Playground reads its users from the working directory and logs there too.
(
  cd "$DATA/playground"
  TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$DATA/playground/playground.log" \
    exec node -r "$ROOT/tools/lib/loopback-preload.cjs" \
    "$ROOT/tools/node_modules/@microsoft/m365agentsplayground/cli.js" \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" \
    --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" --disable-telemetry >/dev/null
) &
PLAYGROUND_PID=$!
node "$ROOT/tools/lib/wait-http.mjs" "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 60 || { log "The Playground did not start (see .data/playground/playground.log)."; exit 1; }

cat <<MSG

  ForumBot is running.
    Open the Playground:  http://127.0.0.1:$PLAYGROUND_PORT/
    Signed in as:         $(node -e "import('$ROOT/tools/lib/demo-users.mjs').then(m=>{const u=m.demoUsers['$AS'];console.log(u.name+' — '+u.role)})")
    Bot:                  http://127.0.0.1:$BOT_PORT/api/messages   (health: /healthz, /readyz)
    Table storage:        Azurite on 127.0.0.1:$AZURITE_PORT, data in .data/azurite
  Try: help · forums · who works on leisure jobs · hvem arbejder med lektiehjælp · overlaps
  Another role: tools/run.sh --as chair|manager|admin|volunteer|police
  Press Ctrl-C to stop.

MSG
wait "$BOT_PID" "$PLAYGROUND_PID"
