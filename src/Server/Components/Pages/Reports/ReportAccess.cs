using System.Globalization;
using System.Security.Claims;
using Workflow.Engine.Calendars;
using Workflow.Engine.Queries.Officers;
using Workflow.Engine.Runtime;
using Workflow.Server.Authentication;

namespace Workflow.Server.Components.Pages.Reports;

/// <summary>
/// Who reads the reports, and on which units: auditors on every unit (or all together); leaders and
/// unit heads on the units they work for today, each with its sub-units rolled up.
/// </summary>
public sealed class ReportAccess(OfficerDirectory officers, WorkspaceAccessor workspace, TimeProvider time)
{
    public const string Roles = SystemRoles.Leader + "," + SystemRoles.UnitHead + "," + SystemRoles.Auditor;

    /// <summary>The units the person may report on, in the organisation's order; Everything when they may also see all units together.</summary>
    public async Task<(bool Everything, IReadOnlyList<(string Id, string Name, int Depth)> Units)> UnitsAsync(ClaimsPrincipal user)
    {
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        var organisation = workspace.Current.Organisation;
        if (organisation is null)
        {
            return (user.IsInRole(SystemRoles.Auditor), []);
        }

        if (user.IsInRole(SystemRoles.Auditor))
        {
            // Every unit in force today, as a tree under the top units.
            var all = organisation.UnitsAt(today);
            var roots = all.Where(u => u.ParentId is null || organisation.UnitAt(u.ParentId, today) is null);
            var list = new List<(string, string, int)>();
            foreach (var root in roots.OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                Walk(root.Id, 0);
            }

            void Walk(string id, int depth)
            {
                var unit = organisation.UnitAt(id, today)!;
                list.Add((unit.Id, unit.DisplayName(CultureInfo.CurrentUICulture), depth));
                foreach (var child in organisation.ChildrenAt(id, today).OrderBy(c => c.Code, StringComparer.Ordinal))
                {
                    Walk(child.Id, depth + 1);
                }
            }

            return (true, list);
        }

        var officer = await officers.FindAsync(user.OfficerId());
        var units = officer?.Memberships.Where(m => m.CurrentlyHeld).Select(m => m.UnitId).Distinct(StringComparer.Ordinal)
            .Select(id => organisation.UnitAt(id, today)).OfType<Workflow.Engine.Organisation.UnitRecord>()
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (u.Id, u.DisplayName(CultureInfo.CurrentUICulture), 0))
            .ToList() ?? [];
        return (false, units);
    }
}
