namespace Workflow.Designer.Workspace;

/// <summary>Why the designer refused to read or write a version; the server maps each to its HTTP status.</summary>
public enum DesignerRefusal
{
    InvalidProcedureId,
    InvalidVersion,
    TooLarge,
    MalformedJson,
    NotAnObject,
    NotADraft,
    IdMismatch,
    VersionMismatch,
    VersionPublished,
    VersionOutOfSequence,
    ProcedureNotFound,
    VersionNotFound,
    PublishRefused,
    EffectiveDatePast,
    EffectiveDateBeforePublishedVersion,
}
