using Workflow.Server.Authentication;

namespace Workflow.Server.Components.Shared;

/// <summary>Which system roles open which group of pages (the same roles that open the matching API areas).</summary>
public static class PageAccess
{
    public const string Officers = SystemRoles.DeskOfficer + "," + SystemRoles.Specialist + "," + SystemRoles.UnitHead + "," + SystemRoles.Leader;
    public const string Desk = SystemRoles.DeskOfficer;
    public const string DossierReaders = Officers + "," + SystemRoles.Auditor;
    public const string Auditors = SystemRoles.Auditor;
    public const string Analysts = SystemRoles.Analyst;
    /// <summary>Analysts prepare moving running dossiers to a new version; leaders run it.</summary>
    public const string Migrations = SystemRoles.Analyst + "," + SystemRoles.Leader;
    public const string Administrators = SystemRoles.Administrator;
}
