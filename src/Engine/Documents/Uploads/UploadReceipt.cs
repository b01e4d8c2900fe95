namespace Workflow.Engine.Documents.Uploads;

/// <summary>What an accepted upload returns: the id to cite in the submission, and the file's hash, type and size.</summary>
public sealed record UploadReceipt(Guid Id, string FileName, string ContentType, long Size, string Sha256);
