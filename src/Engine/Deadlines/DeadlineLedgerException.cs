namespace Workflow.Engine.Deadlines;

/// <summary>An event the ledger refuses, with the rule it broke and a plain sentence saying why.</summary>
public sealed class DeadlineLedgerException : InvalidOperationException
{
    public DeadlineLedgerException(LedgerRule rule, string message)
        : base(message)
    {
        Rule = rule;
    }

    public LedgerRule Rule { get; }
}
