using Microsoft.AspNetCore.Components.Web;

namespace Workflow.Designer;

/// <summary>The designer's pages run interactively on the server, without prerendering (the diagram measures itself in the browser).</summary>
public static class DesignerRenderMode
{
    public static readonly InteractiveServerRenderMode Server = new(prerender: false);
}
