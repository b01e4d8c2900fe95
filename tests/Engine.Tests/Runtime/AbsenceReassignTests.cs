using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A head moves all open tasks of an absent officer of the unit in one action.</summary>
public class AbsenceReassignTests
{
    private const string Unit = "p-hoa-an";
    private static readonly Actor Absent = EngineHarness.Officer(Unit, "civil-status-officer");
    private static readonly Actor Colleague = EngineHarness.SecondOfficer(Unit, "civil-status-officer");
    private static readonly Actor Head = EngineHarness.Officer(Unit, "leader");

    private static async Task<Guid> ClaimedCheckAsync(EngineHarness h, Actor holder)
    {
        var d = await h.ReceiveAtDeskAsync("certified-copy", Unit, new Dictionary<string, object?> { ["pages"] = 3, ["copies"] = 2 });
        var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
        await h.Engine.ClaimAsync(task.Id, holder);
        return d.DossierId;
    }

    [Fact]
    public async Task Every_open_task_of_the_absent_officer_moves_to_the_colleague_and_the_journal_names_both()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var absentDossiers = new[] { await ClaimedCheckAsync(h, Absent), await ClaimedCheckAsync(h, Absent), await ClaimedCheckAsync(h, Absent) };
        var othersDossier = await ClaimedCheckAsync(h, Colleague);
        var othersJournal = (await h.JournalAsync(othersDossier)).Count;

        var result = await h.Engine.ReassignAbsentAsync(Unit, Absent.Id, Colleague.Id, Head);

        Assert.Equal((3, 0, 0), (result.ToColleague, result.ToInbox, result.Failed.Count));
        foreach (var dossier in absentDossiers)
        {
            var task = await h.SingleOpenTaskAsync(dossier, "check");
            Assert.Equal((Colleague.Id, Colleague.Name), (task.AssigneeId, task.AssigneeName));
            var entry = (await h.JournalAsync(dossier))[^1];
            Assert.Equal((JournalKinds.AbsenceReassign, Head.Id, "leader"), (entry.Command, entry.ActorId, entry.ActorRole));
            Assert.Equal(new AbsenceReassignDetail(Absent.Id, Absent.Name, Colleague.Id, Colleague.Name), entry.DetailAs<AbsenceReassignDetail>());
        }

        Assert.Equal(Colleague.Id, (await h.SingleOpenTaskAsync(othersDossier, "check")).AssigneeId);
        Assert.Equal(othersJournal, (await h.JournalAsync(othersDossier)).Count);
    }

    [Fact]
    public async Task Without_a_colleague_the_tasks_return_to_the_units_inbox()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var dossier = await ClaimedCheckAsync(h, Absent);

        var result = await h.Engine.ReassignAbsentAsync(Unit, Absent.Id, null, Head);

        Assert.Equal((0, 1), (result.ToColleague, result.ToInbox));
        Assert.Null((await h.SingleOpenTaskAsync(dossier, "check")).AssigneeId);
        Assert.Equal(new AbsenceReassignDetail(Absent.Id, Absent.Name, null, null), (await h.JournalAsync(dossier))[^1].DetailAs<AbsenceReassignDetail>());
    }

    [Fact]
    public async Task Another_units_head_and_wrong_officers_are_refused_and_nothing_moves()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var dossier = await ClaimedCheckAsync(h, Absent);

        var otherHead = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ReassignAbsentAsync(Unit, Absent.Id, Colleague.Id, EngineHarness.Officer("x-tan-phu-my", "leader")));
        Assert.Equal(WorkflowErrorKind.Forbidden, otherHead.Kind);
        var unknown = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ReassignAbsentAsync(Unit, "nobody", Colleague.Id, Head));
        Assert.Equal(("officer-not-found", "officerId"), (unknown.Code, unknown.Field));
        var foreign = await Assert.ThrowsAsync<WorkflowException>(() =>
            h.Engine.ReassignAbsentAsync(Unit, Absent.Id, EngineHarness.Officer("x-tan-phu-my", "civil-status-officer").Id, Head));
        Assert.Equal(("officer-of-another-unit", "toOfficerId"), (foreign.Code, foreign.Field));
        var same = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ReassignAbsentAsync(Unit, Absent.Id, Absent.Id, Head));
        Assert.Equal(("same-officer", "toOfficerId"), (same.Code, same.Field));

        Assert.Equal(Absent.Id, (await h.SingleOpenTaskAsync(dossier, "check")).AssigneeId);
        Assert.DoesNotContain(await h.JournalAsync(dossier), j => j.Command == JournalKinds.AbsenceReassign);
    }
}
