#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite.
# Ends with one line: "N passed, N failed" (and ", N skipped" when any were skipped).
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"
RESULTS="$ROOT/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

source "$ROOT/scripts/lib.sh"

ensure_dotnet
TEST_DEBIAN_PACKAGES="${TEST_DEBIAN_PACKAGES:-postgresql chromium fonts-dejavu-core fonts-noto-core}"
ensure_debian_packages

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

echo "== build"
if ! dotnet build Workflow.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

start_services
trap stop_services EXIT

echo "== tests"
status=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name="$(basename "$project" .csproj)"
  echo "-- $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" || status=1
done

summarise_trx "$RESULTS" "$status"
