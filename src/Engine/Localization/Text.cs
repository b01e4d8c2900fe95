using System.Globalization;

namespace Workflow.Engine.Localization;

/// <summary>
/// Chooses between the Vietnamese text (the default everywhere) and the English one.
/// Every sentence a person reads is written in both languages at the place it is made.
/// </summary>
public static class Text
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en";

    public static string Pick(CultureInfo? culture, string vietnamese, string english) =>
        IsEnglish(culture) ? english : vietnamese;

    /// <summary>The culture named on a command line or in a request (<c>vi</c>, <c>en</c>); Vietnamese otherwise.</summary>
    public static CultureInfo Parse(string? name) =>
        string.Equals(name, "en", StringComparison.OrdinalIgnoreCase) || (name?.StartsWith("en-", StringComparison.OrdinalIgnoreCase) ?? false)
            ? English
            : Vietnamese;

    /// <summary>
    /// The half of an engine message ("Vietnamese sentence / English sentence") the culture reads.
    /// Quoted names (step names may contain " / ") are not split.
    /// </summary>
    public static string PickHalf(CultureInfo? culture, string message)
    {
        var index = SeparatorOutsideQuotes(message);
        if (index < 0)
        {
            return message;
        }

        return IsEnglish(culture) ? message[(index + Separator.Length)..].Trim() : message[..index].Trim();
    }

    private const string Separator = " / ";

    private static int SeparatorOutsideQuotes(string message)
    {
        var inQuotes = false;
        for (var i = 0; i <= message.Length - Separator.Length; i++)
        {
            if (message[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && string.CompareOrdinal(message, i, Separator, 0, Separator.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
