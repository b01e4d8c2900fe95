using Workflow.Engine.Diagnostics;

namespace Workflow.Server.Designer;

/// <summary>Every problem the loader found, each with line, column and JSON path; valid when none is an error.</summary>
public sealed record ValidationReport(bool Valid, int Errors, int Warnings, IReadOnlyList<Problem> Problems)
{
    public static ValidationReport Of(IReadOnlyList<Problem> problems) =>
        new(!problems.Any(p => p.IsError), problems.Count(p => p.IsError), problems.Count(p => p.Severity == ProblemSeverity.Warning), problems);
}
