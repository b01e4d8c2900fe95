using Microsoft.AspNetCore.Authorization;
using Workflow.Server.Authentication;

namespace Workflow.Server.Authorization;

/// <summary>
/// Which system roles open which part of the API. Unit scope (which dossiers and tasks) is
/// checked afterwards against engine memberships, on the server and again in the engine.
/// </summary>
public static class Policies
{
    public const string Desk = "desk";
    public const string Officer = "officer";
    public const string Head = "head";
    public const string PaymentRecorder = "payment-recorder";
    public const string DossierReader = "dossier-reader";
    public const string Auditor = "auditor";
    public const string Analyst = "analyst";
    public const string Administrator = "administrator";
    public const string Leader = "leader";
    public const string MigrationPreview = "migration-preview";
    public const string ReportReader = "report-reader";
    public const string ProcessExport = "process-export";

    /// <summary>A citizen signed in with their electronic identity, by the citizen cookie only: an officer's sign-in does not count.</summary>
    public const string Citizen = "citizen";

    public static readonly string[] OfficerRoles = [SystemRoles.DeskOfficer, SystemRoles.Specialist, SystemRoles.UnitHead, SystemRoles.Leader];

    public static AuthorizationBuilder AddWorkflowPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Desk, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.DeskOfficer))
        .AddPolicy(Officer, p => p.RequireAuthenticatedUser().RequireRole(OfficerRoles))
        .AddPolicy(Head, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.UnitHead, SystemRoles.Leader))
        .AddPolicy(PaymentRecorder, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.DeskOfficer, SystemRoles.Specialist))
        .AddPolicy(DossierReader, p => p.RequireAuthenticatedUser().RequireRole([.. OfficerRoles, SystemRoles.Auditor]))
        .AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Auditor))
        .AddPolicy(Analyst, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Analyst))
        .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Administrator))
        .AddPolicy(Leader, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Leader))
        .AddPolicy(MigrationPreview, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Analyst, SystemRoles.Leader))
        .AddPolicy(ProcessExport, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Analyst, SystemRoles.Auditor))
        .AddPolicy(ReportReader, p => p.RequireAuthenticatedUser().RequireRole(SystemRoles.Leader, SystemRoles.UnitHead, SystemRoles.Auditor))
        .AddPolicy(Citizen, p => p.AddAuthenticationSchemes(AuthenticationSchemes.Citizen).RequireAuthenticatedUser().RequireClaim(CitizenClaims.IdNumber));
}
