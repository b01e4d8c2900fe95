namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>Form data about one dossier; its receipt date decides which template set applies.</summary>
public interface IDossierFormData
{
    FormDossier Dossier { get; }
}
