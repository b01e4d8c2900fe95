namespace Workflow.Engine.Definitions.Validation;

/// <summary>What the definition validator needs to know of the organisation: which unit kinds, roles and units exist.</summary>
public interface IUnitKindCatalog
{
    bool HasKind(string kind);

    bool KindHasRole(string kind, string role);

    bool HasUnit(string unitId);

    /// <summary>When the unit exists and who succeeds it; null for an unknown unit.</summary>
    UnitLifetime? LifetimeOf(string unitId);

    IReadOnlyCollection<string> RolesOf(string kind);
}
