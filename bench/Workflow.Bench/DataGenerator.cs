using System.Diagnostics;
using System.Threading.Channels;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Bench;

public sealed record GenerationReport(int Dossiers, int Open, long WorkItems, long JournalEntries, long Timers, long PendingTimers, double Seconds, long Bytes,
    string[] Units, List<SampleDossier> Samples);

/// <summary>
/// Scenario 4's data: a province's year of building-permit dossiers, written straight into the
/// engine's tables (not through the engine). 100 communes (the three of the demo organisation and
/// 97 made up, "x-bench-NNN"), each with its economic office. Finished dossiers went through the
/// five tasks (receive, review, head-review, sign, return) and were returned, refused at intake or
/// withdrawn; open ones stand at one of the five tasks. Each has the work items, hash-chained
/// journal entries (the engine's own hasher) and timers (pending, fired or cancelled) the engine
/// would have written; deadline ledger events and outbox messages are not generated.
/// </summary>
public sealed class DataGenerator(BenchDatabase database)
{
    public const int Communes = 100;
    private const int ChunkSize = 2000;
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly (string Id, string Code)[] RealCommunes = [("x-tan-phu-my", "H55.32"), ("p-hoa-an", "H55.31"), ("x-song-xanh", "H55.33")];

    private static readonly string[] StepIds = ["receive", "review", "head-review", "sign", "return"];
    private static readonly string[] StepNames =
    [
        "Tiếp nhận hồ sơ tại Bộ phận một cửa cấp xã", "Thẩm định hồ sơ, kiểm tra thực địa", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị xem xét, trình ký",
        "Lãnh đạo UBND xã ký giấy phép", "Trả giấy phép tại Bộ phận một cửa",
    ];
    private static readonly string[] Roles = ["desk-officer", "specialist", "head", "leader", "desk-officer"];
    private static readonly string[] Outcomes = ["transfer", "approve", "submit", "sign", "returned"];
    private static readonly string[] Phases = ["Intake", "Processing", "Processing", "Processing", "Return"];
    private static readonly int[] StepDays = [1, 6, 2, 2, 1];

    public static readonly TableShape DossierShape = new("dossiers",
    [
        "Id", "Code", "ProcedureId", "ProcedureVersion", "ProcedureName", "State", "StatusCode", "Channel", "ReceivingUnitId", "ApplicantName",
        "ApplicantSearchName", "ApplicantIdNumber", "ApplicantPhone", "ApplicantAddress", "TrackingSecretHash", "DataJson", "DocumentsJson", "Sets",
        "SubmittedAt", "AcceptedAt", "DueAt", "AppointmentAt", "Rescheduled", "FinishedAt", "ReturnedAt", "FinishPunctuality", "Result", "UpdatedAt", "Version",
        "ResultDelivery",
    ]);

    public static readonly TableShape WorkItemShape = new("work_items",
    [
        "Id", "DossierId", "Kind", "StepId", "StepName", "Phase", "UnitId", "Role", "AssigneeId", "AssigneeName", "Status", "CreatedAt", "DueAt",
        "CompletedAt", "CompletedById", "CompletedByName", "OutcomeId", "Punctuality", "ForkPath", "PreviousItemId", "FromUnitId",
    ]);

    public static readonly TableShape JournalShape = new("journal_entries",
    [
        "DossierId", "Sequence", "At", "Command", "ActorId", "ActorName", "ActorUnitId", "ActorRole", "FromStatus", "ToStatus", "FromState", "ToState",
        "WorkItemId", "StepId", "HandoffFromUnitId", "HandoffToUnitId", "HandoffPunctuality", "Reason", "DetailJson", "PreviousHash", "Hash",
    ]);

    public static readonly TableShape TimerShape = new("timers", ["Id", "DossierId", "WorkItemId", "Kind", "DueAt", "Status", "CreatedAt", "FiredAt", "Attempts"]);

    /// <summary>The communes: (commune id, its economic office, agency code).</summary>
    public static (string Commune, string Office, string Agency)[] Units { get; } = Enumerable.Range(0, Communes).Select(i => i < RealCommunes.Length
            ? (RealCommunes[i].Id, RealCommunes[i].Id + "-kt", RealCommunes[i].Code)
            : ($"x-bench-{i:D3}", $"x-bench-{i:D3}-kt", $"H55.9{i:D2}"))
        .ToArray();

