namespace Workflow.Engine.Definitions.Interchange;

/// <summary>Why a row (or the file) was not taken as it stands: where (row and column header, as the file shows them) and a sentence saying what to do.</summary>
public sealed record ImportIssue(int Row, string Column, string Message)
{
    public override string ToString() => Row > 0 ? $"{Row}/{Column}: {Message}" : Message;
}
