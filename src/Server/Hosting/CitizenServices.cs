using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Feedback;
using Workflow.Engine.Queries.Postal;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Feedback;
using Workflow.Server.Payments;

namespace Workflow.Server.Hosting;

/// <summary>
/// Uploads (stored under <c>Uploads:Folder</c>, <c>data/uploads</c> by default, at most
/// <c>Uploads:MaxMegabytes</c>; unclaimed after <c>Uploads:ClaimWithinHours</c>, 24 by default, they are deleted), feedback, the postal register, and the payment gateway's callback
/// secret (<c>Payments:Gateway:Secret</c>). An <see cref="Engine.Runtime.Fees.IPaymentGateway"/> is
/// registered only by a deployment that has one.
/// </summary>
public static class CitizenServices
{
    public static IServiceCollection AddCitizenServices(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new UploadOptions
            {
                Folder = Path.GetFullPath(Path.Combine(root, configuration["Uploads:Folder"] ?? "data/uploads")),
                MaxBytes = configuration.GetValue("Uploads:MaxMegabytes", 10L) * 1024 * 1024,
                ClaimWithin = TimeSpan.FromHours(Math.Clamp(configuration.GetValue("Uploads:ClaimWithinHours", 24.0), 1, 24 * 30)),
            };
        });
        services.AddSingleton(sp => new UploadStore(sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<UploadOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FeedbackService(sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<WorkspaceAccessor>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<EngineOptions>()));
        services.AddHostedService<UploadCleanupService>();
        services.AddSingleton<FeedbackQuery>();
        services.AddSingleton<PostalRegisterQuery>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Payments:Gateway").Get<GatewayOptions>() ?? new GatewayOptions());
        return services;
    }
}
