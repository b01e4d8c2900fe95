namespace Workflow.Engine.Documents.Uploads;

/// <summary>Where uploaded files are kept and what is accepted (<c>Uploads:*</c> in the server's configuration).</summary>
public sealed record UploadOptions
{
    public required string Folder { get; init; }

    /// <summary>The largest file accepted, 10 MB by default (a scanned page is well under 1 MB).</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How long an upload may wait for the submission that claims it.</summary>
    public TimeSpan ClaimWithin { get; init; } = TimeSpan.FromHours(24);
}
