namespace Workflow.Server.Contracts.Citizens;

/// <summary>An uploaded file (its id from <c>/api/public/uploads</c>) standing for one of the procedure's papers.</summary>
public sealed record AttachmentInput(Guid? UploadId, string? DocumentId);
