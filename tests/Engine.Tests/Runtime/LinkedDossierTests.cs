using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// The liên thông group of Decree 63/2024 as shipped: birth registration files permanent-residence
/// registration at the commune police and the under-six health-insurance card at the social insurance
/// office, waits for both, and returns everything on one appointment.
/// </summary>
public class LinkedDossierTests
{
    private static readonly Dictionary<string, object?> GroupData = new()
    {
        ["childName"] = "Trần Minh An",
        ["birthDate"] = "2026-12-01",
        ["linked"] = true,
        ["residenceAddress"] = "Số 12, tổ 3, khu phố 2, xã Tân Phú Mỹ",
        ["healthFacility"] = "Trạm y tế xã Tân Phú Mỹ",
    };

    [Fact]
    public async Task The_birth_registration_group_runs_end_to_end_with_one_appointment()
    {
        // Tuesday 15/12/2026, 08:30: the desk of Tân Phú Mỹ receives the birth registration with the linked request.
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 12, 15, 8, 30));
        var received = await h.ReceiveAtDeskAsync("birth-registration", "x-tan-phu-my", GroupData);

        // The birth registration alone is due today at 17:00; the group's appointment is the residence
        // registration's 7 working days counted from then: 16-18, 21-24 December.
        Assert.Equal(EngineHarness.Local(2026, 12, 24, 17, 0), received.Appointment);
        var parent = await h.DossierAsync(received.DossierId);
        Assert.Equal(2, parent.ProcedureVersion);
        Assert.Equal(EngineHarness.Local(2026, 12, 15, 17, 0).UtcDateTime, parent.DueAt);

        await h.CompleteAsync(received.DossierId, "receive", "transfer");
        await h.CompleteAsync(received.DossierId, "verify", "approve");
        h.SetLocal(2026, 12, 15, 10, 0);
        await h.CompleteAsync(received.DossierId, "sign", "sign");

        // Two children, each with its own code at its own unit, its own clock and ledger.
        var links = await LinksAsync(h, received.DossierId);
        Assert.Equal(2, links.Count);
        var residence = await ChildAsync(h, links, "permanent-residence-registration");
        var insurance = await ChildAsync(h, links, "child-health-insurance-card");
        Assert.Equal("ca-x-tan-phu-my", residence.ReceivingUnitId);
        Assert.Equal("bhxh-hoa-an", insurance.ReceivingUnitId);
        Assert.Equal("G03.55.02-261215-0001", residence.Code);
        Assert.Equal("G14.55.01-261215-0001", insurance.Code);
        Assert.Equal(EngineHarness.Local(2026, 12, 24, 17, 0).UtcDateTime, residence.DueAt);
        Assert.Equal(EngineHarness.Local(2026, 12, 22, 17, 0).UtcDateTime, insurance.DueAt);
        Assert.Equal(residence.ApplicantName, parent.ApplicantName);
        Assert.Contains("\"residenceAddress\":\"Số 12", residence.DataJson);
        Assert.DoesNotContain("healthFacility", residence.DataJson);
        Assert.All(links, l => Assert.Equal(ChildAwait.Ended, l.Await));
        await using (var db = h.Database.Create())
        {
            Assert.True(await db.DeadlineEvents.AnyAsync(e => e.DossierId == residence.Id && e.WorkItemId == null));
            Assert.True(await db.DeadlineEvents.AnyAsync(e => e.DossierId == insurance.Id && e.WorkItemId == null));
        }

        var childJournal = await h.JournalAsync(residence.Id);
        Assert.Equal([JournalKinds.FiledByParent, JournalKinds.Accept, JournalKinds.TaskCreated], childJournal.Select(j => j.Command));
        Assert.Equal(("x-tan-phu-my", "ca-x-tan-phu-my"), (childJournal[0].HandoffFromUnitId, childJournal[0].HandoffToUnitId));
        Assert.Equal(received.DossierId, childJournal[0].DetailAs<FiledByParentDetail>()!.Parent);
        Assert.Equal("ca-x-tan-phu-my", (await h.SingleOpenTaskAsync(residence.Id, "review")).UnitId);

        // The parent waits for both, processing (status 4); its own clock stands still meanwhile.
        var filed = (await h.JournalAsync(received.DossierId)).Where(j => j.Command == JournalKinds.ChildFiled).ToList();
        Assert.Equal(2, filed.Count);
        Assert.Contains(filed, j => j is { HandoffFromUnitId: "x-tan-phu-my", HandoffToUnitId: "ca-x-tan-phu-my" } && j.DetailAs<ChildFiledDetail>()!.ChildCode == residence.Code);
        parent = await h.DossierAsync(received.DossierId);
        Assert.Equal(4, parent.StatusCode);
        Assert.Null(parent.DueAt);
        Assert.Equal(EngineHarness.Local(2026, 12, 24, 17, 0).UtcDateTime, parent.AppointmentAt);
        Assert.Equal(2, (await h.OpenItemsAsync(received.DossierId)).Count(i => i.Kind == WorkItemKind.Linked));

        // The card is issued first: the parent hears of it and keeps waiting for the residence.
        h.SetLocal(2026, 12, 17, 9, 0);
        await h.CompleteAsync(insurance.Id, "issue", "approve");
        await h.CompleteAsync(insurance.Id, "approve", "approve");
        Assert.Equal(DossierState.Returned, (await h.DossierAsync(insurance.Id)).State);
        var parentJournal = await h.JournalAsync(received.DossierId);
        var ended = Assert.Single(parentJournal, j => j.Command == JournalKinds.ChildEnded);
        Assert.Equal(("bhxh-hoa-an", "x-tan-phu-my"), (ended.HandoffFromUnitId, ended.HandoffToUnitId));
        Assert.Equal("linked-done", ended.DetailAs<ChildEndedDetail>()!.Next);
        Assert.Equal(4, (await h.DossierAsync(received.DossierId)).StatusCode);
        Assert.Single(await h.OpenItemsAsync(received.DossierId), i => i.Kind == WorkItemKind.Linked);

        // The residence is registered: the parent goes on to return the whole group's results.
        h.SetLocal(2026, 12, 22, 9, 0);
        await h.CompleteAsync(residence.Id, "review", "approve");
        await h.CompleteAsync(residence.Id, "approve", "approve");
        parent = await h.DossierAsync(received.DossierId);
        Assert.Equal(9, parent.StatusCode);
        Assert.NotNull(parent.DueAt);
        var returnTask = await h.SingleOpenTaskAsync(received.DossierId, "return");
        Assert.Equal("x-tan-phu-my", returnTask.UnitId);
        parentJournal = await h.JournalAsync(received.DossierId);
        Assert.Equal(2, parentJournal.Count(j => j.Command == JournalKinds.ChildEnded));
        Assert.Contains(parentJournal, j => j.Command == JournalKinds.BranchArrived);

        // The trace reads the group both ways, each dossier with its own status (the parent's roll-up).
        var query = new LinkedDossierQuery(h.Database);
        var group = (await query.FindAsync(received.DossierId))!;
        Assert.Null(group.Parent);
        Assert.Equal([(residence.Code, 10), (insurance.Code, 10)], group.Children.Select(c => (c.Code, c.StatusCode)).OrderBy(c => c.Code == insurance.Code));
        var upward = (await query.FindAsync(insurance.Id))!;
        Assert.Equal((received.DossierId, "file-insurance"), (upward.Parent!.DossierId, upward.Parent.StepId));
        Assert.Empty(upward.Children);

        var done = await h.CompleteAsync(received.DossierId, "return", "returned");
        Assert.Equal(10, done.StatusCode);
        Assert.All(await LinksAsync(h, received.DossierId), l => Assert.Equal(DossierState.Returned, l.ChildEndState));
    }

    [Fact]
    public async Task Without_the_linked_request_birth_registration_files_nothing_and_keeps_its_same_day_appointment()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 12, 15, 8, 30));
        var received = await h.ReceiveAtDeskAsync("birth-registration", "x-tan-phu-my",
            new Dictionary<string, object?> { ["childName"] = "Trần Minh An", ["birthDate"] = "2026-12-01" });

        Assert.Equal(EngineHarness.Local(2026, 12, 15, 17, 0), received.Appointment);
        await h.CompleteAsync(received.DossierId, "receive", "transfer");
        await h.CompleteAsync(received.DossierId, "verify", "approve");
        await h.CompleteAsync(received.DossierId, "sign", "sign");
        await h.CompleteAsync(received.DossierId, "return", "returned");

        Assert.Empty(await LinksAsync(h, received.DossierId));
        Assert.Equal(10, (await h.DossierAsync(received.DossierId)).StatusCode);
    }

    [Fact]
    public async Task A_refused_child_still_ends_the_wait_and_the_parent_records_the_refusal()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 12, 15, 8, 30));
        var received = await h.ReceiveAtDeskAsync("birth-registration", "x-tan-phu-my", GroupData);
        await h.CompleteAsync(received.DossierId, "receive", "transfer");
        await h.CompleteAsync(received.DossierId, "verify", "approve");
        await h.CompleteAsync(received.DossierId, "sign", "sign");
        var links = await LinksAsync(h, received.DossierId);
        var residence = await ChildAsync(h, links, "permanent-residence-registration");
        var insurance = await ChildAsync(h, links, "child-health-insurance-card");

        await h.CompleteAsync(residence.Id, "review", "refuse", "Địa chỉ không có trong Cơ sở dữ liệu về cư trú.");
        await h.CompleteAsync(insurance.Id, "issue", "approve");
        await h.CompleteAsync(insurance.Id, "approve", "approve");

        var ended = (await h.JournalAsync(received.DossierId)).Where(j => j.Command == JournalKinds.ChildEnded).Select(j => j.DetailAs<ChildEndedDetail>()!).ToList();
        Assert.Contains(ended, d => d.ChildCode == residence.Code && d.State == DossierState.Rejected && d.Result == EndResult.Refused);
        Assert.Equal(9, (await h.DossierAsync(received.DossierId)).StatusCode);
    }

    private static async Task<List<DossierLinkRecord>> LinksAsync(EngineHarness h, Guid parentId)
    {
        await using var db = h.Database.Create();
        return await db.DossierLinks.AsNoTracking().Where(l => l.ParentDossierId == parentId).ToListAsync();
    }

    private static async Task<DossierRecord> ChildAsync(EngineHarness h, IEnumerable<DossierLinkRecord> links, string procedureId)
    {
        await using var db = h.Database.Create();
        var ids = links.Select(l => l.ChildDossierId).ToList();
        return await db.Dossiers.AsNoTracking().SingleAsync(d => ids.Contains(d.Id) && d.ProcedureId == procedureId);
    }
}
