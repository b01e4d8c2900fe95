namespace Workflow.Engine.Queries.Tracking;

/// <summary>A linked dossier (liên thông) the tracked dossier filed at another agency, as the citizen sees it: its own code and status.</summary>
public sealed record TrackedLinkedDossier(string Code, string ProcedureName, int StatusCode, string StatusName, DateTimeOffset? DueAt, DateTimeOffset? ReturnedAt);
