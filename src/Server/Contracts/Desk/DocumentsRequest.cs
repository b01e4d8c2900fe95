using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Contracts.Desk;

/// <summary>Papers the citizen brought (a completed dossier or a supplement), with an optional note.</summary>
public sealed record DocumentsRequest(List<DocumentInput>? Documents = null, string? Note = null, long? ExpectedVersion = null);
