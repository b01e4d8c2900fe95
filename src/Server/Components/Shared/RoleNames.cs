using System.Security.Claims;
using Workflow.Server.Authentication;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>The system roles as people call them.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        SystemRoles.DeskOfficer => T("Cán bộ một cửa", "Desk officer"),
        SystemRoles.Specialist => T("Chuyên viên", "Specialist"),
        SystemRoles.UnitHead => T("Trưởng đơn vị", "Unit head"),
        SystemRoles.Leader => T("Lãnh đạo", "Leader"),
        SystemRoles.Auditor => T("Kiểm tra, giám sát", "Auditor"),
        SystemRoles.Analyst => T("Phân tích quy trình", "Analyst"),
        SystemRoles.Administrator => T("Quản trị hệ thống", "Administrator"),
        _ => role,
    };

    public static string Describe(ClaimsPrincipal user) => string.Join(", ", SystemRoles.All.Where(user.IsInRole).Select(Of));
}
