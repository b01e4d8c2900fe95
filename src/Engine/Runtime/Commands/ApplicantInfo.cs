namespace Workflow.Engine.Runtime.Commands;

/// <summary>The person (or organisation) the dossier is for.</summary>
public sealed record ApplicantInfo(string Name, string? IdNumber = null, string? Phone = null, string? Email = null, string? Address = null);
