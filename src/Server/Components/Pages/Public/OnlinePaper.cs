using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Uploads;

namespace Workflow.Server.Components.Pages.Public;

/// <summary>One paper of an online filing: the procedure's requirement, the file accepted for it, or why the last file was refused.</summary>
public sealed class OnlinePaper(RequiredDocument document)
{
    public RequiredDocument Document { get; } = document;

    public UploadReceipt? Upload { get; set; }

    public string? Refusal { get; set; }

    public bool Uploading { get; set; }
}
