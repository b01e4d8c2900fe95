using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendars;

namespace Workflow.Server.Components.Administration;

/// <summary>
/// One line of <c>procedures/calendars/changes.log</c>: who changed which year, when, what, and how
/// many open dossiers' due instants moved. Written as one JSON object per line so the file reviews
/// well in git; read back into records so the page can say it in the reader's language.
/// </summary>
public sealed record CalendarChange(DateTimeOffset? At, string By, int Year, IReadOnlyList<CalendarChangeItem> Items, int MovedDueDates)
{
    public JsonObject ToJson(string userId) => new()
    {
        ["at"] = At is { } at ? VietnamTime.ToIso8601(at) : null,
        ["by"] = By,
        ["userId"] = userId,
        ["year"] = Year,
        ["changes"] = new JsonArray(Items.Select(item => (JsonNode)item.ToJson()).ToArray()),
        ["movedDueDates"] = MovedDueDates,
    };

    /// <summary>A line of the log, or null when it is not one (a line edited by hand is skipped, not shown raw).</summary>
    public static CalendarChange? Parse(string line)
    {
        try
        {
            if (JsonNode.Parse(line) is not JsonObject json)
            {
                return null;
            }

            var at = VietnamTime.TryParse(Text(json, "at"), out var instant) ? instant : (DateTimeOffset?)null;
            var items = (json["changes"] as JsonArray ?? []).Select(CalendarChangeItem.Parse).OfType<CalendarChangeItem>().ToList();
            return new CalendarChange(at, Text(json, "by") ?? "", Number(json, "year"), items, Number(json, "movedDueDates"));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject json, string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Number(JsonObject json, string name) => json[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : 0;
}
