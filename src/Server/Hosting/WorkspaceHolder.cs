using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Server.Hosting;

/// <summary>
/// Holds the engine's <see cref="WorkspaceAccessor"/>, which can only be made once the database is
/// migrated (published versions are read from it). Startup fills it before the server listens.
/// </summary>
public sealed class WorkspaceHolder
{
    private WorkspaceAccessor? _accessor;

    public WorkspaceAccessor Accessor => _accessor ?? throw new InvalidOperationException("The procedures workspace is read at startup (SystemStartup.RunAsync) and was not loaded yet.");

    public void Initialise(ProceduresWorkspace workspace)
    {
        if (_accessor is null)
        {
            _accessor = new WorkspaceAccessor(workspace);
        }
        else
        {
            _accessor.Current = workspace;
        }
    }
}
