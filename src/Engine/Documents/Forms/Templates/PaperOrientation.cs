namespace Workflow.Engine.Documents.Forms.Templates;

public enum PaperOrientation
{
    Portrait,
    Landscape,
}
