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

start_services() { :; }
stop_services() { :; }

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
