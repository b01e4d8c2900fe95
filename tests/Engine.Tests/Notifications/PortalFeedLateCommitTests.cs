using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflow.Engine.Notifications.Portal;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>
/// The portal feed and a transaction that commits after a later one: its journal rows appear below
/// the highest id a pass has already seen, and must still reach the portal at the next pass.
/// </summary>
public sealed class PortalFeedLateCommitTests
{
    /// <summary>Holds the command run through it just after its journal rows are inserted, before its commit.</summary>
    private sealed class PauseAfterJournalInsert : DbCommandInterceptor
    {
        private static readonly AsyncLocal<PauseAfterJournalInsert?> Paused = new();

        public TaskCompletionSource Inserted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> RunPausedAsync<T>(Func<Task<T>> command) => Task.Run(() =>
        {
            Paused.Value = this;
            return command();
        });

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command);
            return result;
        }

        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command);
            return result;
        }

        private async Task HoldAsync(DbCommand command)
        {
            if (Paused.Value == this && command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal)
                && command.CommandText.Contains("journal_entries", StringComparison.Ordinal) && Inserted.TrySetResult())
            {
                await Resume.Task;
            }
        }
    }

    [PostgresFact]
    public async Task A_dossier_whose_command_commits_after_a_later_one_still_reaches_the_portal()
    {
        var pause = new PauseAfterJournalInsert();
        await using var h = await EngineHarness.StartAsync(interceptors: pause);
        var feed = new PortalFeed(h.Database, h.Workspace, h.Clock);
        await feed.FeedAsync();

        var copy = new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 };
        var late = pause.RunPausedAsync(() => h.ReceiveAtDeskAsync("certified-copy", "x-tan-phu-my", copy));
        await Task.WhenAny(pause.Inserted.Task, late);
        Assert.True(pause.Inserted.Task.IsCompleted, "The first receipt should be held after writing its journal.");
        // Another agency, so the two receipts do not wait on one dossier-code counter.
        var early = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", copy);
        Assert.True(await feed.FeedAsync() > 0);
        pause.Resume.SetResult();
        var lateDossier = await late;
        h.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(await feed.FeedAsync() > 0);

        await using var db = h.Database.Create();
        var portalDossiers = await db.Outbox.AsNoTracking().Where(m => m.RecipientKind == RecipientKind.Portal).Select(m => m.DossierId).Distinct().ToListAsync();
        Assert.Contains(early.DossierId, portalDossiers);
        Assert.Contains(lateDossier.DossierId, portalDossiers);
        Assert.Equal(0, await feed.FeedAsync());
    }
}
