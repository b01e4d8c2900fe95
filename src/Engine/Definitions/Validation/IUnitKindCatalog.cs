using Workflow.Engine.Organisation;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>What the definition validator needs to know of the organisation: which unit kinds, roles and units exist, and when.</summary>
public interface IUnitKindCatalog
{
    bool HasKind(string kind);

    bool KindHasRole(string kind, string role);

    bool HasUnit(string unitId);

    /// <summary>Where <paramref name="date"/> falls in the unit's history, as <see cref="OrganisationModel.StandingOn"/> tells it.</summary>
    UnitStanding StandingOn(string unitId, DateOnly date);

    IReadOnlyCollection<string> RolesOf(string kind);

    /// <summary>The first day the unit is no longer in force (merged or abolished); null while it carries on.</summary>
    DateOnly? EndOf(string unitId) => null;

    /// <summary>The units that took over when the unit ended.</summary>
    IReadOnlyList<string> SuccessorsOf(string unitId) => [];
}
