using Workflow.Engine.Runtime;

namespace Workflow.Server.Hosting;

/// <summary>
/// Before a page or API call, takes the organisation another node may have changed: one read of its
/// version, and a reload only when it moved. Static files and the framework's own files skip it.
/// </summary>
public sealed class OrganisationRefresh(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, WorkspaceAccessor workspace)
    {
        var path = context.Request.Path;
        if (!Path.HasExtension(path.Value) && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/health"))
        {
            await workspace.RefreshAsync(context.RequestAborted);
        }

        await next(context);
    }
}
