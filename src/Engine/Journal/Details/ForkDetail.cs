using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>The parallel step, its join, the branches opened, how many must arrive, and the fork instance.</summary>
public sealed record ForkDetail(string Step, string Join, IReadOnlyList<string> Branches, JoinMode? Mode, int Required, string Instance) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Fork;
}
