using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Workspace;

/// <summary>
/// A read or write of <c>procedures/</c> that the rules do not allow, with a sentence in the
/// reader's language, the member at fault, and the loader's problems when validation refused it.
/// </summary>
public sealed class DesignerRefusedException(DesignerRefusal reason, string message, string member, IReadOnlyList<Problem>? problems = null)
    : InvalidOperationException(message)
{
    public DesignerRefusal Reason { get; } = reason;

    /// <summary>The request member at fault (<c>version</c>, <c>body</c>, <c>status</c>...).</summary>
    public string Member { get; } = member;

    public IReadOnlyList<Problem> Problems { get; } = problems ?? [];

    /// <summary>The kebab-case code the server's ProblemDetails use (<c>version-published</c>...).</summary>
    public string Code => Reason switch
    {
        DesignerRefusal.InvalidProcedureId => "invalid-procedure-id",
        DesignerRefusal.InvalidVersion => "invalid-version",
        DesignerRefusal.TooLarge => "definition-too-large",
        DesignerRefusal.MalformedJson => "malformed-json",
        DesignerRefusal.NotAnObject => "not-an-object",
        DesignerRefusal.NotADraft => "not-a-draft",
        DesignerRefusal.IdMismatch => "id-mismatch",
        DesignerRefusal.VersionMismatch => "version-mismatch",
        DesignerRefusal.VersionPublished => "version-published",
        DesignerRefusal.VersionOutOfSequence => "version-out-of-sequence",
        DesignerRefusal.ProcedureNotFound => "procedure-not-found",
        DesignerRefusal.VersionNotFound => "version-not-found",
        DesignerRefusal.EffectiveDatePast => "effective-date-past",
        DesignerRefusal.EffectiveDateBeforePublishedVersion => "effective-date-before-published-version",
        _ => "publish-refused",
    };

    /// <summary>The HTTP status an API answers with.</summary>
    public int HttpStatus => Reason switch
    {
        DesignerRefusal.TooLarge => 413,
        DesignerRefusal.ProcedureNotFound or DesignerRefusal.VersionNotFound => 404,
        DesignerRefusal.VersionPublished => 409,
        DesignerRefusal.PublishRefused => Problems.Count > 0 ? 422 : 409,
        _ => 400,
    };
}
