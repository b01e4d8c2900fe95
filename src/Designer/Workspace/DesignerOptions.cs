using Workflow.Engine.Deadlines;

namespace Workflow.Designer.Workspace;

/// <summary>Where the designer finds <c>procedures/</c>, and how working days are counted when a procedure does not say.</summary>
public sealed record DesignerOptions(string ProceduresPath, DeadlineConvention DefaultConvention = DeadlineConvention.CivilCode)
{
    /// <summary>The largest definition text the designer writes (as the server's API).</summary>
    public const int MaxDefinitionLength = 512 * 1024;
}