    /// <summary>Generates <paramref name="dossiers"/> dossiers, about <paramref name="open"/> of them open, spread evenly.</summary>
    public async Task<GenerationReport> GenerateAsync(int dossiers, int open, DateTime nowUtc)
    {
        var watch = Stopwatch.StartNew();
        await using var writer = await BulkWriter.OpenAsync(database, [DossierShape, WorkItemShape, JournalShape, TimerShape]);
        var chunks = (dossiers + ChunkSize - 1) / ChunkSize;
        var channel = Channel.CreateBounded<Chunk>(4);
        var producer = Task.Run(async () =>
        {
            // Chunks are made in parallel, written in order.
            try
            {
            var pending = new Queue<Task<Chunk>>();
            for (var c = 0; c < chunks; c++)
            {
                var index = c;
                pending.Enqueue(Task.Run(() => MakeChunk(index, Math.Min(ChunkSize, dossiers - index * ChunkSize), dossiers, open, nowUtc)));
                if (pending.Count >= Environment.ProcessorCount)
                {
                    await channel.Writer.WriteAsync(await pending.Dequeue());
                }
            }

            while (pending.Count > 0)
            {
                await channel.Writer.WriteAsync(await pending.Dequeue());
            }

            channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        });

        var samples = new List<SampleDossier>();
        long items = 0, journal = 0, timers = 0, pendingTimers = 0, made = 0, openMade = 0;
        await foreach (var chunk in channel.Reader.ReadAllAsync())
        {
            foreach (var row in chunk.Dossiers) writer.Write(0, row);
            foreach (var row in chunk.Items) writer.Write(1, row);
            foreach (var row in chunk.Journal) writer.Write(2, row);
            foreach (var row in chunk.Timers) writer.Write(3, row);
            made += chunk.Dossiers.Count;
            samples.AddRange(chunk.Samples);
            openMade += chunk.Open;
            items += chunk.Items.Count;
            journal += chunk.Journal.Count;
            timers += chunk.Timers.Count;
            pendingTimers += chunk.PendingTimers;
            if (made % 100_000 < ChunkSize)
            {
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}]    generated {made:N0} dossiers ({watch.Elapsed.TotalSeconds:0} s)");
            }
        }

