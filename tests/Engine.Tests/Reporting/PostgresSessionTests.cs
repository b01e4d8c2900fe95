using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>How the engine's PostgreSQL sessions are set up for its reports.</summary>
public class PostgresSessionTests
{
    /// <summary>JIT compiling a month's GROUP BYs cost more than running them; the engine's sessions start without it.</summary>
    [PostgresFact]
    public async Task Engine_sessions_start_without_JIT_compilation()
    {
        await using var h = await EngineHarness.StartAsync();
        await using var db = h.Database.Create();
        Assert.Equal("off", await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
    }
}
