# Shared helpers for test.sh and bench/run.sh. Sourced, not run.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi
}

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -qq || true
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET 10 SDK is required (https://dot.net); install it and run ./test.sh again." >&2
    exit 1
  fi
}

ensure_debian_packages() {
  command -v dpkg >/dev/null || return 0
  apt_install ${TEST_DEBIAN_PACKAGES:-}
}

# A throwaway PostgreSQL cluster on a loopback port, in a temporary folder, for the tests
# and benchmarks. Sets WORKFLOW_TEST_POSTGRES to a connection string for its admin database.
PG_DATA=""
start_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed; install the Debian package postgresql." >&2
    return 1
  fi
  PG_DATA="$(mktemp -d /tmp/workflow-pg.XXXXXX)"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$PG_DATA" postgres
    chown -R postgres "$PG_DATA"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PG_DATA/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$PG_DATA/initdb.log" 2>&1 \
    || { cat "$PG_DATA/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DATA/data" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $port -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB ${PG_EXTRA_OPTIONS:-}" start >/dev/null \
    || { cat "$PG_DATA/server.log" >&2; return 1; }
  PG_BIN="$bin"
  PG_RUN=("${run[@]}")
  export WORKFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100;Timeout=30;Command Timeout=120"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_postgres() {
  [ -n "$PG_DATA" ] || return 0
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DATA"
  PG_DATA=""
}

start_services() { start_postgres || echo "PostgreSQL could not start: its test runs will fail." >&2; }
stop_services() { stop_postgres; }

# @redocly/cli, pinned, installed with npm into a git-ignored folder of the repository when absent
# (the last version that runs on Node.js 20). Sets REDOCLY to its command.
REDOCLY_VERSION=2.77.0
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
ensure_redocly() {
  local dir="$ROOT/.tools/redocly"
  REDOCLY="$dir/node_modules/.bin/redocly"
  [ "$("$REDOCLY" --version 2>/dev/null)" = "$REDOCLY_VERSION" ] && return 0
  if ! command -v npm >/dev/null; then
    echo "npm is needed to lint the OpenAPI document; install Node.js 20.19 or later." >&2
    return 1
  fi
  echo "== installing @redocly/cli $REDOCLY_VERSION"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@redocly/cli@$REDOCLY_VERSION" >/dev/null
}

# Lints the OpenAPI document the server tests fetched from the real server, with the rules of
# redocly.yaml, and records the verdict as one test result so the summary line counts it.
lint_openapi() {
  local results="$1" document="$1/openapi-v1.json" outcome=Passed
  echo "-- OpenAPI lint"
  if [ ! -f "$document" ]; then
    echo "The server tests wrote no OpenAPI document ($document): the lint has nothing to check." >&2
    outcome=Failed
  elif ! ensure_redocly; then
    outcome=Failed
  else
    # From the root, so the document's path matches the one .redocly.lint-ignore.yaml names.
    (cd "$ROOT" && "$REDOCLY" lint "${document#"$ROOT"/}" --config redocly.yaml --format=stylish) >"$results/openapi-lint.txt" 2>&1 || outcome=Failed
    grep -v "^ *[║╔╚]" "$results/openapi-lint.txt"
    # A warning fails too: what the reference may break is excused in redocly.yaml or .redocly.lint-ignore.yaml, with why.
    grep -Eq "You have [0-9]+ warnings?" "$results/openapi-lint.txt" && outcome=Failed
  fi
  write_trx "$results/OpenApiLint.trx" "openapi-lint" "$outcome"
  [ "$outcome" = Passed ]
}

# A TRX file holding one result, for steps that are not .NET test runs.
write_trx() {
  local file="$1" name="$2" outcome="$3" passed=0 failed=0
  if [ "$outcome" = Passed ]; then passed=1; else failed=1; fi
  cat >"$file" <<TRX
<?xml version="1.0" encoding="UTF-8"?>
<TestRun id="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo 00000000-0000-0000-0000-000000000000)" name="$name" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <ResultSummary outcome="$( [ "$outcome" = Passed ] && echo Completed || echo Failed )">
    <Counters total="1" executed="1" passed="$passed" failed="$failed" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="0" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
  </ResultSummary>
</TestRun>
TRX
}

# Adds up the counters of every TRX file and prints the final summary line.
summarise_trx() {
  local dir="$1" status="$2" passed=0 failed=0 skipped=0 total=0 executed=0
  for trx in "$dir"/*.trx; do
    [ -f "$trx" ] || continue
    local counters
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
    get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    total=$((total + $(get total)))
    executed=$((executed + $(get executed)))
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  done
  skipped=$((total - executed))
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # A test host that crashed writes no counters: count the run as a failure.
    failed=1
  fi
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  [ "$failed" -eq 0 ]
}
