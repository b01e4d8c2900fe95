namespace Workflow.Engine.Queries.Dossiers;

/// <summary>The open task of a dossier's return phase (status 9) and the outcomes it offers.</summary>
public sealed record ReturnTask(Guid WorkItemId, string StepId, long DossierVersion, IReadOnlyList<string> OutcomeIds);
