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
TEST_DEBIAN_PACKAGES="${TEST_DEBIAN_PACKAGES:-postgresql chromium fonts-dejavu-core fonts-noto-core python3-aiosmtpd}"
ensure_debian_packages

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

echo "== build"
if ! dotnet build Workflow.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# project:filter pairs run again against the PostgreSQL cluster.
POSTGRES_SUITES="tests/Engine.Tests/Engine.Tests.csproj:FullyQualifiedName~Workflow.Engine.Tests.Runtime|FullyQualifiedName~Workflow.Engine.Tests.Organisation.OrganisationAdministrationTests|FullyQualifiedName~Workflow.Engine.Tests.Organisation.AccountImportTests|FullyQualifiedName~Workflow.Engine.Tests.Audit|FullyQualifiedName~Workflow.Engine.Tests.Citizens|FullyQualifiedName~Workflow.Engine.Tests.Documents.DossierFormsTests|FullyQualifiedName~Workflow.Engine.Tests.Reporting|FullyQualifiedName~Workflow.Engine.Tests.Results|FullyQualifiedName~Workflow.Engine.Tests.Store|FullyQualifiedName~Workflow.Engine.Tests.Digitisation|FullyQualifiedName~Workflow.Engine.Tests.Delegation
tests/Server.Tests/Server.Tests.csproj:FullyQualifiedName!~ServerProcessTests"

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

# The suites that touch the database run a second time on PostgreSQL.
while IFS= read -r suite; do
  [ -n "$suite" ] || continue
  project="${suite%%:*}"
  filter="${suite#*:}"
  name="$(basename "$project" .csproj)"
  echo "-- $name on PostgreSQL"
  WORKFLOW_TEST_PROVIDER=Postgres dotnet test "$project" -c Release --no-build -nologo --filter "$filter" \
    --logger "trx;LogFileName=$name.Postgres.trx" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" || status=1
done <<< "$POSTGRES_SUITES"

# The API reference the server really publishes, as the server tests fetched it.
lint_openapi "$RESULTS" || status=1

summarise_trx "$RESULTS" "$status"
