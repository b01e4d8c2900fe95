using Workflow.Engine.Definitions.Model;

namespace Workflow.Server.Components.Pages.Desk;

/// <summary>One line of the reception checklist: a paper the procedure asks for, whether it was handed in, and how many of each kind.</summary>
public sealed class ReceptionDocumentLine(RequiredDocument document)
{
    public RequiredDocument Document { get; } = document;

    public bool Received { get; set; } = document.Required;

    public int Originals { get; set; } = document.Originals;

    public int CertifiedCopies { get; set; } = document.CertifiedCopies;

    public int Photocopies { get; set; } = document.Photocopies;
}
