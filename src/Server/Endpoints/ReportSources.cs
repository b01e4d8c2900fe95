using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Officers;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;
using Workflow.Engine.Reporting.Indicators;
using Workflow.Engine.Runtime;

namespace Workflow.Server.Endpoints;

/// <summary>The engine's report queries over the procedures in force now (the workspace can be reloaded, so each is made when asked for).</summary>
public sealed class ReportSources(WorkflowDbContextFactory database, WorkspaceAccessor workspace, OfficerDirectory officers, TimeProvider time)
{
    public TimeProvider Time => time;

    public OfficerDirectory Officers => officers;

    public WorkspaceAccessor Workspace => workspace;

    public ReportService Reports => new(database, workspace.Current, time);

    public IndicatorService Indicators => new(database, workspace.Current, time);

    public ReportDossierQuery Drilldown => new(database, workspace.Current, time);
}
