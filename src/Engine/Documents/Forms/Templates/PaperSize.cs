using System.Diagnostics.CodeAnalysis;

namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>
/// The sheet a form is printed on, written in set.json as CSS writes it ("A5 portrait",
/// "A4 landscape"). Circular 01/2018 prints the forms on A5 and the register book on A4.
/// </summary>
public sealed record PaperSize(string Name, PaperOrientation Orientation)
{
    private static readonly Dictionary<string, (int ShortMm, int LongMm)> Sheets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = (210, 297),
        ["A5"] = (148, 210),
    };

    public static IReadOnlyCollection<string> KnownSheets => Sheets.Keys;

    public int WidthMm => Orientation == PaperOrientation.Portrait ? Sheets[Name].ShortMm : Sheets[Name].LongMm;

    public int HeightMm => Orientation == PaperOrientation.Portrait ? Sheets[Name].LongMm : Sheets[Name].ShortMm;

    /// <summary>The value of CSS <c>@page { size: ... }</c>.</summary>
    public string Css => $"{Name} {(Orientation == PaperOrientation.Portrait ? "portrait" : "landscape")}";

    public override string ToString() => Css;

    /// <summary>Reads "A5", "A5 portrait", "A4 landscape" (case-insensitive; portrait when not said).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PaperSize? paper)
    {
        paper = null;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2 || !Sheets.ContainsKey(parts[0]))
        {
            return false;
        }

        var name = parts[0].ToUpperInvariant();
        var orientation = parts.Length == 1 ? "portrait" : parts[1].ToLowerInvariant();
        paper = orientation switch
        {
            "portrait" => new PaperSize(name, PaperOrientation.Portrait),
            "landscape" => new PaperSize(name, PaperOrientation.Landscape),
            _ => null,
        };
        return paper is not null;
    }
}
