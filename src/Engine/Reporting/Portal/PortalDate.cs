using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Reporting.Portal;

/// <summary>Dates as the national public service portal takes them: <c>yyyyMMddHHmmss</c> in Vietnam time (UTC+7).</summary>
public static class PortalDate
{
    public const string Pattern = "yyyyMMddHHmmss";

    public static string Format(DateTime utc) =>
        VietnamTime.LocalDateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateTime? utc) => utc is { } value ? Format(value) : null;

    /// <summary>The UTC instant of a portal date.</summary>
    public static DateTimeOffset Parse(string text) =>
        VietnamTime.FromLocal(DateTime.ParseExact(text, Pattern, CultureInfo.InvariantCulture));
}
