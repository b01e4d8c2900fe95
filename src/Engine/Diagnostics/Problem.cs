namespace Workflow.Engine.Diagnostics;

/// <summary>
/// One thing wrong (or worth knowing) about a data file in <c>procedures/</c>:
/// where it is, down to line, column and JSON path, and a sentence saying what to do.
/// Every loader (definitions, organisation, calendars) reports through this type so the
/// command line, the designer and the server show problems the same way.
/// </summary>
public sealed record Problem(
    ProblemSeverity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string JsonPath,
    string Message)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>The conventional one-line form: <c>file:line:column: error CODE at path: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var path = string.IsNullOrEmpty(JsonPath) ? "" : $" at {JsonPath}";
        var severity = Severity == ProblemSeverity.Error ? "error" : Severity == ProblemSeverity.Warning ? "warning" : "info";
        return $"{where}: {severity} {Code}{path}: {Message}";
    }
}
