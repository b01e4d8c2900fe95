namespace Workflow.Server.Contracts.Common;

/// <summary>The person the dossier is for.</summary>
public sealed record ApplicantInput(string? Name, string? IdNumber = null, string? Phone = null, string? Email = null, string? Address = null);
