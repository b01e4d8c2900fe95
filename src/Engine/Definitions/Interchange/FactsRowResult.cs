namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// One row of a public-facts import: the procedure it is, what importing it does, the draft it writes
/// (<see cref="Version"/> and its <see cref="Text"/>, for created and changed rows), the columns that changed, and why a refused row was refused.
/// </summary>
public sealed record FactsRowResult(
    int Row,
    string Code,
    string? ProcedureId,
    string Name,
    ImportOutcome Outcome,
    int? Version,
    string? Text,
    IReadOnlyList<CellChange> Changes,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>Whether the draft this row writes replaces an open draft rather than starting a file.</summary>
    public bool UpdatesDraft { get; init; }

    public bool Writes => Outcome is ImportOutcome.Created or ImportOutcome.Changed;
}
