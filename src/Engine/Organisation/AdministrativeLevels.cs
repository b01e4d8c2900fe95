namespace Workflow.Engine.Organisation;

/// <summary>The spelling of <see cref="AdministrativeLevel"/> values in the organisation file.</summary>
public static class AdministrativeLevels
{
    public static readonly IReadOnlyList<string> Names = ["province", "district", "commune", "agency"];

    public static string NameOf(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => "province",
        AdministrativeLevel.District => "district",
        AdministrativeLevel.Commune => "commune",
        AdministrativeLevel.Agency => "agency",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParse(string? text, out AdministrativeLevel level)
    {
        switch (text)
        {
            case "province": level = AdministrativeLevel.Province; return true;
            case "district": level = AdministrativeLevel.District; return true;
            case "commune": level = AdministrativeLevel.Commune; return true;
            case "agency": level = AdministrativeLevel.Agency; return true;
            default: level = default; return false;
        }
    }
}
