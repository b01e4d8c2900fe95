namespace Workflow.Engine.Runtime.Commands;

/// <summary>An uploaded file submitted as one of the procedure's papers.</summary>
public sealed record AttachedUpload(Guid UploadId, string DocumentId);
