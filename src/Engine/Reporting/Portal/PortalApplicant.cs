namespace Workflow.Engine.Reporting.Portal;

/// <summary>The applicant (chủ hồ sơ) as the portal receives it.</summary>
public sealed record PortalApplicant(string Name, string? IdNumber, string? Phone, string? Email, string? Address);
