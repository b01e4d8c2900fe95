using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A failure in the middle of a command's writes leaves the database exactly as it was.</summary>
public class AtomicityTests
{
    /// <summary>
    /// Once armed, fails right after the database has executed the statement that inserts journal
    /// entries: by then the command's other rows are written inside its transaction, which must roll back.
    /// </summary>
    private sealed class FailAfterJournalInsert : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public int Failures { get; private set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
        }

        private void Check(DbCommand command)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains("journal_entries", StringComparison.Ordinal))
            {
                Failures++;
                throw new InvalidOperationException("Simulated failure: the disk went away mid-command.");
            }
        }
    }

    private sealed record Snapshot(string Dossier, int Items, int OpenItems, int Journal, int Timers, int PendingTimers, int Outbox, int Ledger, int Joins);

    private static async Task<Snapshot> TakeAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync();
        return new Snapshot($"{dossier.StatusCode}/{dossier.State}/{dossier.Version}/{dossier.DueAt:O}",
            await db.WorkItems.CountAsync(), await db.WorkItems.CountAsync(i => i.Status == Workflow.Engine.Runtime.States.WorkItemStatus.Open),
            await db.Journal.CountAsync(), await db.Timers.CountAsync(), await db.Timers.CountAsync(t => t.Status == Workflow.Engine.Runtime.States.TimerStatus.Pending),
            await db.Outbox.CountAsync(), await db.DeadlineEvents.CountAsync(), await db.Joins.CountAsync());
    }

    [Fact]
    public async Task A_completion_that_fails_while_writing_its_journal_writes_nothing_at_all()
    {
        var fault = new FailAfterJournalInsert();
        await using var h = await EngineHarness.StartAsync(interceptors: fault);
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", new Dictionary<string, object?> { ["floorArea"] = 300, ["floors"] = 9 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var before = await TakeAsync(h);

        fault.Armed = true;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => h.CompleteAsync(d.DossierId, "review", "approve"));
        fault.Armed = false;

        Assert.True(fault.Failures >= 1, "the fault was not triggered: " + error);
        Assert.Equal(before, await TakeAsync(h));

        // The same command succeeds afterwards: nothing half-done stands in its way.
        await h.CompleteAsync(d.DossierId, "review", "approve");
        Assert.Equal(3, (await h.OpenItemsAsync(d.DossierId)).Count);
    }

    [Fact]
    public async Task A_routing_failure_discovered_midway_writes_nothing()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", new Dictionary<string, object?> { ["floorArea"] = 300, ["floors"] = 9 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var before = await TakeAsync(h);

        // An organisation in which the building department does not exist: the third branch of the fork cannot be routed.
        var broken = Workflow.Engine.Workspace.ProceduresWorkspace.Load(await BrokenOrganisationAsync());
        h.Workspace.Current = broken;
        var error = await Assert.ThrowsAsync<Workflow.Engine.Runtime.Errors.WorkflowException>(() => h.CompleteAsync(d.DossierId, "review", "approve"));

        Assert.Equal("routing-failed", error.Code);
        Assert.Equal(before, await TakeAsync(h));
    }

    private static Task<string> BrokenOrganisationAsync()
    {
        var folder = new TemporaryFolder("wf-broken-org");
        var root = folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var path = Path.Combine(root, "organisation", "organisation.json");
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        // Ended after the procedure's version took effect (so the loader accepts it) but before the dossier is routed.
        foreach (var unit in json["units"]!.Where(u => (string?)u["id"] == "so-xay-dung"))
        {
            unit["validTo"] = "2026-01-01";
        }

        File.WriteAllText(path, json.ToString());
        return Task.FromResult(root);
    }
}
