namespace Workflow.Server.Authentication;

/// <summary>
/// The roles an account has in the system. They open areas of the API; which units a person
/// acts for is decided by their engine memberships (role at a unit, for a period).
/// </summary>
public static class SystemRoles
{
    public const string Analyst = "analyst";
    public const string DeskOfficer = "desk-officer";
    public const string Specialist = "specialist";
    public const string UnitHead = "unit-head";
    public const string Leader = "leader";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Analyst, DeskOfficer, Specialist, UnitHead, Leader, Auditor, Administrator];
}
