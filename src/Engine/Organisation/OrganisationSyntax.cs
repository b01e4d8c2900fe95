using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflow.Engine.Organisation;

/// <summary>The spelling rules of ids, agency codes and dates in the organisation file (the schema says the same).</summary>
internal static partial class OrganisationSyntax
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool IsId(string text) => IdPattern().IsMatch(text);

    public static bool IsAgencyCode(string text) => AgencyCodePattern().IsMatch(text);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z0-9]+(\\.[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCodePattern();
}
