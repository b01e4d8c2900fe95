using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Hosting;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// A real engine on a real SQLite file in a temp folder (or a PostgreSQL database), built by the
/// engine's own registration with the repository's procedures, a fake clock registered first, a
/// logger provider that keeps what was logged, and officers seeded at the demo units. Disposing
/// deletes the database.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private static readonly Lazy<ProceduresWorkspace> SharedWorkspace = new(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures));
    private readonly TemporaryFolder _folder;

    private readonly TestDatabase _testDatabase;
    private readonly List<ServiceProvider> _providers = [];

    private EngineHarness(DateTimeOffset localStart, ProceduresWorkspace? workspace, IInterceptor[] interceptors, EngineOptions? options, TestDatabase database, TemporaryFolder folder)
    {
        _testDatabase = database;
        _folder = folder;
        Clock = new FakeTimeProvider(localStart.ToUniversalTime());
        Options = options;
        Services = Build(Clock, workspace ?? SharedWorkspace.Value, interceptors);
        Database = Services.GetRequiredService<WorkflowDbContextFactory>();
        Workspace = Services.GetRequiredService<WorkspaceAccessor>();
        Engine = Services.GetRequiredService<WorkflowEngine>();
    }

    public EngineOptions? Options { get; }

    /// <summary>The harness's container, as the engine's registration filled it.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Everything the engine and its workers logged.</summary>
    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>The repository's procedures, loaded once for all tests.</summary>
    public static ProceduresWorkspace RepositoryWorkspace => SharedWorkspace.Value;

    /// <summary>A second engine on the same database file, as after a restart of the server (new process state, same data).</summary>
    public (WorkflowEngine Engine, WorkflowDbContextFactory Database) Restart() =>
        Restart(Clock);

    public (WorkflowEngine Engine, WorkflowDbContextFactory Database) Restart(TimeProvider clock)
    {
        var services = Build(clock, Workspace.Current, []);
        return (services.GetRequiredService<WorkflowEngine>(), services.GetRequiredService<WorkflowDbContextFactory>());
    }

    /// <summary>The engine's registration, with the test's clock registered before it (so it is the one the engine takes).</summary>
    private ServiceProvider Build(TimeProvider clock, ProceduresWorkspace workspace, IInterceptor[] interceptors)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddWorkflowEngine(engine =>
        {
            engine.UseDatabase(_testDatabase.Options).UseWorkspace(workspace);
            engine.Engine = Options ?? new EngineOptions();
            engine.WorkerId = "test-worker";
            engine.Interceptors.AddRange(interceptors);
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    public FakeTimeProvider Clock { get; }

    public DatabaseProvider Provider => Database.Options.Provider;

    public WorkflowDbContextFactory Database { get; }

    public WorkspaceAccessor Workspace { get; }

    public WorkflowEngine Engine { get; }

    /// <summary>Starts an engine at a local Vietnam time, with officers at every demo unit.</summary>
    public static async Task<EngineHarness> StartAsync(DateTimeOffset? localStart = null, ProceduresWorkspace? workspace = null, EngineOptions? options = null, params IInterceptor[] interceptors)
    {
        var folder = new TemporaryFolder("wf-engine");
        var database = await TestDatabase.CreateAsync(folder.Path);
        var harness = new EngineHarness(localStart ?? Local(2026, 3, 2, 8, 0), workspace, interceptors, options, database, folder);
        await harness.Database.MigrateAsync();
        await harness.SeedOfficersAsync();
        return harness;
    }

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        VietnamTime.FromLocal(new DateTime(year, month, day, hour, minute, 0));

    /// <summary>Moves the fake clock to a local time (forward only).</summary>
    public void SetLocal(int year, int month, int day, int hour, int minute) => Clock.SetUtcNow(Local(year, month, day, hour, minute).ToUniversalTime());

    /// <summary>The officer seeded with this role at this unit, e.g. ("x-tan-phu-my", "desk-officer").</summary>
    public static Actor Officer(string unitId, string role) => new($"{role}@{unitId}", $"{RoleName(role)} {unitId}");

    public static Actor SecondOfficer(string unitId, string role) => new($"{role}.2@{unitId}", $"{RoleName(role)} 2 {unitId}");

    private static string RoleName(string role) => role switch
    {
        "desk-officer" => "Cán bộ một cửa",
        "specialist" => "Chuyên viên",
        "head" => "Trưởng phòng",
        "deputy-head" => "Phó trưởng phòng",
        "leader" => "Lãnh đạo",
        "civil-status-officer" => "Công chức tư pháp",
        "land-officer" => "Công chức địa chính",
        "tax-officer" => "Công chức thuế",
        _ => role,
    };

    private async Task SeedOfficersAsync()
    {
        var organisation = Workspace.Current.Organisation!;
        await using var db = Database.Create();
        foreach (var unitId in organisation.UnitIds)
        {
            var kind = organisation.FindKind(organisation.HistoryOf(unitId)[0].KindId)!;
            foreach (var role in kind.RoleIds)
            {
                foreach (var actor in new[] { Officer(unitId, role), SecondOfficer(unitId, role) })
                {
                    db.Officers.Add(new OfficerRecord { Id = actor.Id, UserName = actor.Id, DisplayName = actor.Name, Email = $"{actor.Id.Replace('@', '.')}@example.vn" });
                    db.Memberships.Add(new MembershipRecord { Id = Guid.NewGuid(), OfficerId = actor.Id, UnitId = unitId, Role = role, ValidFrom = new DateOnly(2020, 1, 1) });
                }
            }
        }

        await db.SaveChangesAsync();
    }

    public async Task<ReceiveResult> ReceiveAtDeskAsync(string procedureId, string unitId, IReadOnlyDictionary<string, object?>? data = null, IntakeDecision decision = IntakeDecision.Accept, Channel channel = Channel.Desk)
    {
        var definition = Workspace.Current.Catalog.InForce(procedureId, VietnamTime.LocalDate(Clock.GetUtcNow()))!;
        var documents = ReceivedDocument.AllRequiredBy(definition);
        return await Engine.ReceiveAsync(new ReceiveDossier(procedureId, channel, unitId,
            new ApplicantInfo("Nguyễn Thị Minh Thư", "079190001234", "0912345678", "minhthu@example.vn", "Tổ 3, khu phố 2"),
            data, documents, Decision: decision), Officer(unitId, "desk-officer"));
    }

    public async Task<DossierRecord> DossierAsync(Guid id)
    {
        await using var db = Database.Create();
        return await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public async Task<List<WorkItemRecord>> OpenItemsAsync(Guid dossierId)
    {
        await using var db = Database.Create();
        return await db.WorkItems.AsNoTracking().Where(i => i.DossierId == dossierId && i.Status == WorkItemStatus.Open).OrderBy(i => i.CreatedAt).ToListAsync();
    }

    public async Task<WorkItemRecord> SingleOpenTaskAsync(Guid dossierId, string stepId)
    {
        var open = await OpenItemsAsync(dossierId);
        return open.Single(i => i.StepId == stepId);
    }

    public async Task<List<JournalEntryRecord>> JournalAsync(Guid dossierId)
    {
        await using var db = Database.Create();
        return await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.Sequence).ToListAsync();
    }

    /// <summary>Completes the one open task of a step as an officer of its unit and role.</summary>
    public async Task<CommandResult> CompleteAsync(Guid dossierId, string stepId, string outcome, string? comment = null)
    {
        var task = await SingleOpenTaskAsync(dossierId, stepId);
        return await Engine.CompleteAsync(new CompleteTask(task.Id, outcome, comment), Officer(task.UnitId!, task.Role!));
    }

    /// <summary>This node's timer worker, as the registration builds it.</summary>
    public TimerWorker NodeTimerWorker => Services.GetRequiredService<TimerWorker>();

    /// <summary>Another worker on the same engine, as on another node (for races between workers).</summary>
    public TimerWorker TimerWorker(string id = "test-worker", ITimerClaimer? claimer = null) =>
        new(Engine, Database, id, claimer, Services.GetRequiredService<ILogger<TimerWorker>>());

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _testDatabase.DisposeAsync();
        _folder.Dispose();
    }
}
