using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Audit;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Reporting;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Server.Seeding;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// A new demo database starts with the two communes' recent past (the fake clock stands at Monday
/// 02/03/2026 08:00, so the story runs from 31/01 through Tết to that morning): dossiers handled by
/// the demo officers through the engine, mostly on time, some late, some still open, rated, with an
/// intact journal, and reported on like any other.
/// </summary>
public sealed class DemoHistoryTests(DemoHistoryServerFactory server) : IClassFixture<DemoHistoryServerFactory>
{
    [Fact]
    public async Task A_new_demo_database_has_the_communes_recent_past_handled_by_the_demo_officers()
    {
        var now = server.Clock.GetUtcNow().UtcDateTime;
        await using var db = server.Database.Create();
        var dossiers = await db.Dossiers.AsNoTracking().ToListAsync();

        Assert.True(dossiers.Count >= 40, $"{dossiers.Count} dossiers in 30 days");
        Assert.All(dossiers, d => Assert.Contains(d.ReceivingUnitId, new[] { "p-hoa-an", "x-tan-phu-my" }));
        Assert.Contains(dossiers, d => d.State == DossierState.Returned);
        Assert.Contains(dossiers, d => d.State == DossierState.InProgress);
        var late = dossiers.Count(d => d.FinishPunctuality == Punctuality.Late);
        var inTime = dossiers.Count(d => d.FinishPunctuality is Punctuality.Early or Punctuality.OnTime);
        Assert.True(late > 0 && inTime > 3 * late, $"{inTime} finished in time, {late} late");

        // Nothing in the story happens after now, nor on the Tết holiday (14-22/02/2026).
        Assert.True(await db.Journal.AllAsync(j => j.At <= now));
        var tet = (From: new DateTime(2026, 2, 13, 17, 0, 0, DateTimeKind.Utc), To: new DateTime(2026, 2, 22, 17, 0, 0, DateTimeKind.Utc));
        Assert.DoesNotContain(dossiers, d => d.SubmittedAt > tet.From && d.SubmittedAt < tet.To);

        // The demo officers did the work, under their own names.
        var names = DemoAccounts.All.Select(a => a.DisplayName).ToHashSet();
        var completedBy = await db.WorkItems.AsNoTracking().Where(i => i.CompletedByName != null).Select(i => i.CompletedByName!).Distinct().ToListAsync();
        Assert.NotEmpty(completedBy);
        Assert.All(completedBy, name => Assert.Contains(name, names));
        Assert.True(await db.Ratings.CountAsync() > 0);
        Assert.Equal(0, await db.Outbox.CountAsync());

        Assert.True((await new JournalVerifier(server.Database).VerifyAsync()).IsIntact);

        // February as the ward's leader would read it: every dossier accounted for.
        var workspace = server.Services.GetRequiredService<WorkspaceAccessor>().Current;
        var february = await new ReportService(server.Database, workspace, server.Clock).DossierReportAsync(new ReportRequest(ReportPeriod.Month(2026, 2), UnitId: "p-hoa-an"));
        Assert.True(february.Total.Finished > 0);
        Assert.True(february.Total.Balances);

        // A second start does not write the story again.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoHistorySeeder>().SeedAsync();
        }

        await using var again = server.Database.Create();
        Assert.Equal(dossiers.Count, await again.Dossiers.CountAsync());
    }
}
