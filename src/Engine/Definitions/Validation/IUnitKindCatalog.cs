namespace Workflow.Engine.Definitions.Validation;

/// <summary>What the definition validator needs to know of the organisation: which unit kinds, roles and units exist.</summary>
public interface IUnitKindCatalog
{
    bool HasKind(string kind);

    bool KindHasRole(string kind, string role);

    bool HasUnit(string unitId);

    IReadOnlyCollection<string> RolesOf(string kind);
}
