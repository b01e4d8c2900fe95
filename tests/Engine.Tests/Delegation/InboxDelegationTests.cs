using Workflow.Engine.Delegation;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Queries.Inbox;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Delegation;

/// <summary>
/// An officer's inbox delegated to a colleague of the same unit for a period: the colleague sees and
/// acts on the officer's tasks only within the period, each action journaled naming both; the period is
/// checked by date, so the delegation starts and stops by itself.
/// </summary>
public class InboxDelegationTests
{
    private const string Unit = "p-hoa-an";
    private static readonly Actor Away = EngineHarness.Officer(Unit, "civil-status-officer");
    private static readonly Actor Colleague = EngineHarness.Officer(Unit, "desk-officer");

    private static async Task<Guid> ClaimedCheckAsync(EngineHarness h)
    {
        var d = await h.ReceiveAtDeskAsync("certified-copy", Unit, new Dictionary<string, object?> { ["pages"] = 3, ["copies"] = 2 });
        await h.Engine.ClaimAsync((await h.SingleOpenTaskAsync(d.DossierId, "check")).Id, Away);
        return d.DossierId;
    }

    private static async Task<IReadOnlyList<InboxItem>> InboxOfColleagueAsync(EngineHarness h) =>
        (await new InboxQuery(h.Database, h.Workspace, h.Clock, new EngineOptions()).ListAsync(Colleague.Id, new InboxFilter())).Items;

    [Fact]
    public async Task The_colleague_sees_and_completes_the_officers_tasks_only_within_the_period_and_the_journal_names_both()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var first = await ClaimedCheckAsync(h);
        var second = await ClaimedCheckAsync(h);
        var delegation = await new InboxDelegations(h.Database, h.Clock)
            .CreateAsync(Unit, Away.Id, Colleague.Id, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 5), Away);
        var task = await h.SingleOpenTaskAsync(first, "check");

        Assert.DoesNotContain(await InboxOfColleagueAsync(h), i => i.DossierId == first);
        Assert.Equal("held-by-another", (await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve", null), Colleague))).Code);

        h.SetLocal(2026, 3, 3, 7, 30);
        var seen = (await InboxOfColleagueAsync(h)).Single(i => i.DossierId == first);
        Assert.Equal((Away.Id, Away.Name), (seen.AssigneeId, seen.OnBehalfOfName));
        await h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve", null), Colleague);

        var journal = await h.JournalAsync(first);
        var completed = journal.Single(j => j.Command == JournalKinds.Complete && j.WorkItemId == task.Id);
        var actingFor = journal.Single(j => j.Command == JournalKinds.ActingFor);
        Assert.Equal((Colleague.Id, completed.Sequence - 1, task.Id), (actingFor.ActorId, actingFor.Sequence, actingFor.WorkItemId));
        Assert.Equal(new ActingForDetail(delegation.Id, Away.Id, Away.Name, new DateOnly(2026, 3, 5)), actingFor.DetailAs<ActingForDetail>());
        Assert.Equal((Colleague.Id, "civil-status-officer"), (completed.ActorId, completed.ActorRole));

        h.SetLocal(2026, 3, 6, 7, 30);
        Assert.DoesNotContain(await InboxOfColleagueAsync(h), i => i.DossierId == second);
        var secondTask = await h.SingleOpenTaskAsync(second, "check");
        var after = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(secondTask.Id, "approve", null), Colleague));
        Assert.Equal("held-by-another", after.Code);
    }

    [Fact]
    public async Task A_delegation_to_someone_outside_the_unit_or_starting_in_the_past_is_refused_naming_the_field()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var delegations = new InboxDelegations(h.Database, h.Clock);

        var outsider = await Assert.ThrowsAsync<WorkflowException>(() => delegations.CreateAsync(Unit, Away.Id, EngineHarness.Officer("x-tan-phu-my", "desk-officer").Id,
            new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 5), Away));
        var past = await Assert.ThrowsAsync<WorkflowException>(() => delegations.CreateAsync(Unit, Away.Id, Colleague.Id, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5), Away));
        var notHead = await Assert.ThrowsAsync<WorkflowException>(() => delegations.CreateAsync(Unit, Away.Id, Colleague.Id, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 5), Colleague));

        Assert.Equal(("officer-of-another-unit", "toOfficerId"), (outsider.Code, outsider.Field));
        Assert.Contains("chỉ ủy quyền cho đồng nghiệp cùng đơn vị", outsider.Message);
        Assert.Equal(("period-started", "firstDay"), (past.Code, past.Field));
        Assert.Equal(WorkflowErrorKind.Forbidden, notHead.Kind);
    }
}
