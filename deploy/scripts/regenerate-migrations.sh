#!/usr/bin/env bash
# Deletes and regenerates the single `Initial` migration of every database provider.
# Until the first release the schema ships as one Initial migration; run this after any change to an
# entity or an IEntityTypeConfiguration under src/Workflows.Persistence or src/Workflows.Projects (each design-time
# factory adds the Projects module's ProjectsModel), then commit the three folders.
# After the first release, add named migrations instead (dotnet dotnet-ef migrations add NAME ...).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null

for provider in Sqlite PostgreSql SqlServer; do
    project="src/Workflows.Persistence.$provider"
    rm -rf "$project/Migrations"
    echo "== $provider"
    dotnet dotnet-ef migrations add Initial \
        --project "$project" --startup-project "$project" \
        --context WorkflowsDbContext --output-dir Migrations
done
