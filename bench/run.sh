#!/usr/bin/env bash
# Benchmarks: builds Release, starts a throwaway PostgreSQL (fsync on) like the tests do, runs every
# scenario on a SQLite file and on PostgreSQL, stops PostgreSQL. The last line printed is the JSON summary.
#   bench/run.sh           the full run (about 40 minutes on a 2-core machine)
#   bench/run.sh --quick   the same scenarios, small (under 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source "$ROOT/scripts/lib.sh"

MODE=full
QUICK=()
if [ "${1:-}" = "--quick" ]; then MODE=quick; QUICK=(--quick); fi
PROVIDERS="${BENCH_PROVIDERS:-sqlite postgres}"

ensure_dotnet
TEST_DEBIAN_PACKAGES="postgresql" ensure_debian_packages

echo "== build (Release)" >&2
dotnet build bench/Workflow.Bench/Workflow.Bench.csproj -c Release -nologo -v quiet >&2
BENCH=(dotnet "$ROOT/bench/Workflow.Bench/bin/Release/net10.0/Workflow.Bench.dll")

WORK="$(mktemp -d /tmp/wf-bench.XXXXXX)"
OUT="$ROOT/bench/results/$MODE"
mkdir -p "$OUT"
cleanup() { stop_postgres; rm -rf "$WORK"; }
trap cleanup EXIT

# fsync and synchronous_commit stay on (PostgreSQL's defaults); a larger WAL only spaces out
# checkpoints during the bulk load. Anything in PG_EXTRA_OPTIONS is passed on as well.
export PG_EXTRA_OPTIONS="-c max_wal_size=8GB ${PG_EXTRA_OPTIONS:-}"
start_postgres >&2
export WORKFLOW_BENCH_PGDATA="$PG_DATA/data"
"${PG_RUN[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$(echo "$WORKFLOW_TEST_POSTGRES" | sed 's/.*Port=\([0-9]*\).*/\1/')" -U postgres -Atc \
  "select 'fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit') || ' shared_buffers=' || current_setting('shared_buffers')" >&2 || true

echo "== loading" >&2
"${BENCH[@]}" load --out "$OUT/loading.json" >&2

files=()
for provider in $PROVIDERS; do
  echo "== $provider" >&2
  "${BENCH[@]}" run --provider "$provider" "${QUICK[@]}" --work "$WORK" --out "$OUT/$provider.json" >/dev/null
  "${BENCH[@]}" memory --provider "$provider" "${QUICK[@]}" --work "$WORK" --database bench_data --out "$OUT/$provider-memory.json" >/dev/null
  files+=("$OUT/$provider.json" "$OUT/$provider-memory.json")
  # The SQLite files are large after a full run; PostgreSQL's go with its cluster.
  rm -f "$WORK"/*.db "$WORK"/*.db-wal "$WORK"/*.db-shm
done

"${BENCH[@]}" summary "$MODE" "${files[@]}" | tee "$OUT/summary.json"
