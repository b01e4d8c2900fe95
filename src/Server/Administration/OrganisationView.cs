using Workflow.Engine.Organisation;
using Workflow.Server.Localization;

namespace Workflow.Server.Administration;

/// <summary>The organisation as administrators read it: every unit period, or the units in force on a date.</summary>
public static class OrganisationView
{
    public static IReadOnlyList<UnitView> Units(OrganisationModel organisation, DateOnly? date) =>
        (date is { } day ? organisation.UnitsAt(day) : organisation.Records)
        .Select(u => new UnitView(u.Id, u.Code, u.Name, u.NameEn, u.KindId, u.ParentId, u.ValidFrom, u.ValidTo, u.Serves, u.Successors))
        .ToList();

    public static IReadOnlyList<UnitKindView> Kinds(OrganisationModel organisation) =>
        organisation.Kinds.Select(k => new UnitKindView(k.Id, k.DisplayName(Language.Current), k.Level.ToString().ToLowerInvariant(),
            k.RoleIds.Select(r => new RoleView(r, organisation.FindRole(r)?.DisplayName(Language.Current) ?? r)).ToList())).ToList();
}
