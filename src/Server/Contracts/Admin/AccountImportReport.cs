using Workflow.Engine.Organisation.Accounts;

namespace Workflow.Server.Contracts.Admin;

/// <summary>
/// What an accounts import does (dry run, <see cref="Written"/> false) or did: every row's outcome with its changes or,
/// when refused, its issues (row, column, sentence); for a confirmed run, the setup link of each new account.
/// </summary>
public sealed record AccountImportReport(
    bool Written,
    bool CanConfirm,
    int Created,
    int Updated,
    int Unchanged,
    int Refused,
    IReadOnlyList<AccountRowResult> Rows,
    IReadOnlyList<AccountSetupLink> SetupLinks)
{
    public static AccountImportReport Of(AccountImportPlan plan, bool written, IReadOnlyList<AccountSetupLink> links) =>
        new(written, plan.CanConfirm, plan.Created, plan.Updated, plan.Unchanged, plan.Refused, plan.Rows, links);
}
