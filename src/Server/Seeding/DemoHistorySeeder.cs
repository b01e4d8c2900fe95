using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Hosting;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;

namespace Workflow.Server.Seeding;

/// <summary>
/// Gives a new demo database the recent past of the two demo communes, so the inbox, the trace and
/// the reports have something to show on first start: for each working day of the last
/// <c>Seed:DemoHistoryDays</c> days (45 by default) a few dossiers are filed at the desk, online or
/// by post and handled by the demo officers through the engine's own commands, with the clock set
/// to each moment in turn and due timers fired as they come due. Most steps are done within their
/// time, some late; a few dossiers need a supplement; most citizens rate the service at return. What
/// would happen after now is not done, so the last days' dossiers are still open.
/// Runs when <c>Seed:Demo</c> and <c>Seed:DemoHistory</c> are on (both by default) and the
/// database has no dossier yet. The story is the same on every machine for the same start day.
/// </summary>
public sealed class DemoHistorySeeder(
    WorkflowDbContextFactory database,
    WorkspaceAccessor workspace,
    EngineOptions options,
    TimeProvider time,
    IConfiguration configuration,
    ILoggerFactory loggers,
    ILogger<DemoHistorySeeder> logger)
{
    /// <summary>The share of steps done after their due instant.</summary>
    private const double LateShare = 0.025;

    /// <summary>Due timers are fired at least this often as the story's clock moves on.</summary>
    private static readonly TimeSpan TimerPass = TimeSpan.FromMinutes(30);

    private readonly PriorityQueue<Func<Task>, (DateTimeOffset At, long Order)> _agenda = new();
    private readonly Dictionary<(string UnitId, string Role), Actor> _officers = new();
    private readonly HashSet<Guid> _supplemented = [];
    private long _order;
    private int _dossiers;
    private int _commands;
    private SeedingClock _clock = null!;
    private WorkflowEngine _engine = null!;
    private DeadlineCalculator _deadlines = null!;
    private Random _random = null!;

    /// <summary>
    /// The server's engine on the story's clock: the engine's registration over the server's database,
    /// procedures and options, with its own timer worker (so the server's is not woken by the story).
    /// </summary>
    private ServiceProvider StoryEngine()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(database.Options);
        services.AddSingleton(database);
        services.AddSingleton(workspace);
        services.AddSingleton(options);
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddWorkflowEngine(engine => engine.WorkerId = "demo-history");
        return services.BuildServiceProvider();
    }

    public bool Enabled => configuration.GetValue("Seed:Demo", true) && configuration.GetValue("Seed:DemoHistory", true);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        await using (var db = database.Create())
        {
            if (await db.Dossiers.AnyAsync(cancellationToken))
            {
                return;
            }

            foreach (var membership in await db.Memberships.AsNoTracking().Join(db.Officers.AsNoTracking().Where(o => o.Active), m => m.OfficerId, o => o.Id, (m, o) => new { m.UnitId, m.Role, o.Id, o.DisplayName, o.UserName })
                .OrderBy(m => m.UserName).ToListAsync(cancellationToken))
            {
                _officers.TryAdd((membership.UnitId, membership.Role), new Actor(membership.Id, membership.DisplayName));
            }
        }

        if (_officers.Count == 0)
        {
            logger.LogInformation("Demo history not seeded: no officer holds a role at a unit");
            return;
        }

        var now = time.GetUtcNow();
        var today = VietnamTime.LocalDate(now);
        var days = Math.Clamp(configuration.GetValue("Seed:DemoHistoryDays", 45), 1, 365);
        var first = today.AddDays(-days);
        _random = new Random(first.DayNumber);
        _clock = new SeedingClock(VietnamTime.FromLocal(first, TimeOnly.MinValue));
        await using var story = StoryEngine();
        _engine = story.GetRequiredService<WorkflowEngine>();
        _deadlines = new DeadlineCalculator(workspace.Current.Calendar);
        var timers = story.GetRequiredService<TimerWorker>();

        for (var day = first; day <= today; day = day.AddDays(1))
        {
            foreach (var unitId in DemoHistoryCases.Communes)
            {
                if (!workspace.Current.Calendar.IsWorkingDay(day, unitId))
                {
                    continue;
                }

                // The last days' filings are still being handled: the inboxes have work in them.
                for (var filings = day >= today.AddDays(-4) ? _random.Next(3, 6) : _random.Next(1, 4); filings > 0; filings--)
                {
                    var filedAt = _deadlines.AddWorkingTime(VietnamTime.FromLocal(day, new TimeOnly(0, 0)), TimeSpan.FromMinutes(_random.Next(5, 7 * 60)), unitId);
                    var receivingUnit = unitId;
                    Plan(filedAt, () => FileAsync(receivingUnit, cancellationToken));
                }
            }
        }

        logger.LogInformation("Seeding the demo history from {First:dd/MM/yyyy} (first start only; a few seconds)", first.ToDateTime(TimeOnly.MinValue));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var lastTimerPass = _clock.Now;
        while (_agenda.TryDequeue(out var action, out var when))
        {
            if (when.At > now)
            {
                break;
            }

            if (when.At > _clock.Now)
            {
                _clock.Now = when.At;
                if (_clock.Now - lastTimerPass >= TimerPass)
                {
                    await timers.RunOnceAsync(cancellationToken);
                    lastTimerPass = _clock.Now;
                }
            }

            try
            {
                await action();
            }
            catch (WorkflowException ex)
            {
                // One dossier the story could not move on stays where it is; the rest goes on.
                logger.LogDebug(ex, "Demo history: a step was not taken");
            }
        }

        _clock.Now = now;
        await timers.RunOnceAsync(cancellationToken);

        // The story's notifications would have gone out at the time; they are not sent now to the demo's made-up people.
        await using (var db = database.Create())
        {
            await db.Outbox.ExecuteDeleteAsync(cancellationToken);
        }

        logger.LogInformation("Seeded the demo history: {Dossiers} dossiers from {First:dd/MM/yyyy}, {Commands} commands, in {Seconds:0.0} s",
            _dossiers, first.ToDateTime(TimeOnly.MinValue), _commands, started.Elapsed.TotalSeconds);
    }

    private void Plan(DateTimeOffset at, Func<Task> action) => _agenda.Enqueue(action, (at, _order++));

    /// <summary>
    /// When the next step is taken: for a step with a due instant, somewhere in the working time it
    /// has left (and now and then after it: the late steps the reports should show); for a citizen's
    /// wait or a step without one, an hour or a few, or a day or two.
    /// </summary>
    private DateTimeOffset Later(string? unitId, DateTime? dueAt, bool citizen = false)
    {
        TimeSpan delay;
        if (dueAt is { } due && !citizen)
        {
            var left = _deadlines.WorkingTimeBetween(_clock.Now, new DateTimeOffset(due, TimeSpan.Zero), unitId);
            delay = _random.NextDouble() < LateShare
                ? left + TimeSpan.FromMinutes(_random.Next(30, 12 * 60))
                : TimeSpan.FromMinutes(Math.Max(10, left.TotalMinutes * (0.05 + 0.35 * _random.NextDouble())));
        }
        else
        {
            delay = TimeSpan.FromMinutes(citizen ? _random.Next(4 * 60, 24 * 60) : _random.Next(20, 4 * 60));
        }

        return _deadlines.AddWorkingTime(_clock.Now, delay, unitId);
    }

    private async Task FileAsync(string unitId, CancellationToken cancellationToken)
    {
        var procedureId = DemoHistoryCases.ProcedureFor(_random);
        var filedOn = VietnamTime.LocalDate(_clock.Now);
        var definition = workspace.Current.Catalog.InForce(procedureId, filedOn);
        if (definition is null || !_officers.TryGetValue((unitId, "desk-officer"), out var desk))
        {
            return;
        }

        var roll = _random.NextDouble();
        var channel = roll < 0.25 && definition.Channels.Contains(Channel.Online) ? Channel.Online : roll > 0.92 && definition.Channels.Contains(Channel.Post) ? Channel.Post : Channel.Desk;
        var name = DemoHistoryCases.PersonName(_random);
        var applicant = new ApplicantInfo(name, $"0791{_random.Next(10_000_000, 99_999_999)}", $"09{_random.Next(10_000_000, 99_999_999)}", null, DemoHistoryCases.Communes[0] == unitId ? "Phường Hòa An" : "Xã Tân Phú Mỹ");
        var documents = ReceivedDocument.AllRequiredBy(definition);
        var data = DemoHistoryCases.DataFor(procedureId, _random, filedOn);
        var received = channel == Channel.Online
            ? await _engine.ReceiveAsync(new ReceiveDossier(procedureId, channel, unitId, applicant, data, documents), Actor.Citizen(name), cancellationToken)
            : await _engine.ReceiveAsync(new ReceiveDossier(procedureId, channel, unitId, applicant, data, documents, Decision: IntakeDecision.Accept,
                FiledAt: channel == Channel.Post ? _clock.Now : null, PostalWaybill: channel == Channel.Post ? $"EE{_random.Next(100_000_000, 999_999_999)}VN" : null), desk, cancellationToken);
        _dossiers++;
        _commands++;
        await PlanNextAsync(received.DossierId, unitId, cancellationToken);
    }

    /// <summary>Takes the dossier's oldest open item one step on, as the officer holding it would, and plans the next.</summary>
    private async Task AdvanceAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId, cancellationToken);
        var item = await OldestOpenItemAsync(db, dossierId, cancellationToken);
        if (item is null)
        {
            await RateAsync(dossier.Id, dossier.State, dossier.ReceivingUnitId, cancellationToken);
            return;
        }

        var desk = _officers.GetValueOrDefault((dossier.ReceivingUnitId, "desk-officer"));
        switch (item.Kind)
        {
            case WorkItemKind.IntakeCheck when desk is not null:
                await _engine.AcceptAsync(dossierId, desk, cancellationToken: cancellationToken);
                break;
            case WorkItemKind.Wait when desk is not null && item.WaitFor == WaitReason.Supplement:
                await _engine.SupplementReceivedAsync(dossierId, [], "Công dân nộp bổ sung tại Bộ phận một cửa", desk, cancellationToken: cancellationToken);
                break;
            case WorkItemKind.Wait when desk is not null:
                await _engine.RecordPaymentAsync(dossierId, PaymentMethod.Desk, 0, $"BL-{_random.Next(10_000, 99_999)}", desk, description: "Phí, lệ phí nộp tại Bộ phận một cửa", cancellationToken: cancellationToken);
                break;
            case WorkItemKind.Task when item.UnitId is not null && item.Role is not null && _officers.TryGetValue((item.UnitId, item.Role), out var officer):
                var step = workspace.Current.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion)?.Process.Find(item.StepId);
                if (step is null || Choose(step, dossierId) is not { } outcome)
                {
                    return;
                }

                await _engine.CompleteAsync(new CompleteTask(item.Id, outcome.Id, outcome.RequiresComment ? CommentFor(outcome.Kind) : null), officer, cancellationToken);
                break;
            default:
                // Nobody in the demo holds this role at this unit: the dossier waits there.
                return;
        }

        _commands++;
        // A citizen takes a day or two to bring a supplement or pay; officers an hour or a few.
        await PlanNextAsync(dossierId, dossier.ReceivingUnitId, cancellationToken);
    }

    private async Task PlanNextAsync(Guid dossierId, string receivingUnitId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var next = await OldestOpenItemAsync(db, dossierId, cancellationToken);
        Plan(Later(next?.UnitId ?? receivingUnitId, next?.DueAt, citizen: next?.Kind == WorkItemKind.Wait), () => AdvanceAsync(dossierId, cancellationToken));
    }

    /// <summary>The item the story moves next: the dossier's oldest open one (parallel branches are taken in turn).</summary>
    private static Task<WorkItemRecord?> OldestOpenItemAsync(WorkflowDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.WorkItems.AsNoTracking().Where(i => i.DossierId == dossierId && i.Status == WorkItemStatus.Open)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Mostly the way forward; now and then a supplement request (once per dossier) where the step offers one.</summary>
    private OutcomeDefinition? Choose(StepDefinition step, Guid dossierId)
    {
        var supplement = step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Supplement);
        if (supplement is not null && _random.NextDouble() < 0.08 && _supplemented.Add(dossierId))
        {
            return supplement;
        }

        return step.Outcomes.FirstOrDefault(o => o.Kind is OutcomeKind.Approve or OutcomeKind.Forward)
            ?? step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Consult);
    }

    private static string CommentFor(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Supplement => "Đề nghị bổ sung bản chính giấy tờ để đối chiếu",
        _ => "Đồng ý",
    };

    private async Task RateAsync(Guid dossierId, DossierState state, string unitId, CancellationToken cancellationToken)
    {
        if (state != DossierState.Returned || _random.NextDouble() > 0.65 || !_officers.TryGetValue((unitId, "desk-officer"), out var desk))
        {
            return;
        }

        var roll = _random.NextDouble();
        var level = roll < 0.45 ? SatisfactionLevel.VerySatisfied : roll < 0.92 ? SatisfactionLevel.Satisfied : SatisfactionLevel.NotSatisfied;
        await _engine.RateAsync(dossierId, level, level == SatisfactionLevel.NotSatisfied ? "Phải chờ lâu tại quầy" : null, "desk", desk, cancellationToken);
        _commands++;
    }
}
