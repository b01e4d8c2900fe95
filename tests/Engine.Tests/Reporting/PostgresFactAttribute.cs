using Workflow.Engine.Persistence;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>A test that only means something on PostgreSQL (the scale target); skipped, and said so, on SQLite.</summary>
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
