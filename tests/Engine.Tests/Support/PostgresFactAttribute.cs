using Workflow.Engine.Persistence;

namespace Workflow.Engine.Tests.Support;

/// <summary>A test that only means something on PostgreSQL; skipped, and said so, on the other databases.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.ConfiguredProvider != DatabaseProvider.Postgres)
        {
            Skip = "Runs on PostgreSQL only (WORKFLOW_TEST_PROVIDER=Postgres, as ./test.sh sets).";
        }
    }
}
