using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Runtime;
using Workflow.Server.Components.Localization;

namespace Workflow.Server.Components.Shared;

/// <summary>Names of units and roles for display, from the effective-dated organisation (a unit's name on a date).</summary>
public sealed class UnitNames(WorkspaceAccessor workspace, TimeProvider time)
{
    public string Unit(string? unitId, DateOnly? on = null)
    {
        if (string.IsNullOrEmpty(unitId))
        {
            return "—";
        }

        var organisation = workspace.Current.Organisation;
        var record = organisation?.UnitAt(unitId, on ?? Today()) ?? organisation?.HistoryOf(unitId).LastOrDefault();
        return record?.DisplayName(CultureInfo.CurrentUICulture) ?? unitId;
    }

    public string Unit(string? unitId, DateTimeOffset at) => Unit(unitId, DateOnly.FromDateTime(at.DateTime));

    public string Role(string? roleId) =>
        string.IsNullOrEmpty(roleId) ? "—" : workspace.Current.Organisation?.FindRole(roleId)?.DisplayName(CultureInfo.CurrentUICulture) ?? roleId;

    /// <summary>The administrative level of a unit (province, district, commune, agency) on a date, as a short word.</summary>
    public string Level(string? unitId, DateOnly on)
    {
        var organisation = workspace.Current.Organisation;
        if (string.IsNullOrEmpty(unitId) || organisation is null)
        {
            return "";
        }

        var record = organisation.UnitAt(unitId, on) ?? organisation.HistoryOf(unitId).LastOrDefault();
        return (record is null ? null : organisation.FindKind(record.KindId)?.Level) switch
        {
            Workflow.Engine.Organisation.AdministrativeLevel.Province => UiText.T("cấp tỉnh", "province"),
            Workflow.Engine.Organisation.AdministrativeLevel.District => UiText.T("cấp huyện", "district"),
            Workflow.Engine.Organisation.AdministrativeLevel.Commune => UiText.T("cấp xã", "commune"),
            Workflow.Engine.Organisation.AdministrativeLevel.Agency => UiText.T("cơ quan chuyên ngành", "agency"),
            _ => "",
        };
    }

    public DateOnly Today() => VietnamTime.LocalDate(time.GetUtcNow());
}
