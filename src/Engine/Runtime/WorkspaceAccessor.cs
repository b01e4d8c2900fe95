using Workflow.Engine.Workspace;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The procedures the engine runs with. Replaced as a whole when an analyst publishes a
/// version, so a command always sees one consistent set of definitions.
/// </summary>
public sealed class WorkspaceAccessor(ProceduresWorkspace initial)
{
    private volatile ProceduresWorkspace _current = initial;

    public ProceduresWorkspace Current
    {
        get => _current;
        set => _current = value;
    }
}
