using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>A column of an import layout: its Vietnamese header (what exports write), its English header, and other headers it is known by.</summary>
public sealed record TableColumn(string Vietnamese, string English, bool Required, params string[] Aliases)
{
    public string Header(CultureInfo? culture) => Text.Pick(culture, Vietnamese, English);

    public bool Matches(string header) =>
        new[] { Vietnamese, English }.Concat(Aliases).Any(name => string.Equals(Normalise(name), Normalise(header), StringComparison.OrdinalIgnoreCase));

    /// <summary>Text compared loosely: composed Unicode (a file may decompose diacritics), single spaces, no trailing punctuation.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', '.', '*');
}
