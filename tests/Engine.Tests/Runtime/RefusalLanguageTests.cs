using Workflow.Engine.Localization;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A refusal carries its sentence in each language whole, whatever the names written into it.</summary>
public class RefusalLanguageTests
{
    [Fact]
    public async Task A_refusal_naming_an_officer_whose_name_holds_a_slash_reads_whole_in_each_language()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", new Dictionary<string, object?> { ["floorArea"] = 180, ["floors"] = 3 });
        var task = Assert.Single(await h.OpenItemsAsync(d.DossierId));
        // Not a member of the task's unit; " / " is where the two languages used to be told apart.
        var stranger = new Actor("stranger@elsewhere", "Lê Thị C / Văn phòng");

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "transfer"), stranger));

        Assert.Equal("not-a-member", refused.Code);
        Assert.StartsWith("Lê Thị C / Văn phòng không giữ vai trò", refused.MessageIn(Text.Vietnamese), StringComparison.Ordinal);
        Assert.StartsWith("Lê Thị C / Văn phòng holds no role", refused.MessageIn(Text.English), StringComparison.Ordinal);
        Assert.DoesNotContain("không giữ", refused.MessageIn(Text.English), StringComparison.Ordinal);
    }
}
