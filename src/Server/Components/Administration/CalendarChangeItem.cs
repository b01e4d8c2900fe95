using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflow.Server.Components.Administration;

/// <summary>
/// One thing a calendar change did: a day off or a worked weekend day added, removed or renamed, the
/// year marked provisional or final, or the default working hours set. Lines written before the log
/// was structured hold a sentence instead (<see cref="Legacy"/>).
/// </summary>
public sealed record CalendarChangeItem(string Action, string? Kind = null, DateOnly? Date = null, string? Name = null, string? Hours = null, string? Legacy = null)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Renamed = "renamed";
    public const string MarkedProvisional = "provisional";
    public const string MarkedFinal = "final";
    public const string WorkingHours = "hours";

    public const string DayOff = "day-off";
    public const string WorkedWeekendDay = "worked-weekend-day";

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["action"] = Action };
        if (Kind is not null)
        {
            json["kind"] = Kind;
        }

        if (Date is { } date)
        {
            json["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Name is not null)
        {
            json["name"] = Name;
        }

        if (Hours is not null)
        {
            json["hours"] = Hours;
        }

        return json;
    }

    internal static CalendarChangeItem? Parse(JsonNode? node)
    {
        if (node is JsonValue sentence && sentence.TryGetValue<string>(out var legacy))
        {
            return new CalendarChangeItem("", Legacy: legacy);
        }

        if (node is not JsonObject json || json["action"]?.GetValue<string>() is not { } action)
        {
            return null;
        }

        var date = DateOnly.TryParseExact(json["date"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        return new CalendarChangeItem(action, json["kind"]?.GetValue<string>(), date, json["name"]?.GetValue<string>(), json["hours"]?.GetValue<string>());
    }
}
