using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Runtime;

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

    public DateOnly Today() => VietnamTime.LocalDate(time.GetUtcNow());
}
