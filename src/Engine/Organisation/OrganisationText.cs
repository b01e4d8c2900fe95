using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Language choice and the small formatting rules shared by the organisation's sentences:
/// Vietnamese unless an English culture is asked for, dates as a reader of that language
/// writes them, and a unit or kind named with its id so the sentence can be acted on.
/// </summary>
public static class OrganisationText
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Vietnamese is the default; only a culture whose language is English switches.</summary>
    public static bool IsEnglish(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == "en";

    /// <summary>dd/MM/yyyy in Vietnamese, ISO yyyy-MM-dd in English (no day/month ambiguity).</summary>
    public static string Date(DateOnly date, CultureInfo? culture) =>
        date.ToString(IsEnglish(culture) ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A period in words: "từ 01/07/2025 đến trước 01/03/2026" or "from 2025-07-01, open-ended".</summary>
    public static string Period(ValidityPeriod period, CultureInfo? culture)
    {
        var from = Date(period.From, culture);
        if (IsEnglish(culture))
        {
            return period.To is { } end ? $"from {from} until {Date(end, culture)} (exclusive)" : $"from {from}, open-ended";
        }

        return period.To is { } to ? $"từ {from} đến trước {Date(to, culture)}" : $"từ {from}, không thời hạn";
    }

    /// <summary>The unit's name followed by its id, e.g. <c>Xã Tân Phú (x-tan-phu)</c>.</summary>
    public static string Unit(UnitRecord unit, CultureInfo? culture) => $"{unit.DisplayName(culture)} ({unit.Id})";

    /// <summary>The kind's name in quotes followed by its id.</summary>
    public static string Kind(UnitKind kind, CultureInfo? culture) =>
        IsEnglish(culture) ? $"\"{kind.DisplayName(culture)}\" ({kind.Id})" : $"“{kind.DisplayName(culture)}” ({kind.Id})";

    /// <summary>An identifier or field name quoted the way the language quotes.</summary>
    public static string Quote(string text, CultureInfo? culture) => IsEnglish(culture) ? $"\"{text}\"" : $"“{text}”";

    /// <summary>Items joined with commas and a final "và"/"and".</summary>
    public static string List(IEnumerable<string> items, CultureInfo? culture)
    {
        var all = items.ToList();
        var and = IsEnglish(culture) ? " and " : " và ";
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + and + all[^1],
        };
    }
}
