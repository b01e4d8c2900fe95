namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// The identifiers an applicant may be known by on a dossier: a citizen's personal identification
/// number (số định danh cá nhân, 12 digits, printed on the chip identity card since the old 9-digit
/// cards lapsed), an organisation's or household business's tax code (mã số thuế, 10 digits, or
/// 10-3 for a branch), or a passport number for a foreigner (a letter, then 5 to 11 letters or
/// digits). Spaces and dots people type between groups are dropped.
/// </summary>
internal static class ApplicantIdNumbers
{
    /// <summary>The number without the spaces and dots typed between its groups; null for none.</summary>
    public static string? Normalise(string? typed)
    {
        var number = string.Concat((typed ?? "").Where(c => c is not (' ' or '.'))).ToUpperInvariant();
        return number.Length == 0 ? null : number;
    }

    public static bool IsValid(string number) =>
        IsPersonalIdentificationNumber(number) || IsTaxCode(number) || IsPassportNumber(number);

    private static bool IsPersonalIdentificationNumber(string number) => number.Length == 12 && number.All(char.IsAsciiDigit);

    private static bool IsTaxCode(string number) =>
        (number.Length == 10 && number.All(char.IsAsciiDigit))
        || (number.Length == 14 && number[10] == '-' && number[..10].All(char.IsAsciiDigit) && number[11..].All(char.IsAsciiDigit));

    private static bool IsPassportNumber(string number) =>
        number.Length is >= 6 and <= 12 && char.IsAsciiLetterUpper(number[0]) && number.All(char.IsAsciiLetterOrDigit);
}
