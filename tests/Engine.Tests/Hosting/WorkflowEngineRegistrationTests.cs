using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Hosting;
using Workflow.Engine.Notifications;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Hosting;

/// <summary>The engine's one registration, read from configuration as the server reads it.</summary>
public class WorkflowEngineRegistrationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Configuration_gives_the_database_the_procedures_and_the_engine_settings()
    {
        using var folder = new TemporaryFolder("wf-registration");
        var services = new ServiceCollection();
        services.AddWorkflowEngine(Configuration(
            ("ConnectionStrings:Workflow", "Data Source=db/here.db"),
            ("Procedures:Path", RepositoryPaths.Procedures),
            ("Engine:TimerLeaseSeconds", "30"),
            ("Engine:TimerBatchSize", "7"),
            ("Engine:SlowCommandMilliseconds", "250"),
            ("Engine:Convention", "WorkingHours")), folder.Path, engine => engine.WorkerId = "node-1");
        using var provider = services.BuildServiceProvider();

        var database = provider.GetRequiredService<DatabaseOptions>();
        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Contains(Path.Combine(folder.Path, "db", "here.db"), database.ConnectionString);
        var options = provider.GetRequiredService<EngineOptions>();
        Assert.Equal((TimeSpan.FromSeconds(30), 7, TimeSpan.FromMilliseconds(250), DeadlineConvention.WorkingHours),
            (options.TimerLease, options.TimerBatchSize, options.SlowCommandThreshold, options.Convention));
        Assert.Equal(new EngineOptions().TimerMaxSleep, options.TimerMaxSleep);
        Assert.NotEmpty(provider.GetRequiredService<WorkspaceAccessor>().Current.Catalog.All);
        Assert.Same(provider.GetRequiredService<WorkflowEngine>(), provider.GetRequiredService<WorkflowEngine>());
        Assert.Equal("node-1", provider.GetRequiredService<TimerWorker>().WorkerId);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Outbox_settings_are_read_in_seconds_and_a_value_out_of_range_keeps_the_default()
    {
        var defaults = new OutboxOptions();
        var options = WorkflowEngineConfiguration.ReadOutboxOptions(Configuration(
            ("Outbox:LeaseSeconds", "30"),
            ("Outbox:PollSeconds", "0.5"),
            ("Outbox:RetrySeconds", "2"),
            ("Outbox:MaxAttempts", "0"),
            ("Outbox:BatchSize", "-3")).GetSection("Outbox"), defaults);

        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)), (options.Lease, options.PollInterval, options.RetryDelay));
        Assert.Equal((defaults.MaxAttempts, defaults.BatchSize, defaults.MaxRetryDelay), (options.MaxAttempts, options.BatchSize, options.MaxRetryDelay));
        // The wait doubles after each failed attempt, up to the longest wait.
        Assert.Equal([2, 4, 8, 16], Enumerable.Range(1, 4).Select(a => options.RetryDelayAfter(a).TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(1), defaults.RetryDelayAfter(7));
        Assert.Equal(TimeSpan.FromHours(1), defaults.RetryDelayAfter(int.MaxValue));
    }

    [Fact]
    public void A_clock_registered_first_is_the_one_the_engine_runs_on()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowEngine(engine => engine.UseDatabase(DatabaseOptions.ForScripting(DatabaseProvider.Sqlite)).UseWorkspace(EngineHarness.RepositoryWorkspace));
        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<WorkflowEngine>().Time);
    }

    [Fact]
    public void An_unknown_provider_or_a_server_database_without_a_connection_string_is_refused_with_the_setting_named()
    {
        var unknown = Assert.Throws<EngineConfigurationException>(() => new WorkflowEngineSettings().ReadFrom(Configuration(("Database:Provider", "Oracle")), "."));
        Assert.Contains("Database:Provider \"Oracle\" is not supported; use one of: Sqlite, Postgres, SqlServer", unknown.Message);

        var services = new ServiceCollection();
        services.AddWorkflowEngine(Configuration(("Database:Provider", "Postgres")), ".");
        using var provider = services.BuildServiceProvider();
        var missing = Assert.Throws<EngineConfigurationException>(() => provider.GetRequiredService<DatabaseOptions>());
        Assert.Contains("needs ConnectionStrings:Workflow", missing.Message);
    }
}
