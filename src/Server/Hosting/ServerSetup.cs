using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using Workflow.Designer;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Hosting;
using Workflow.Engine.Delegation;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Inbox;
using Workflow.Engine.Queries.Officers;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime;
using Workflow.Server.Accounts;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Catalogue;
using Workflow.Server.Designer;
using Workflow.Server.Health;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;
using Workflow.Server.Seeding;
using Workflow.Server.Security;

namespace Workflow.Server.Hosting;

/// <summary>Registers the whole server: engine, queries, accounts, API conventions, documentation and telemetry.</summary>
public static class ServerSetup
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddWorkflowServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        ConsoleLogFormat.ForPeopleInATerminal(builder);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes(context.Configuration));

        services.AddEngine();
        services.AddGracefulShutdown(builder.Configuration);
        // Cookies and bearer tokens are protected by these keys; keeping them with the data lets tokens survive a restart.
        services.AddDataProtection().SetApplicationName("Workflow.Server");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var folder = Path.GetFullPath(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
                sp.GetRequiredService<IConfiguration>()["DataProtection:KeysPath"] ?? "data/keys"));
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), sp.GetRequiredService<ILoggerFactory>());
        }));
        services.AddWorkflowAuthentication(builder.Configuration);
        services.AddAuthorizationBuilder().AddWorkflowPolicies();
        services.AddWorkflowRateLimits(builder.Configuration);
        services.AddWorkflowSecurity(builder.Configuration);
        services.AddTrustedProxies(builder.Configuration);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsLocalizer.Customize);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Unreadable bodies and parameters throw, so the exception handler can name the field at fault.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        services.AddWorkflowOpenApi();

        services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(EngineMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Authentication")
                .AddPrometheusExporter());
        return builder;
    }

    public static long MaxRequestBodyBytes(IConfiguration configuration) =>
        configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);

    /// <summary>The engine through its own registration, on this server's configuration; the procedures are the ones startup loads after migrating.</summary>
    private static void AddEngine(this IServiceCollection services)
    {
        services.AddWorkflowEngine((engine, sp) => engine
            .ReadFrom(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath)
            .UseWorkspace(provider => provider.GetRequiredService<WorkspaceHolder>().Accessor));
        services.AddSingleton(sp => new ServerPaths(ProceduresFolder.Locate(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<WorkspaceHolder>();
        services.AddSingleton<WorkspaceLoader>();
        if (!services.Any(s => s.ImplementationType == typeof(TimerWorkerService)))
        {
            services.AddHostedService<TimerWorkerService>();
        }

        services.AddIdentityDatabase();
        services.AddNotifications();
        services.AddDocumentServices();
        services.AddCitizenServices();
        if (!services.Any(s => s.ImplementationType == typeof(JournalCheckpointService)))
        {
            services.AddHostedService<JournalCheckpointService>();
        }

        services.AddSingleton<InboxQuery>();
        services.AddSingleton<SigningAuthorisations>();
        services.AddSingleton<InboxDelegations>();
        services.AddSingleton<DossierDetailQuery>();
        services.AddSingleton<DossierSearchQuery>();
        services.AddSingleton<CitizenDeadlineQuery>();
        services.AddSingleton<ReturnTaskLookup>();
        services.AddSingleton<TrackingQuery>();
        services.AddSingleton<ApplicantDossiersQuery>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<LinkedDossierQuery>();
        services.AddSingleton<OfficerDirectory>();
        services.AddSingleton<BlankForms>();
        services.AddSingleton<ProcedureCatalogueView>();
        // The analysts' API writes procedures/ through the designer's workspace, the one the designer's pages use.
        services.AddWorkflowDesigner(sp => sp.GetRequiredService<ServerPaths>().Procedures);
        services.AddSingleton<ProceduresEditor>();
        services.AddSingleton<UnitScopeGuard>();
        services.AddSingleton<Endpoints.ReportSources>();
        services.AddWorkflowHealthChecks();
        services.AddScoped<UserAdministration>();
        services.AddSingleton(sp => new AccountImporter(sp.GetRequiredService<Workflow.Engine.Persistence.WorkflowDbContextFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<AccountImporter>>()));
        services.AddScoped<AccountSetup>();
        services.AddScoped<AccountBulkImport>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoHistorySeeder>();
    }

    /// <summary>camelCase, enums as kebab-case words (as in definition files), Vietnamese letters unescaped.</summary>
    private static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
