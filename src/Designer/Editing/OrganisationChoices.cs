using Workflow.Engine.Localization;
using Workflow.Engine.Organisation;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Editing;

/// <summary>What the step panel offers: the organisation's unit kinds, the roles each kind has, its units, the official forms, and the procedures a file step may file.</summary>
public sealed class OrganisationChoices
{
    private readonly OrganisationModel? _organisation;

    public OrganisationChoices(ProceduresWorkspace workspace)
    {
        _organisation = workspace.Organisation;
        Forms = workspace.Forms.Sets.SelectMany(s => s.Forms.Values)
            .GroupBy(f => f.Purpose, StringComparer.Ordinal)
            .Select(g => new Choice(g.Key, g.Last().Title))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        Procedures = workspace.Catalog.ProcedureIds
            .Select(id => workspace.Catalog.Versions(id)[^1])
            .Select(d => new LinkedProcedureChoice(d.Id, d.Name, d.ReceivingUnitKind,
                d.Data.Where(f => f.Required).Select(f => new Choice(f.Id, f.Name)).ToList()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every procedure of the workspace, as its newest version describes it (the version new linked dossiers are heading for).</summary>
    public IReadOnlyList<LinkedProcedureChoice> Procedures { get; }

    public LinkedProcedureChoice? Procedure(string? procedureId) => Procedures.FirstOrDefault(p => p.Id == procedureId);

    public IReadOnlyList<Choice> Forms { get; }

    public IReadOnlyList<Choice> UnitKinds =>
        _organisation?.Kinds.Select(k => new Choice(k.Id, k.DisplayName(Text.IsEnglish(null) ? Text.English : Text.Vietnamese))).ToList() ?? [];

    public IReadOnlyList<Choice> RolesOf(string? unitKind)
    {
        if (_organisation is null || unitKind is null || _organisation.FindKind(unitKind) is not { } kind)
        {
            return [];
        }

        return kind.RoleIds.Select(id => new Choice(id, _organisation.FindRole(id)?.DisplayName(Text.IsEnglish(null) ? Text.English : Text.Vietnamese) ?? id)).ToList();
    }

    public IReadOnlyList<Choice> UnitsOf(string? unitKind) =>
        _organisation is null || unitKind is null
            ? []
            : _organisation.UnitsOfKind(unitKind).GroupBy(u => u.Id, StringComparer.Ordinal)
                .Select(g => new Choice(g.Key, g.Last().DisplayName(Text.IsEnglish(null) ? Text.English : Text.Vietnamese))).ToList();

    /// <summary>The role's name in the reader's language, or the id when the organisation does not know it.</summary>
    public string RoleName(string roleId) => _organisation?.FindRole(roleId)?.DisplayName(Culture) ?? roleId;

    /// <summary>The unit kind's name in the reader's language, or the id when the organisation does not know it.</summary>
    public string UnitKindName(string kindId) => _organisation?.FindKind(kindId)?.DisplayName(Culture) ?? kindId;

    /// <summary>A unit's latest name in the reader's language, or the id when the organisation does not know it.</summary>
    public string UnitName(string unitId) => _organisation?.HistoryOf(unitId).LastOrDefault()?.DisplayName(Culture) ?? unitId;

    private static System.Globalization.CultureInfo Culture => Text.IsEnglish(null) ? Text.English : Text.Vietnamese;

    /// <summary>Units a dossier of the given kind can be received at on a date, for the simulation.</summary>
    public IReadOnlyList<Choice> ReceivingUnits(string? unitKind, DateOnly date) =>
        _organisation is null || unitKind is null
            ? []
            : _organisation.UnitsOfKindAt(unitKind, date).Select(u => new Choice(u.Id, u.DisplayName(Text.IsEnglish(null) ? Text.English : Text.Vietnamese))).ToList();
}
