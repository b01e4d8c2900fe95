namespace Workflow.Engine.Organisation;

/// <summary>Everything read from the organisation file, in file order, ready for the cross-checks.</summary>
internal sealed record OrganisationDraft(
    IReadOnlyList<RoleDraft> Roles,
    IReadOnlyList<KindDraft> Kinds,
    IReadOnlyList<UnitDraft> Units)
{
    public static readonly OrganisationDraft Empty = new([], [], []);
}
