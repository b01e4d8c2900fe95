namespace Workflow.Engine.Queries.Dossiers;

public sealed record ApplicantView(string Name, string? IdNumber, string? Phone, string? Email, string? Address);
