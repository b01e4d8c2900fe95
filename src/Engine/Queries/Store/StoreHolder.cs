namespace Workflow.Engine.Queries.Store;

/// <summary>A holder proven by one of their dossiers: the dossier (where their reading is journaled), their ID number and name.</summary>
public sealed record StoreHolder(Guid DossierId, string HolderId, string Name);
