using System.Globalization;
using Workflow.Server.Contracts.Organisation;

namespace Workflow.Server.Components.Pages.Admin;

/// <summary>What the administrator filled in on the organisation page; the request the API takes is made from it.</summary>
public sealed class OrganisationChangeForm
{
    public string Kind { get; set; } = "merge-unit";

    public string? UnitId { get; set; }

    public string? EffectiveDate { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Code { get; set; }

    public string? KindId { get; set; }

    public string? ParentId { get; set; }

    public string? SuccessorId { get; set; }

    public string? Level { get; set; }

    /// <summary>Role ids, separated by commas.</summary>
    public string? Roles { get; set; }

    public bool IsUnitChange => !Kind.EndsWith("-kind", StringComparison.Ordinal);

    public OrganisationChangeRequest ToRequest() => new(Kind, Blank(UnitId),
        DateOnly.TryParseExact(EffectiveDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        Blank(Name), Blank(NameEn), Blank(Code), Blank(KindId), Blank(ParentId), Blank(SuccessorId), Blank(Level),
        Roles?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
