using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Persistence;

/// <summary>
/// On SQLite, commands queued behind each other share one transaction and one commit: a command
/// that fails inside such a group undoes only its own writes, and none is acknowledged before the commit.
/// </summary>
public class SqliteWriteGroupTests
{
    private static OfficerRecord Officer(string id) => new() { Id = id, UserName = id, DisplayName = id.ToUpperInvariant() };

    private static async Task<List<string>> CommittedOfficersAsync(WorkflowDbContextFactory factory)
    {
        await using var db = factory.Create();
        return await db.Officers.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
    }

    [Fact]
    public async Task A_command_failing_in_a_group_leaves_the_others_committed_and_nothing_of_its_own()
    {
        using var folder = new TemporaryFolder();
        var factory = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(Path.Combine(folder.Path, "group.db")));
        await factory.MigrateAsync();
        try
        {
            // A command with nobody queued behind it writes alone; two queue behind it meanwhile.
            var holder = await factory.BeginCommandAsync(CancellationToken.None);
            holder.Db.Officers.Add(Officer("h"));
            var queuedFirst = factory.BeginCommandAsync(CancellationToken.None);
            var queuedSecond = factory.BeginCommandAsync(CancellationToken.None);
            await holder.CommitAsync(CancellationToken.None);
            await holder.DisposeAsync();

            // The first of them opens a group, since another is queued, and leaves it open for it.
            var first = await queuedFirst;
            first.Db.Officers.Add(Officer("a"));
            var firstCommitted = first.CommitAsync(CancellationToken.None);
            await using (var second = await queuedSecond)
            {
                Assert.False(firstCommitted.IsCompleted, "the first command was acknowledged before its group committed");
                Assert.Equal(["h"], await CommittedOfficersAsync(factory));

                // The second command sees the first's row, writes one of its own, then fails.
                Assert.True(await second.Db.Officers.AnyAsync(o => o.Id == "a"));
                second.Db.Officers.Add(Officer("b"));
                await second.Db.SaveChangesAsync();
                second.Db.Officers.Add(Officer("a"));
                await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.CommitAsync(CancellationToken.None));
            }

            await firstCommitted.WaitAsync(TimeSpan.FromSeconds(10));
            await first.DisposeAsync();
            Assert.Equal(["a", "h"], await CommittedOfficersAsync(factory));

            // The lane is free and whole again: a third command commits on its own.
            await using (var third = await factory.BeginCommandAsync(CancellationToken.None))
            {
                third.Db.Officers.Add(Officer("c"));
                await third.CommitAsync(CancellationToken.None);
            }

            Assert.Equal(["a", "c", "h"], await CommittedOfficersAsync(factory));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Fails the journal insert of one dossier's command, after that command's other rows are written.</summary>
    private sealed class FailJournalOf : DbCommandInterceptor
    {
        public string? DossierId { get; set; }

        public int Failures { get; private set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (DossierId is { } id && command.CommandText.Contains("INSERT INTO \"journal_entries\"", StringComparison.Ordinal)
                && command.Parameters.Cast<DbParameter>().Any(p => string.Equals(p.Value?.ToString(), id, StringComparison.OrdinalIgnoreCase)))
            {
                Failures++;
                throw new InvalidOperationException("Simulated failure in one command of a group.");
            }

            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task Concurrent_completions_with_one_failing_commit_all_the_others_and_nothing_of_the_failed_one()
    {
        if (TestDatabase.ConfiguredProvider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var fault = new FailJournalOf();
        await using var h = await EngineHarness.StartAsync(interceptors: fault);
        var dossiers = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", new Dictionary<string, object?> { ["floorArea"] = 180, ["floors"] = 3 });
            dossiers.Add(d.DossierId);
        }

        var failing = dossiers[3];
        await using (var db = h.Database.Create())
        {
            Assert.Equal(8, await db.Dossiers.CountAsync());
        }

        var journalBefore = await JournalCountAsync(h, failing);
        fault.DossierId = failing.ToString();
        var outcomes = await Task.WhenAll(dossiers.Select(async id =>
        {
            try
            {
                await h.CompleteAsync(id, "receive", "transfer");
                return (id, ok: true);
            }
            catch (DbUpdateException ex) when (ex.InnerException is InvalidOperationException)
            {
                return (id, ok: false);
            }
        }));
        fault.DossierId = null;

        Assert.Equal(1, fault.Failures);
        Assert.Equal([failing], outcomes.Where(o => !o.ok).Select(o => o.id));
        foreach (var id in dossiers)
        {
            var open = await h.OpenItemsAsync(id);
            Assert.Equal(id == failing ? "receive" : "review", Assert.Single(open).StepId);
        }

        Assert.Equal(journalBefore, await JournalCountAsync(h, failing));
        await h.CompleteAsync(failing, "receive", "transfer");
        Assert.Equal("review", Assert.Single(await h.OpenItemsAsync(failing)).StepId);
    }

    private static async Task<int> JournalCountAsync(EngineHarness h, Guid dossierId)
    {
        await using var db = h.Database.Create();
        return await db.Journal.CountAsync(j => j.DossierId == dossierId);
    }
}
