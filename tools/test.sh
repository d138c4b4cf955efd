#!/usr/bin/env bash
# The README's TEST command: installs what it needs, starts Azurite (in memory, free port),
# builds strictly, runs every test suite, stops Azurite even on failure, and ends with one
# line "N passed, N failed". Exit code is non-zero on any failure.
#   --calendar   only the calendar-sensitive suites: the .NET tests and the browser update and meeting-cycle tests.
#   FORUMBOT_TEST_NOW=<ISO instant>   runs the tests as if now were that instant (README, "Tests on a given day").
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ROOT=$(repo_root)
cd "$ROOT"
calendar=0
for arg in "$@"; do
  case "$arg" in
    --calendar) calendar=1 ;;
    *) log "Unknown option '$arg' (TEST takes only --calendar)."; echo "0 passed, 1 failed"; exit 2 ;;
  esac
done
if [ -n "${FORUMBOT_TEST_NOW:-}" ]; then
  if ! node -e 'process.exit(Number.isNaN(Date.parse(process.argv[1])) || !/(Z|[+-]\d\d:?\d\d)$/.test(process.argv[1]) ? 1 : 0)' "$FORUMBOT_TEST_NOW"; then
    log "FORUMBOT_TEST_NOW '$FORUMBOT_TEST_NOW' is not an ISO-8601 instant with an offset (e.g. 2027-03-28T00:30:00Z)."
    echo "0 passed, 1 failed"; exit 2
  fi
  export FORUMBOT_TEST_NOW
  log "Clock: the tests run as if now were $FORUMBOT_TEST_NOW (FORUMBOT_TEST_NOW)."
fi
# A calendar run keeps its output apart, so the full run's test-output/ survives next to it.
if [ "$calendar" -eq 1 ]; then
  OUT="$ROOT/test-output/calendar-${FORUMBOT_TEST_NOW:-now}"; OUT=${OUT//:/}
else
  OUT="$ROOT/test-output"
fi
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0; failed=0; status=0

add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); }
trap 'stop_azurite' EXIT
trap 'exit 130' INT TERM

ensure_node_tools "$ROOT" || exit 1
ensure_chromium || { log "Chromium could not be installed; browser tests will fail."; }
log "Restoring and building (Release, warnings are errors)…"
dotnet restore ForumBot.sln --verbosity quiet || exit 1
if ! dotnet build ForumBot.sln -c Release --no-restore --verbosity quiet -nologo; then
  log "Build failed."; echo "0 passed, 1 failed"; exit 1
fi

port=$(free_port)
start_azurite "$ROOT" "$port" "" || { echo "0 passed, 1 failed"; exit 1; }
export FORUMBOT_TEST_TABLES FORUMBOT_CARD_DUMP_DIR
FORUMBOT_TEST_TABLES=$(azurite_connection_string "$port")
# Every Adaptive Card the .NET tests see is dumped here and validated by tools/tests/cards.test.mjs.
FORUMBOT_CARD_DUMP_DIR="$OUT/cards"
log "Azurite (in memory) on 127.0.0.1:$port"

# 1. The .NET suite (xunit): counts from its TRX file.
log "Running the .NET tests…"
dotnet test Bot.Tests/Bot.Tests.csproj -c Release --no-build --nologo \
  --logger "trx;LogFileName=dotnet.trx" --logger "console;verbosity=normal" --results-directory "$OUT" \
  > "$OUT/dotnet-test.log" 2>&1 || status=1
# The summary and any failure with its message; the full log stays in test-output/dotnet-test.log.
grep -E "^  Failed |^  Error Message:|^(Passed|Failed)!|^Total tests:|^ +(Passed|Failed): " -A1 "$OUT/dotnet-test.log" | grep -v "^--$" | tail -60
counts=$(node "$ROOT/tools/lib/trx-counts.mjs" "$OUT/dotnet.trx") || { counts="0 1"; status=1; }
add_counts $counts

# 2. Node suites: manifest, infrastructure, cards, and the browser end-to-end tests
#    (a calendar run: only the browser tests whose meeting follows the date: updates, meeting cycle).
node_tests=(tools/tests/)
if [ "$calendar" -eq 1 ]; then
  node_tests=(tools/tests/updates.e2e.test.mjs tools/tests/meeting.e2e.test.mjs)
  log "Running the calendar-sensitive browser tests (updates, meeting cycle)…"
else
  log "Running the Node test suites (manifest, infra, browser)…"
fi
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$OUT/node.tap" \
  --test-concurrency=1 "${node_tests[@]}" > "$OUT/node-test.log" 2>&1 || status=1
tail -60 "$OUT/node-test.log"
np=$(grep -E "^# pass " "$OUT/node.tap" | tail -1 | awk '{print $3}')
nf=$(grep -E "^# fail " "$OUT/node.tap" | tail -1 | awk '{print $3}')
if [ -z "$np" ]; then np=0; nf=1; status=1; fi
add_counts "$np" "${nf:-0}"

stop_azurite
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
