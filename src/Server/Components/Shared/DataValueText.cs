using System.Globalization;
using System.Text.Json;
using Workflow.Engine.Definitions.Model;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>A value of a dossier's data as a reader expects it: yes/no, dates day first, numbers with separators.</summary>
public static class DataValueText
{
    public static string Of(JsonElement value, DataFieldType? type) => value.ValueKind switch
    {
        JsonValueKind.True => T("Có", "Yes"),
        JsonValueKind.False => T("Không", "No"),
        JsonValueKind.Number => value.GetDecimal().ToString("#,##0.##", IsEnglish ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("vi-VN")),
        JsonValueKind.String when type == DataFieldType.Date && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Day(date),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        _ => value.GetRawText(),
    };
}
