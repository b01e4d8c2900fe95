#!/usr/bin/env bash
# Adds one EF Core migration, with the same name, for each of the three database providers.
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/../src/Engine"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres SqlServer; do
  dotnet dotnet-ef migrations add "$name" --context "${provider}WorkflowDbContext" --output-dir "Persistence/Migrations/$provider"
done
