using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using Workflow.Designer.Localization;
using Workflow.Engine.Definitions.Model;
using static Workflow.Designer.Localization.DesignerText;

namespace Workflow.Designer.Diagram;

/// <summary>
/// What a step shows on the diagram besides its name: who does it (role and unit kind, or a fixed
/// unit, by their names in the organisation) and how long it takes for a task; the reason, clock and
/// the citizen's time for a wait; the procedure, receiver and what is awaited for a file step; the join's mode; the number of branches or rules; the end's result.
/// </summary>
public sealed record StepNodeText(string KindLabel, IReadOnlyList<string> Details)
{
    public static StepNodeText Of(FlowNode node, OrganisationChoices? names)
    {
        var details = node.Kind switch
        {
            "task" => TaskDetails(node, names),
            "wait" => WaitDetails(node),
            "file" => FileDetails(node, names),
            "join" => [JoinDetail(node)],
            "parallel" => [Counted(node, LinkSlot.Branch, "nhánh chạy đồng thời", "branch at once", "branches at once")],
            "decision" => [Counted(node, LinkSlot.Rule, "điều kiện trên dữ liệu hồ sơ", "rule on the dossier data", "rules on the dossier data")],
            "end" => [JsonWords.Parse<EndResult>(node.Result) is { } result ? Labels.EndResult(result) : ""],
            _ => [],
        };
        return new StepNodeText(Labels.StepKind(node.Kind), details);
    }

    private static string Counted(FlowNode node, LinkSlot slot, string vietnamese, string englishOne, string englishMany)
    {
        var count = node.Ports.Count(p => p.Source.Slot == slot);
        return T($"{count} {vietnamese}", $"{count} {(count == 1 ? englishOne : englishMany)}");
    }

    private static List<string> TaskDetails(FlowNode node, OrganisationChoices? names)
    {
        var role = node.Role is null ? T("(chưa chọn vai trò)", "(no role)") : names?.RoleName(node.Role) ?? node.Role;
        var unit = node.FixedUnit is not null ? names?.UnitName(node.FixedUnit) ?? node.FixedUnit
            : node.UnitKind is null ? T("(chưa chọn loại đơn vị)", "(no unit kind)")
            : names?.UnitKindName(node.UnitKind) ?? node.UnitKind;
        var duration = Labels.Duration(node.DurationValue, node.DurationUnit);
        return [role, unit, duration.Length == 0 ? T("(chưa có thời gian)", "(no duration)") : duration];
    }

    private static List<string> WaitDetails(FlowNode node)
    {
        var reason = JsonWords.Parse<WaitReason>(node.WaitFor) is { } r ? Labels.WaitReason(r) : "";
        var clock = JsonWords.Parse<ClockEffect>(node.Clock) is { } c ? Labels.Clock(c) : "";
        var duration = Labels.Duration(node.DurationValue, node.DurationUnit);
        return [reason, clock, duration.Length == 0 ? T("Không giới hạn thời gian", "No time limit") : T($"Công dân có {duration}", $"The citizen has {duration}")];
    }

    private static List<string> FileDetails(FlowNode node, OrganisationChoices? names)
    {
        var procedure = node.LinkedProcedure is null ? T("(chưa chọn thủ tục)", "(no procedure)") : names?.Procedure(node.LinkedProcedure)?.Name ?? node.LinkedProcedure;
        var unit = node.FixedUnit is not null ? names?.UnitName(node.FixedUnit) ?? node.FixedUnit
            : node.UnitKind is null ? T("(chưa chọn nơi tiếp nhận)", "(no receiver)")
            : names?.UnitKindName(node.UnitKind) ?? node.UnitKind;
        return [procedure, T($"Gửi đến: {unit}", $"Sent to: {unit}"), Labels.Await(JsonWords.Parse<ChildAwait>(node.Await) ?? ChildAwait.None)];
    }

    private static string JoinDetail(FlowNode node) => node.JoinMode switch
    {
        "count" => T($"Tiếp tục khi đủ {node.JoinCount} nhánh", $"Continues after {node.JoinCount} branches"),
        "any" => T("Tiếp tục khi nhánh đầu tiên xong", "Continues after the first branch"),
        _ => T("Tiếp tục khi đủ tất cả các nhánh", "Continues after all branches"),
    };
}
