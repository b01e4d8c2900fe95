using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using Workflow.Designer;
using Workflow.Engine.Queries.CalendarImpact;
using Workflow.Server.Components;
using Workflow.Server.Components.Account;
using Workflow.Server.Components.Administration;
using Workflow.Server.Components.Localization;
using Workflow.Server.Components.Printing;
using Workflow.Server.Components.Shared;

namespace Workflow.Server.Hosting;

/// <summary>
/// The pages: Blazor components rendered on the server (interactive over a circuit), MudBlazor,
/// the designer's pages from its own assembly, the language switch and the printable forms.
/// </summary>
public static class WebInterface
{
    public static WebApplicationBuilder AddWorkflowWeb(this WebApplicationBuilder builder)
    {
        // Serves the package assets (MudBlazor, the framework script) from a build output as well as from a publish folder.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, ActiveAccountStateProvider>();
        // A page a signed-in person's roles do not open says so (API callers still get a plain 403).
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options => options.AccessDeniedPath = "/access-denied");
        services.AddMudServices(options =>
        {
            // Over the app bar, one at a time: a message never covers the buttons of the form it answers, on a phone either.
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 1;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
            options.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddWorkflowDesigner(sp => sp.GetRequiredService<ServerPaths>().Procedures);
        services.AddSingleton<UnitNames>();
        services.AddSingleton<FormPrinting>();
        services.AddSingleton<DueDateImpactQuery>();
        services.AddSingleton<CalendarEditing>();
        services.AddScoped<CommandRunner>();
        services.AddScoped<CitizenSession>();
        return builder;
    }

    public static WebApplication UseWorkflowWeb(this WebApplication app)
    {
        app.UsePageLanguage();
        app.UseMiddleware<CitizenSessionReader>();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapSignInRedirect();
        app.MapCultureEndpoint();
        app.MapPrintEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(DesignerAssembly.Assembly);
        return app;
    }
}
