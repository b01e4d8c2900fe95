using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Workspace;

/// <summary>A draft was written (a draft may still have errors; they come with it).</summary>
public sealed record SavedDraft(string ProcedureId, int Version, bool Created, IReadOnlyList<Problem> Problems)
{
    public bool IsValid => !Problems.Any(p => p.IsError);
}
