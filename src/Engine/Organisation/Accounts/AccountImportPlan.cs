using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// What importing a file of accounts would do, row by row (<see cref="Rows"/>), with the counts of each outcome.
/// It can be confirmed only when no row is refused; the confirmed run plans again inside its transaction.
/// </summary>
public sealed class AccountImportPlan
{
    internal AccountImportPlan(string fileName, IReadOnlyList<AccountRowResult> rows, AccountImportWrites writes)
    {
        FileName = fileName;
        Rows = rows;
        Writes = writes;
    }

    public string FileName { get; }

    public IReadOnlyList<AccountRowResult> Rows { get; }

    public int Created => Count(AccountRowOutcome.Created);

    public int Updated => Count(AccountRowOutcome.Updated);

    public int Unchanged => Count(AccountRowOutcome.Unchanged);

    public int Refused => Count(AccountRowOutcome.Refused);

    public bool CanConfirm => Refused == 0;

    /// <summary>The officers the import makes (their sign-in accounts are made with them).</summary>
    public IReadOnlyList<OfficerRecord> NewOfficers => Writes.NewOfficers;

    internal AccountImportWrites Writes { get; }

    private int Count(AccountRowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
