namespace Workflow.Engine.Queries.Dossiers;

/// <summary>A file filed with the dossier (a scan of one of its papers), as the officers checking it list it.</summary>
public sealed record DossierFile(Guid Id, string DocumentId, string FileName, string ContentType, long Size);
