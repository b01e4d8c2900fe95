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
}
