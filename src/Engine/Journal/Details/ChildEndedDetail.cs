using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>A linked dossier ended with its state and result; <c>next</c> is where the waiting parent went on (none when it did not wait).</summary>
public sealed record ChildEndedDetail(Guid Child, string ChildCode, string Step, DossierState State, EndResult? Result, string? Next) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ChildEnded;
}
