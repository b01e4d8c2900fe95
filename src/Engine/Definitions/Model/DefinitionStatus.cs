namespace Workflow.Engine.Definitions.Model;

public enum DefinitionStatus
{
    /// <summary>Being written; may change; never used for new dossiers.</summary>
    Draft,

    /// <summary>In force; its content may never change again (make a new version instead).</summary>
    Published,
}
