using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Validation;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// What a procedure new to the folder gets besides its public facts, so that its draft v1 is valid: the receiving
/// unit kind its level implies, desk-only channels, and a three-step process (receive, handle, return) that fits the
/// statutory time — a stand-in, said so in the description, until the approved internal process is imported.
/// </summary>
public static class NewProcedureSkeleton
{
    public const string Description = "Nhập từ bảng thông tin công khai của thủ tục. Quy trình nội bộ là khung tạm (tiếp nhận, xử lý, trả kết quả), cần thay bằng quy trình nội bộ đã được phê duyệt.";

    public static void Complete(JObject definition, IUnitKindCatalog? organisation)
    {
        var kind = (string?)definition["receivingUnitKind"] is { Length: > 0 } given ? given : (string?)definition["level"] switch
        {
            "province" => "service-center",
            "district" => "district",
            _ => "commune",
        };
        definition["receivingUnitKind"] = kind;
        definition["description"] ??= Description;
        definition["fees"] ??= new JArray();
        definition["documents"] ??= new JArray();
        definition["results"] ??= new JArray();
        definition["onlineMode"] ??= "none";
        definition["channels"] = new JArray("desk");
        var roles = organisation?.RolesOf(kind) ?? [];
        var desk = roles.Contains("desk-officer") ? "desk-officer" : roles.FirstOrDefault() ?? "desk-officer";
        var handler = roles.FirstOrDefault(r => r is "specialist") ?? roles.FirstOrDefault(r => r != desk) ?? desk;
        var handling = HandlingTime(definition["statutoryTime"] as JObject);
        definition["process"] = new JObject
        {
            ["start"] = "tiep-nhan",
            ["steps"] = new JArray(
                Task("tiep-nhan", "Tiếp nhận, kiểm tra hồ sơ", "intake", desk, kind, Hours(0.5m), "xu-ly"),
                Task("xu-ly", "Xử lý hồ sơ và trình ký kết quả", null, handler, kind, handling, "tra-ket-qua"),
                Task("tra-ket-qua", "Trả kết quả", "return", desk, kind, Hours(0.5m), "da-tra-ket-qua"),
                new JObject { ["id"] = "da-tra-ket-qua", ["name"] = "Đã trả kết quả", ["kind"] = "end", ["result"] = "issued" }),
        };
    }

    /// <summary>The statutory time less the hour the desk takes, in the statutory time's own unit where it has one.</summary>
    private static JObject HandlingTime(JObject? statutory)
    {
        var value = (decimal?)statutory?["value"] ?? 0;
        return (string?)statutory?["unit"] switch
        {
            "working-days" when value >= 1 => new JObject { ["value"] = DurationCell.Number(value - 0.25m), ["unit"] = "working-days" },
            "calendar-days" when value >= 3 => new JObject { ["value"] = DurationCell.Number(Math.Floor(value * 5 / 7) - 0.25m), ["unit"] = "working-days" },
            "working-hours" when value > 1.5m => Hours(value - 1.5m),
            _ => Hours(1),
        };
    }

    private static JObject Hours(decimal value) => new() { ["value"] = DurationCell.Number(value), ["unit"] = "working-hours" };

    private static JObject Task(string id, string name, string? phase, string role, string kind, JObject duration, string next)
    {
        var step = new JObject { ["id"] = id, ["name"] = name, ["kind"] = "task" };
        if (phase is not null)
        {
            step["phase"] = phase;
        }

        step["assignee"] = new JObject { ["role"] = role, ["unitKind"] = kind };
        step["duration"] = duration;
        step["outcomes"] = new JArray(new JObject { ["id"] = "chuyen-tiep", ["name"] = "Chuyển bước tiếp theo", ["kind"] = next == "da-tra-ket-qua" ? "approve" : "forward", ["to"] = next });
        return step;
    }
}
