using System.Globalization;

namespace Workflow.Server.Components.Shared;

/// <summary>
/// The value of an <c>&lt;input type="datetime-local"&gt;</c>, written and read by the server. The
/// value the server writes has no seconds, but once a person types or picks a date Blazor sends it
/// with seconds ("2026-12-20T14:30:00": it normalises time inputs), so both forms are read.
/// </summary>
public static class DateTimeInputValue
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public static string Of(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset local) => Of(local.DateTime);

    /// <summary>The local (Vietnam) date and time in the field, or null when it is empty or not a date and time.</summary>
    public static DateTime? Parse(string? value) =>
        DateTime.TryParseExact(value?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;
}
