using Workflow.Engine.Calendars;
using System.Globalization;
using System.Numerics;
using Workflow.Engine.Documents.Forms.Data;

namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>
/// The helpers a form template may call, besides Scriban's built-ins. Their names in
/// templates are snake_case: <c>vn_date</c>, <c>vn_datetime_words</c>, <c>money</c>...
/// Every date is printed in Vietnam time; an empty value prints as nothing (or as a dotted
/// line with <c>fill</c>), so a form never shows "null".
/// </summary>
public static class FormScriptFunctions
{
    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary><c>vn_date</c>: "26/11/2026".</summary>
    public static string VnDate(object? value) =>
        AsDate(value, "vn_date") is { } date ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary><c>vn_time</c>: "08 giờ 30 phút".</summary>
    public static string VnTime(object? value) =>
        AsInstant(value, "vn_time") is { } instant ? TimeWords(instant) : "";

    /// <summary><c>vn_datetime</c>: "08 giờ 30 phút, ngày 26/11/2026", as the receipt and control sheet print times.</summary>
    public static string VnDatetime(object? value) =>
        AsInstant(value, "vn_datetime") is { } instant ? $"{TimeWords(instant)}, ngày {instant.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : "";

    /// <summary><c>vn_date_words</c>: "ngày 26 tháng 11 năm 2026", as the date line of an official letter is written.</summary>
    public static string VnDateWords(object? value) =>
        AsDate(value, "vn_date_words") is { } date ? DateWords(date) : "";

    /// <summary><c>vn_datetime_words</c>: "08 giờ 30 phút, ngày 26 tháng 11 năm 2026".</summary>
    public static string VnDatetimeWords(object? value) =>
        AsInstant(value, "vn_datetime_words") is { } instant ? $"{TimeWords(instant)}, {DateWords(DateOnly.FromDateTime(instant.DateTime))}" : "";

    /// <summary><c>vn_datetime_short</c>: "08:30 26/11/2026", for narrow table columns.</summary>
    public static string VnDatetimeShort(object? value) =>
        AsInstant(value, "vn_datetime_short") is { } instant ? instant.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary><c>money</c>: "10.000 đồng".</summary>
    public static string Money(object? amount) =>
        AsNumber(amount, "money") is { } number ? FormatNumber(number) + " đồng" : "";

    /// <summary><c>number</c>: "1.250", grouped the Vietnamese way.</summary>
    public static string Number(object? value) =>
        AsNumber(value, "number") is { } number ? FormatNumber(number) : "";

    /// <summary><c>two_digits</c>: "01", as forms write counts of sets and copies.</summary>
    public static string TwoDigits(object? value) =>
        AsNumber(value, "two_digits") is { } number ? number.ToString("00", CultureInfo.InvariantCulture) : "";

    /// <summary><c>punctuality_text</c>: "Trước hạn", "Đúng hạn" or "Quá hạn" for early, on-time or late.</summary>
    public static string PunctualityText(object? value) => value switch
    {
        null => "",
        FormPunctuality punctuality => Punctuality(punctuality),
        string { Length: 0 } => "",
        string text => FormScriptModel.TryParseEnum<FormPunctuality>(text, out var parsed)
            ? Punctuality(parsed)
            : throw new ArgumentException($"punctuality_text expects early, on-time or late, not \"{text}\"."),
        _ => throw new ArgumentException($"punctuality_text expects early, on-time or late, not a {value.GetType().Name}."),
    };

    /// <summary><c>fill</c>: the value, or a dotted line to write on by hand when it is empty.</summary>
    public static string Fill(object? value, int width = 30)
    {
        var text = value switch
        {
            null => "",
            DateTimeOffset or DateOnly or DateTime => VnDate(value),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return string.IsNullOrWhiteSpace(text) ? new string('.', Math.Clamp(width, 1, 200)) : text;
    }

    private static string Punctuality(FormPunctuality value) => value switch
    {
        FormPunctuality.Early => "Trước hạn",
        FormPunctuality.OnTime => "Đúng hạn",
        FormPunctuality.Late => "Quá hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string TimeWords(DateTimeOffset instant) =>
        instant.ToString("HH' giờ 'mm' phút'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Decree 30/2020/NĐ-CP writes a day below 10 and the months 1 and 2 with a leading zero
    /// ("ngày 05 tháng 02 năm 2026") and other months without one ("tháng 3").
    /// </summary>
    private static string DateWords(DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {date.Day:00} tháng {month} năm {date.Year}";
    }

    private static string FormatNumber(decimal number) =>
        number.ToString(decimal.Truncate(number) == number ? "#,##0" : "#,##0.##", VietnameseNumbers);

    private static DateTimeOffset? AsInstant(object? value, string function) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        DateTimeOffset instant => VietnamTime.ToLocal(instant),
        DateTime { Kind: DateTimeKind.Utc } utc => VietnamTime.ToLocal(new DateTimeOffset(utc)),
        // A local or unspecified time written in a template is taken as Vietnam time.
        DateTime local => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => VietnamTime.ToLocal(parsed),
        DateOnly => throw new ArgumentException($"{function} needs a time of day, but the value is a date only; use vn_date or vn_date_words."),
        _ => throw new ArgumentException($"{function} expects a date and time, not \"{value}\"."),
    };

    private static DateOnly? AsDate(object? value, string function) => value switch
    {
        DateOnly date => date,
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => AsInstant(value, function) is { } instant ? DateOnly.FromDateTime(instant.DateTime) : null,
    };

    private static decimal? AsNumber(object? value, string function) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        int i => i,
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        BigInteger b => (decimal)b,
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ArgumentException($"{function} expects a number, not \"{value}\"."),
    };
}
