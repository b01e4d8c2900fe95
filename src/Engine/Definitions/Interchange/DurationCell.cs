using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// A time as a table writes it, read into a definition's duration and written back as <see cref="DurationText"/> words it:
/// "3 ngày làm việc", "0,5 ngày", "4 giờ làm việc", "30 ngày (kể cả ngày nghỉ)", "15 ngày lịch", "trong ngày (giờ chốt 15:00)",
/// the English words, or a bare number of working days. "Không quá" / "tối đa" in front is allowed.
/// </summary>
public static partial class DurationCell
{
    public static JObject? Parse(string text)
    {
        var cell = TableColumn.Normalise(text).ToLowerInvariant();
        if (SameDay().Match(cell) is { Success: true } same)
        {
            var cutoff = same.Groups["cutoff"].Success ? same.Groups["cutoff"].Value.Replace('h', ':').Replace('g', ':') : "15:00";
            return TimeOnly.TryParseExact(cutoff.Length == 4 ? "0" + cutoff : cutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? new JObject { ["value"] = 0, ["unit"] = "same-day", ["cutoff"] = at.ToString("HH:mm", CultureInfo.InvariantCulture) }
                : null;
        }

        var match = Amount().Match(cell);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var words = match.Groups["unit"].Value.Trim();
        string? unit = words switch
        {
            "" or "ngày làm việc" or "ngày" or "working day" or "working days" or "day" or "days" => "working-days",
            "giờ làm việc" or "giờ" or "working hour" or "working hours" or "hour" or "hours" => "working-hours",
            "ngày (kể cả ngày nghỉ)" or "ngày lịch" or "ngày liên tục" or "calendar day" or "calendar days" => "calendar-days",
            _ => null,
        };
        return unit is null ? null : new JObject { ["value"] = Number(value), ["unit"] = unit };
    }

    /// <summary>The Vietnamese words for a duration, which <see cref="Parse"/> reads back to the same duration.</summary>
    public static string Format(DurationSpec duration) => DurationText.Of(duration.ToDuration(), Localization.Text.Vietnamese);

    /// <inheritdoc cref="Format(DurationSpec)"/>
    public static string Format(JObject duration) =>
        Duration.TryParseUnit((string?)duration["unit"], out var unit)
            ? Format(new DurationSpec { Value = (decimal?)duration["value"] ?? 0, Unit = unit, Cutoff = TimeOnly.TryParse((string?)duration["cutoff"], CultureInfo.InvariantCulture, out var at) ? at : null })
            : "";

    /// <summary>A whole number as an integer, so the definition reads <c>3</c> rather than <c>3.0</c>.</summary>
    public static JValue Number(decimal value) => value == decimal.Truncate(value) ? new JValue((long)value) : new JValue((double)value);

    [GeneratedRegex(@"^(?:ngay )?(?:trong ngày|same day)(?: \((?:giờ chốt|cut-off) (?<cutoff>\d{1,2}[:hg]\d{2})\))?$")]
    private static partial Regex SameDay();

    [GeneratedRegex(@"^(?:không quá |tối đa |at most )?(?<number>\d+(?:[.,]\d+)?)\s*(?<unit>.*)$")]
    private static partial Regex Amount();
}
