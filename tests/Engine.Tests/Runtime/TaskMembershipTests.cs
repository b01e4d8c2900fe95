using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A task command reads the officer's membership with the dossier; only a membership valid today counts.</summary>
public class TaskMembershipTests
{
    [Theory]
    [InlineData(-30, 0)]
    [InlineData(1, null)]
    public async Task A_membership_not_valid_today_does_not_let_an_officer_complete_a_task(int fromDays, int? toDays)
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", new Dictionary<string, object?> { ["floorArea"] = 180, ["floors"] = 3 });
        var task = Assert.Single(await h.OpenItemsAsync(d.DossierId));
        var officer = EngineHarness.Officer(task.UnitId!, task.Role!);
        var today = VietnamTime.LocalDate(h.Clock.GetUtcNow());
        await using (var db = h.Database.Create())
        {
            await db.Memberships.Where(m => m.OfficerId == officer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ValidFrom, today.AddDays(fromDays)).SetProperty(m => m.ValidTo, toDays is { } to ? today.AddDays(to) : null));
        }

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "transfer"), officer));
        Assert.Equal((WorkflowErrorKind.Forbidden, "not-a-member"), (refused.Kind, refused.Code));

        // Valid from today on, the same officer may.
        await using (var db = h.Database.Create())
        {
            await db.Memberships.Where(m => m.OfficerId == officer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ValidFrom, today).SetProperty(m => m.ValidTo, (DateOnly?)null));
        }

        await h.Engine.CompleteAsync(new CompleteTask(task.Id, "transfer"), officer);
    }
}