        await producer;
        await writer.CompleteAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        return new GenerationReport((int)made, (int)openMade, items, journal, timers, pendingTimers, seconds, await database.SizeBytesAsync(), Units.Select(u => u.Office).ToArray(), samples);
    }

    private sealed class Chunk
    {
        public List<object?[]> Dossiers { get; } = new(ChunkSize);
        public List<object?[]> Items { get; } = new(ChunkSize * 5);
        public List<object?[]> Journal { get; } = new(ChunkSize * 14);
        public List<object?[]> Timers { get; } = new(ChunkSize * 12);
        public List<SampleDossier> Samples { get; } = [];
        public int Open { get; set; }
        public int PendingTimers { get; set; }
    }

    private static Chunk MakeChunk(int chunkIndex, int count, int total, int open, DateTime nowUtc)
    {
        var chunk = new Chunk();
        var random = new Random(chunkIndex * 7919 + 17);
        var todayLocal = DateOnly.FromDateTime((nowUtc + VietnamOffset).Date);
        for (var k = 0; k < count; k++)
        {
            var n = chunkIndex * ChunkSize + k;
            // A multiplicative hash spreads the open dossiers evenly over communes and chunks.
            var isOpen = (long)n * 2_654_435_761L % total < open;
            // Finished dossiers were received over the past year; open ones in the last 25 days, never today
            // (today's codes are the engine's, from its own counters).
            var daysAgo = isOpen ? 1 + random.NextDouble() * 24 : 25 + random.NextDouble() * 340;
            var submitted = WorkingInstant(nowUtc.AddDays(-daysAgo), random);
            if (DateOnly.FromDateTime((submitted + VietnamOffset).Date) >= todayLocal)
            {
                submitted = submitted.AddDays(-1);
            }

            AddDossier(chunk, n, submitted, isOpen, random, nowUtc);
        }

        return chunk;
    }

    /// <summary>An instant in office hours (08:00-17:00 Vietnam time) on a weekday, near the given one.</summary>
    private static DateTime WorkingInstant(DateTime aroundUtc, Random random)
    {
        var local = (aroundUtc + VietnamOffset).Date;
        while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            local = local.AddDays(-1);
        }

        return DateTime.SpecifyKind(local.AddHours(8 + random.NextDouble() * 9) - VietnamOffset, DateTimeKind.Utc);
    }

    private static void AddDossier(Chunk chunk, int n, DateTime submitted, bool isOpen, Random random, DateTime nowUtc)
    {
        var (commune, office, agency) = Units[n % Communes];
        var id = Guid.CreateVersion7(new DateTimeOffset(submitted));
        var name = Names.Applicant(n);
        var localDate = DateOnly.FromDateTime((submitted + VietnamOffset).Date);
        // The engine's pattern with a six-digit serial, unique per commune, so no generated code meets one the engine gives today.
        var code = $"{agency}-{localDate:yyMMdd}-{n / Communes:D6}";
        var due = submitted.AddDays(21);
        // Outcome of a finished dossier: 94 % returned, 4 % refused at intake, 2 % withdrawn.
        var fate = random.Next(100);
        var refused = !isOpen && fate >= 94 && fate < 98;
        var withdrawn = !isOpen && fate >= 98;
        var stepsDone = isOpen ? random.Next(5) : refused ? 0 : withdrawn ? 1 + random.Next(3) : 5;
        var slow = random.Next(100) < 8;

        var journal = new JournalChain(chunk, id);
        var desk = $"desk-officer@{commune}";
        journal.Add(submitted, "receive-at-desk", desk, commune, "desk-officer", null, 1, null, "Submitted", null, null, null, null, null,
            """{"procedure":"building-permit-house/v2","channel":"Desk","sets":1}""");
        var state = isOpen ? "InProgress" : refused ? "RefusedAtIntake" : withdrawn ? "Withdrawn" : "Returned";
        int status;
        DateTime? finished = null, returned = null;
        string? punctuality = null;
        if (refused)
        {
            finished = submitted.AddMinutes(20);
            journal.Add(finished.Value, "refuse-intake", desk, commune, "desk-officer", 1, 3, "Submitted", "RefusedAtIntake", null, null, null, null, null, null, reason: "Hồ sơ không thuộc thẩm quyền");
            status = 3;
            chunk.Dossiers.Add(DossierRow(id, code, state, status, commune, name, n, submitted, null, null, finished, null, null, null, finished.Value, 1));
            journal.Flush();
            return;
        }

        journal.Add(submitted.AddMinutes(1), "accept", desk, commune, "desk-officer", 1, 2, "Submitted", "InProgress", null, null, null, null, null,
            $$"""{"duration":"15 ngày làm việc","due":"{{due:O}}"}""");
        AddTimer(chunk, id, null, "DossierNearDue", due.AddDays(-1), submitted, isOpen ? null : finished ?? due, isOpen);
        AddTimer(chunk, id, null, "DossierOverdue", due, submitted, null, isOpen);

        var at = submitted.AddMinutes(1);
        Guid? previous = null;
        string? previousUnit = null;
        status = 2;
        for (var s = 0; s <= Math.Min(stepsDone, 4); s++)
        {
            var unit = s is 1 or 2 ? office : commune;
            var itemId = Guid.CreateVersion7(new DateTimeOffset(at));
            var itemDue = at.AddDays(StepDays[s] * 1.4);
            var done = s < stepsDone;
            var took = TimeSpan.FromHours(s == 0 ? 0.2 + random.NextDouble() : 4 + random.NextDouble() * 24 * StepDays[s] * (slow && s == 1 ? 3.5 : 0.8));
            var completed = at + took;
            if (!done && completed > nowUtc)
            {
                completed = nowUtc;
            }

            var officer = $"{Roles[s]}@{unit}";
            var itemPunctuality = done ? (completed <= itemDue.Date ? "Early" : completed <= itemDue ? "OnTime" : "Late") : null;
            chunk.Items.Add([
                itemId, id, "Task", StepIds[s], StepNames[s], Phases[s], unit, Roles[s], done ? officer : null, done ? officer : null,
                done ? "Completed" : withdrawn && s == stepsDone ? "Cancelled" : "Open", at, itemDue, done ? completed : null, done ? officer : null, done ? officer : null,
                done ? Outcomes[s] : null, itemPunctuality, "", previous, previousUnit,
            ]);
            var newStatus = s == 4 ? 9 : s == 0 ? 2 : 4;
            if (s == 4 && !isOpen)
            {
                finished = at;
                punctuality = finished <= due.Date ? "Early" : finished <= due ? "OnTime" : "Late";
            }

            journal.Add(at, previous is null ? "task-created" : "handoff", previous is null ? "system" : officer, previousUnit ?? commune, Roles[s], status, newStatus,
                "InProgress", "InProgress", itemId, StepIds[s], previousUnit, unit, previous is null ? null : "Early",
                $$"""{"step":"{{StepIds[s]}}","unit":"{{unit}}","role":"{{Roles[s]}}","due":"{{itemDue:O}}"}""");
            status = newStatus;
            var stillOpen = isOpen && !done;
            AddTimer(chunk, id, itemId, "StepReminder", itemDue.AddDays(-1), at, done ? completed : null, stillOpen);
            AddTimer(chunk, id, itemId, "StepOverdue", itemDue, at, done ? completed : null, stillOpen);
            if (!done)
            {
                break;
            }

            journal.Add(completed, "complete", officer, unit, Roles[s], status, status, "InProgress", "InProgress", itemId, StepIds[s], null, null, null,
                $$"""{"outcome":"{{Outcomes[s]}}","punctuality":"{{itemPunctuality}}"}""");
            if (s == 1)
            {
                journal.Add(completed, "decision", officer, unit, Roles[s], status, status, "InProgress", "InProgress", itemId, StepIds[s], null, null, null,
                    """{"step":"needs-opinions","rule":"otherwise","to":"head-review"}""");
            }

            previous = itemId;
            previousUnit = unit;
            at = completed;
        }

        if (withdrawn)
        {
            finished = at.AddHours(2);
            journal.Add(finished.Value, "withdraw", "citizen", null, null, status, 7, "InProgress", "Withdrawn", null, null, null, null, null, null, reason: "Công dân rút hồ sơ");
            status = 7;
        }
        else if (!isOpen)
        {
            returned = at;
            journal.Add(at, "end", "desk-officer@" + commune, commune, "desk-officer", 9, 10, "InProgress", "Returned", null, null, null, null, null,
                $$"""{"step":"issued","result":"Issued","punctuality":"{{punctuality}}"}""");
            status = 10;
        }

        chunk.Dossiers.Add(DossierRow(id, code, state, status, commune, name, n, submitted, submitted.AddMinutes(1), due, finished, returned, punctuality,
            withdrawn ? null : isOpen ? null : "Issued", returned ?? finished ?? at, journal.Count));
        if (n % 499 == 0)
        {
            chunk.Samples.Add(new SampleDossier(id, code, SearchText.Fold(name), commune));
        }

        journal.Flush();
        if (isOpen)
        {
            chunk.Open++;
        }
    }

    internal static object?[] DossierRow(Guid id, string code, string state, int status, string commune, string name, int n, DateTime submitted, DateTime? accepted,
        DateTime? due, DateTime? finished, DateTime? returned, string? punctuality, string? result, DateTime updated, long version) =>
    [
        id, code, "building-permit-house", 2, "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", state, status, "Desk", commune, name,
        SearchText.Fold(name), $"0{79_190_000_000L + n}", $"09{n % 100_000_000:D8}", $"Số {n % 300 + 1}, tổ {n % 12 + 1}, {commune}", null,
        $$"""{"floorArea":{{80 + n % 400}},"floors":{{1 + n % 5}},"heritageZone":false}""", """[{"documentId":"don-de-nghi","originals":1}]""", 1,
        submitted, accepted, due, due, false, finished, returned, punctuality, result, updated, version,
        "Desk",
    ];

    private static void AddTimer(Chunk chunk, Guid dossier, Guid? item, string kind, DateTime due, DateTime created, DateTime? closedAt, bool pending)
    {
        var fired = !pending && closedAt is { } closed && closed > due;
        chunk.Timers.Add([Guid.CreateVersion7(new DateTimeOffset(created)), dossier, item, kind, due, pending ? "Pending" : fired ? "Fired" : "Cancelled", created, fired ? due : null, fired ? 1 : 0]);
        if (pending)
        {
            chunk.PendingTimers++;
        }
    }

    /// <summary>A dossier's journal, chained with the engine's hasher as the engine would write it.</summary>
    private sealed class JournalChain(Chunk chunk, Guid dossier)
    {
        private readonly List<JournalEntryRecord> _entries = [];
        private string _previous = JournalHasher.Genesis;

        public int Count => _entries.Count;

        public void Add(DateTime at, string command, string? actor, string? unit, string? role, int? fromStatus, int toStatus, string? fromState, string toState,
            Guid? item, string? step, string? handoffFrom, string? handoffTo, string? handoffPunctuality, string? detail, string? reason = null)
        {
            var entry = new JournalEntryRecord
            {
                DossierId = dossier, Sequence = _entries.Count + 1, At = at, Command = command, ActorId = actor, ActorName = actor, ActorUnitId = unit, ActorRole = role,
                FromStatus = fromStatus, ToStatus = toStatus, FromState = fromState, ToState = toState, WorkItemId = item, StepId = step,
                HandoffFromUnitId = handoffFrom, HandoffToUnitId = handoffTo,
                HandoffPunctuality = handoffPunctuality is null ? null : Enum.Parse<Engine.Deadlines.Punctuality>(handoffPunctuality),
                Reason = reason, DetailJson = detail, PreviousHash = _previous,
            };
            entry.Hash = JournalHasher.Compute(entry);
            _previous = entry.Hash;
            _entries.Add(entry);
        }

        public void Flush()
        {
            foreach (var e in _entries)
            {
                chunk.Journal.Add([
                    e.DossierId, e.Sequence, e.At, e.Command, e.ActorId, e.ActorName, e.ActorUnitId, e.ActorRole, e.FromStatus, e.ToStatus, e.FromState, e.ToState,
                    e.WorkItemId, e.StepId, e.HandoffFromUnitId, e.HandoffToUnitId, e.HandoffPunctuality?.ToString(), e.Reason, e.DetailJson, e.PreviousHash, e.Hash,
                ]);
            }
        }
    }
}
