namespace Workflow.Engine.Organisation.Accounts;

/// <summary>What importing one row of the accounts layout would do (a dry run) or did.</summary>
public enum AccountRowOutcome
{
    /// <summary>A new officer (and sign-in account), with the row's membership if it names one.</summary>
    Created,

    /// <summary>An existing officer whose name or contact changed, or who gains the row's membership or a new end date for it.</summary>
    Updated,

    /// <summary>The officer and the membership are already as the row says: nothing to write.</summary>
    Unchanged,

    /// <summary>The row cannot be taken; its issues say why. No row is written while one is refused.</summary>
    Refused,
}
