namespace Workflow.Engine.Queries.Dossiers;

/// <summary>A dossier's place in its liên thông group: the parent that filed it (if any) and the children it filed, in filing order.</summary>
public sealed record LinkedDossiers(Guid DossierId, LinkedDossierLine? Parent, IReadOnlyList<LinkedDossierLine> Children);
