using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Two officers acting at the same moment: exactly one wins, the other is told who won.</summary>
public partial class ConcurrencyTests
{
    [Fact]
    public async Task Two_officers_completing_the_same_task_at_once_produce_one_step_and_one_clear_refusal()
    {
        await using var h = await EngineHarness.StartAsync();
        for (var round = 0; round < 10; round++)
        {
            var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
            var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
            var first = EngineHarness.Officer("p-hoa-an", "civil-status-officer");
            var second = EngineHarness.SecondOfficer("p-hoa-an", "civil-status-officer");
            using var start = new ManualResetEventSlim();

            Task<CommandResult> Complete(Workflow.Engine.Runtime.Actor officer) => Task.Run(async () =>
            {
                start.Wait();
                return await h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), officer);
            });

            var attempts = new[] { Complete(first), Complete(second) };
            start.Set();
            var outcomes = await Task.WhenAll(attempts.Select(async t =>
            {
                try
                {
                    return (Result: await t, Error: (WorkflowException?)null);
                }
                catch (WorkflowException ex)
                {
                    return (Result: (CommandResult?)null, Error: ex);
                }
            }));

            Assert.Single(outcomes, o => o.Result is not null);
            var refusal = Assert.Single(outcomes, o => o.Error is not null).Error!;
            Assert.Equal(WorkflowErrorKind.Conflict, refusal.Kind);
            var winner = outcomes.Single(o => o.Result is not null);
            var journal = await h.JournalAsync(d.DossierId);
            var completion = Assert.Single(journal, j => j.Command == "complete");
            Assert.Contains(completion.ActorName!, refusal.Message);
            Assert.Single(await h.OpenItemsAsync(d.DossierId));
            Assert.Equal("sign", (await h.OpenItemsAsync(d.DossierId))[0].StepId);
            _ = winner;
        }
    }

    [Fact]
    public async Task A_command_based_on_a_stale_version_is_refused_with_who_changed_the_dossier()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
        var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
        var seen = (await h.DossierAsync(d.DossierId)).Version;
        await h.Engine.ClaimAsync(task.Id, EngineHarness.Officer("p-hoa-an", "civil-status-officer"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve", ExpectedVersion: seen), EngineHarness.Officer("p-hoa-an", "civil-status-officer")));
        Assert.Equal(EngineHarness.Officer("p-hoa-an", "civil-status-officer").Name, error.WinnerName);
        Assert.Contains("claim", error.Message);
    }

    [Fact]
    public async Task A_claim_repeated_by_the_officer_who_holds_the_task_changes_nothing()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
        var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
        var officer = EngineHarness.Officer("p-hoa-an", "civil-status-officer");
        await h.Engine.ClaimAsync(task.Id, officer);
        var claimedAt = (await h.SingleOpenTaskAsync(d.DossierId, "check")).ClaimedAt;

        // The client did not get the first answer (the node died after the commit) and sends the claim again, later.
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        await h.Engine.ClaimAsync(task.Id, officer);

        Assert.Equal(claimedAt, (await h.SingleOpenTaskAsync(d.DossierId, "check")).ClaimedAt);
        Assert.Single(await h.JournalAsync(d.DossierId), j => j.Command == "claim");
    }

    [Fact]
    public async Task Two_agencies_answering_a_consultation_at_the_same_moment_both_count()
    {
        var pause = new PauseAfterFirstLoad();
        await using var h = await EngineHarness.StartAsync(interceptors: pause);
        var d = await ConsultationAsync(h);
        var land = await h.SingleOpenTaskAsync(d, "consult-land");
        var construction = await h.SingleOpenTaskAsync(d, "consult-construction");

        // The land registry's answer reads the dossier, then the construction department's is saved before it can be.
        var first = pause.RunPausedAsync(() => h.Engine.CompleteAsync(new CompleteTask(land.Id, "opinion"), EngineHarness.Officer(land.UnitId!, land.Role!)));
        await pause.Loaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = h.Engine.CompleteAsync(new CompleteTask(construction.Id, "opinion"), EngineHarness.Officer(construction.UnitId!, construction.Role!));
        // On SQLite the second saves at once. On PostgreSQL it waits for the first's row lock, so the
        // first goes on after a while and the second then reads the journal's head from before its wait.
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(1)));
        pause.Resume.SetResult();
        await Task.WhenAll(first, second);

        var journal = await h.JournalAsync(d);
        Assert.Equal(2, journal.Count(j => j.Command == "complete" && j.StepId is "consult-land" or "consult-construction"));
        Assert.Single(journal, j => j.Command == "branch-closed");
        Assert.Equal("head-review", Assert.Single(await h.OpenItemsAsync(d)).StepId);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.True((await new JournalVerifier(h.Database).VerifyAsync()).IsIntact);
        if (h.Provider == DatabaseProvider.Sqlite)
        {
            // The first read before SQLite's one writer was free, lost the race, and was run again on the winner's state.
            Assert.Equal(2, pause.Loads);
        }
    }

    [Fact]
    public async Task A_command_pinned_to_the_version_it_saw_is_refused_when_another_saves_first()
    {
        var pause = new PauseAfterFirstLoad();
        await using var h = await EngineHarness.StartAsync(interceptors: pause);
        var d = await ConsultationAsync(h);
        var land = await h.SingleOpenTaskAsync(d, "consult-land");
        var construction = await h.SingleOpenTaskAsync(d, "consult-construction");
        var seen = (await h.DossierAsync(d)).Version;

        // The land registry's answer is held between its read and its save. On SQLite, where commands
        // read before they lock, the construction department's answer saves meanwhile and the held one
        // loses; on PostgreSQL the held one has the dossier's row lock, and the other, waiting for it, loses.
        // Either way the loser was pinned to the version it saw, so it is refused, not run again.
        var sqlite = h.Provider == DatabaseProvider.Sqlite;
        Task<CommandResult> Complete(Workflow.Engine.Persistence.Entities.WorkItemRecord task, bool pinned) =>
            h.Engine.CompleteAsync(new CompleteTask(task.Id, "opinion", ExpectedVersion: pinned ? seen : null), EngineHarness.Officer(task.UnitId!, task.Role!));
        var held = pause.RunPausedAsync(() => Complete(land, pinned: sqlite));
        await pause.Loaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var other = Complete(construction, pinned: !sqlite);
        await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(1)));
        pause.Resume.SetResult();

        var (losing, winning, lost, won) = sqlite ? (held, other, land, construction) : (other, held, construction, land);
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => losing);
        await winning;
        Assert.Equal(EngineHarness.Officer(won.UnitId!, won.Role!).Name, error.WinnerName);
        var journal = await h.JournalAsync(d);
        Assert.DoesNotContain(journal, j => j.StepId == lost.StepId && j.Command == "complete");
        Assert.Single(journal, j => j.StepId == won.StepId && j.Command == "complete");
    }

    /// <summary>A building permit in a heritage zone, standing at its three-way consultation.</summary>
    private static async Task<Guid> ConsultationAsync(EngineHarness h)
    {
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my",
            new Dictionary<string, object?> { ["floorArea"] = 320, ["floors"] = 4, ["heritageZone"] = true });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "review", "approve");
        return d.DossierId;
    }

    /// <summary>Holds one command just after it has read its dossier, until told to go on; counts its reads of the dossier.</summary>
    private sealed partial class PauseAfterFirstLoad : DbCommandInterceptor
    {
        private static readonly AsyncLocal<PauseAfterFirstLoad?> Paused = new();
        private int _loads;

        public TaskCompletionSource Loaded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Loads => Volatile.Read(ref _loads);

        public Task<T> RunPausedAsync<T>(Func<Task<T>> command) => Task.Run(() =>
        {
            Paused.Value = this;
            return command();
        });

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Paused.Value == this && ReadsDossiers().IsMatch(command.CommandText) && Interlocked.Increment(ref _loads) == 1)
            {
                Loaded.SetResult();
                await Resume.Task;
            }

            return result;
        }

        /// <summary>The statement that reads a command's dossier row (on PostgreSQL, the locking statement EF Core wraps).</summary>
        [System.Text.RegularExpressions.GeneratedRegex("FROM \"?dossiers\"?( AS| WHERE)")]
        private static partial System.Text.RegularExpressions.Regex ReadsDossiers();
    }
}
