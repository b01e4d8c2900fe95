using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Workspace;

/// <summary>Lets the definition validator check unit kinds, roles and units against the loaded organisation.</summary>
public sealed class OrganisationKindCatalog(OrganisationModel model) : IUnitKindCatalog
{
    public bool HasKind(string kind) => model.FindKind(kind) is not null;

    public bool KindHasRole(string kind, string role) => model.KindHasRole(kind, role);

    public bool HasUnit(string unitId) => model.HasUnit(unitId);

    public UnitStanding StandingOn(string unitId, DateOnly date) => model.StandingOn(unitId, date);

    public IReadOnlyCollection<string> RolesOf(string kind) => model.FindKind(kind)?.RoleIds.ToList() ?? [];

    public DateOnly? EndOf(string unitId) => model.EndOf(unitId);

    public IReadOnlyList<string> SuccessorsOf(string unitId) => model.SuccessorsOf(unitId);
}
