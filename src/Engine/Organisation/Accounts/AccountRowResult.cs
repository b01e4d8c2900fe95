using Workflow.Engine.Definitions.Interchange;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// One row of an accounts import: the officer and membership it names, what importing it does, what changes
/// (sentences, in the import's language) and, for a refused row, why (row, column and a sentence).
/// </summary>
public sealed record AccountRowResult(
    int Row,
    string UserName,
    string DisplayName,
    string? UnitId,
    string? Role,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    AccountRowOutcome Outcome,
    IReadOnlyList<string> Changes,
    IReadOnlyList<ImportIssue> Issues);
