using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Digitisation;

/// <summary>
/// The desk's side of digitisation at receipt: every scanned file is checked by its content and size
/// before anything is written, and, for a certified electronic copy from the original, signed with
/// the unit's certificate; the engine then records the files and the journal in one transaction.
/// </summary>
public sealed class ComponentDigitiser(WorkflowEngine engine, DocumentSigner? signer = null)
{
    /// <summary>The largest scanned file accepted, as for citizens' uploads.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>A file as the officer gave it: its bytes and the name it had.</summary>
    public sealed record Input(byte[] Content, string? FileName);

    public Task<Runtime.Commands.CommandResult> DigitiseAsync(Guid dossierId, string documentId, IReadOnlyList<Input> files, bool certify, Actor actor, CancellationToken cancellationToken = default)
    {
        if (certify && signer is null)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "signing-unavailable",
                "Máy chủ chưa được cấu hình chứng thư số để ký bản sao điện tử.", "No signing certificate is configured on this server.");
        }

        var scans = files.Select(file =>
        {
            var name = UploadStore.CleanName(file.FileName);
            var mediaType = FileCheck.MediaTypeOf(file.Content, name, MaxBytes);
            return new ScanFile(file.Content, mediaType, name, certify ? signer!.Sign(file.Content) : null);
        }).ToList();
        return engine.DigitiseComponentAsync(dossierId, documentId, scans, actor, cancellationToken);
    }
}
