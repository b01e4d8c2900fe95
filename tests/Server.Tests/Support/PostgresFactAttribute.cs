namespace Workflow.Server.Tests.Support;

/// <summary>A test that needs what only a PostgreSQL server can do (made read-only while the server runs); skipped, and said so, on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("WORKFLOW_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Runs on PostgreSQL only (WORKFLOW_TEST_PROVIDER=Postgres, as ./test.sh sets).";
        }
    }
}
