using Microsoft.Extensions.Configuration;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Notifications;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;

namespace Workflow.Engine.Hosting;

/// <summary>
/// Reads the engine's settings from configuration: <c>Database:Provider</c> (Sqlite by default),
/// <c>ConnectionStrings:Workflow</c>, <c>Procedures:Path</c> and the <c>Engine:*</c> settings an
/// administrator may change (also as environment variables, <c>Database__Provider</c> and so on).
/// What is not given keeps the engine's default.
/// </summary>
public static class WorkflowEngineConfiguration
{
    public static WorkflowEngineSettings ReadFrom(this WorkflowEngineSettings settings, IConfiguration configuration, string contentRoot)
    {
        settings.ContentRoot = contentRoot;
        var providerText = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(providerText))
        {
            if (!DatabaseOptions.TryParseProvider(providerText, out var provider))
            {
                var names = string.Join(", ", Enum.GetNames<DatabaseProvider>());
                throw new EngineConfigurationException(
                    $"Database:Provider \"{providerText}\" không được hỗ trợ; dùng một trong: {names}. / Database:Provider \"{providerText}\" is not supported; use one of: {names}.");
            }

            settings.Provider = provider;
        }

        settings.ConnectionString = configuration.GetConnectionString("Workflow") ?? settings.ConnectionString;
        settings.ProceduresPath = configuration["Procedures:Path"] is { Length: > 0 } procedures ? procedures : settings.ProceduresPath;
        settings.Engine = ReadEngineOptions(configuration.GetSection("Engine"), settings.Engine);
        return settings;
    }

    /// <summary>The <c>Engine:*</c> settings over <paramref name="defaults"/>; a value out of range keeps the default.</summary>
    public static EngineOptions ReadEngineOptions(IConfiguration section, EngineOptions defaults) => defaults with
    {
        DossierCodePattern = section["DossierCodePattern"] ?? defaults.DossierCodePattern,
        Convention = Enum.TryParse<DeadlineConvention>(section["Convention"], ignoreCase: true, out var convention) ? convention : defaults.Convention,
        TimerMaxSleep = Seconds(section, "TimerMaxSleepSeconds", defaults.TimerMaxSleep),
        TimerLease = Seconds(section, "TimerLeaseSeconds", defaults.TimerLease),
        TimerBatchSize = section.GetValue("TimerBatchSize", defaults.TimerBatchSize) is var batch && batch > 0 ? batch : defaults.TimerBatchSize,
        SlowCommandThreshold = section.GetValue("SlowCommandMilliseconds", defaults.SlowCommandThreshold.TotalMilliseconds) is var slow && slow > 0
            ? TimeSpan.FromMilliseconds(slow) : defaults.SlowCommandThreshold,
    };

    /// <summary>The <c>Outbox:*</c> settings over <paramref name="defaults"/>; a value out of range keeps the default.</summary>
    public static OutboxOptions ReadOutboxOptions(IConfiguration section, OutboxOptions defaults) => defaults with
    {
        BatchSize = section.GetValue("BatchSize", defaults.BatchSize) is var batch && batch > 0 ? batch : defaults.BatchSize,
        Lease = Seconds(section, "LeaseSeconds", defaults.Lease),
        MaxAttempts = section.GetValue("MaxAttempts", defaults.MaxAttempts) is var attempts && attempts > 0 ? attempts : defaults.MaxAttempts,
        PollInterval = Seconds(section, "PollSeconds", defaults.PollInterval),
        RetryDelay = Seconds(section, "RetrySeconds", defaults.RetryDelay),
        MaxRetryDelay = Seconds(section, "MaxRetrySeconds", defaults.MaxRetryDelay),
    };

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback) =>
        section.GetValue(key, fallback.TotalSeconds) is var seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : fallback;
}
