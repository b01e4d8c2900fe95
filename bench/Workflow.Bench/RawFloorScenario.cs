using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Bench;

public sealed record RawRun(int Tasks, double Seconds, List<double> CompleteMs)
{
    public double TasksPerSecond => Tasks / Seconds;
}

/// <summary>
/// Scenario 2, the floor: the least database work one task completion needs, in plain ADO.NET on
/// the engine's own schema, in one transaction: read (and on PostgreSQL lock) the dossier row,
/// close the task, bump the dossier's version, insert the next task, one journal entry and one
/// timer. Each worker keeps one open connection with prepared statements; on PostgreSQL the five
/// writes go in one batch (three round trips: select, batch, commit), on SQLite the transaction is
/// BEGIN IMMEDIATE like the engine's. Dossiers and their first task are inserted beforehand, untimed.
/// </summary>
public sealed class RawFloorScenario(BenchDatabase database)
{
    private const int TasksPerDossier = 5;
    private static readonly string[] Steps = ["receive", "review", "head-review", "sign", "return", "done"];

    public async Task<RawRun> RunAsync(int dossiers, int concurrency)
    {
        var seeds = await SeedAsync(dossiers);
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await ThroughputScenario.Workers(concurrency, async () =>
        {
            await using var worker = await Worker.OpenAsync(database);
            int i;
            while ((i = Interlocked.Increment(ref next)) < dossiers)
            {
                var (dossierId, firstTask) = seeds[i];
                var task = firstTask;
                for (var step = 0; step < TasksPerDossier; step++)
                {
                    var started = Stopwatch.GetTimestamp();
                    task = await worker.CompleteAsync(dossierId, task, step);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
        return new RawRun(dossiers * TasksPerDossier, watch.Elapsed.TotalSeconds, [.. latencies]);
    }

    private async Task<List<(Guid Dossier, Guid Task)>> SeedAsync(int count)
    {
        var seeds = new List<(Guid, Guid)>(count);
        await using var worker = await Worker.OpenAsync(database);
        await using var transaction = await worker.Connection.BeginTransactionAsync();
        var now = DateTime.UtcNow;
        var stamp = now.ToString("yyMMddHHmmssfff");
        for (var i = 0; i < count; i++)
        {
            var dossier = Guid.CreateVersion7();
            var task = Guid.CreateVersion7();
            await using var command = worker.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO dossiers ("Id","Code","ProcedureId","ProcedureVersion","ProcedureName","State","StatusCode","Channel","ReceivingUnitId","ResultDelivery",
                    "ApplicantName","ApplicantSearchName","DataJson","DocumentsJson","Sets","SubmittedAt","AcceptedAt","DueAt","Rescheduled","UpdatedAt","Version")
                VALUES (@id,@code,'building-permit-house',2,'Cấp giấy phép xây dựng','InProgress',4,'Desk','x-tan-phu-my','Desk',
                    @name,@search,'{"floorArea":180,"floors":3,"heritageZone":false}','[]',1,@now,@now,@due,FALSE,@now,1);
                INSERT INTO work_items ("Id","DossierId","Kind","StepId","StepName","Phase","UnitId","Role","Status","CreatedAt","DueAt","ForkPath")
                VALUES (@task,@id,'Task','receive','receive','Intake','x-tan-phu-my','desk-officer','Open',@now,@due,'');
                """;
            worker.Add(command, "id", dossier);
            worker.Add(command, "task", task);
            worker.Add(command, "code", $"RAW-{stamp}-{i:D6}");
            worker.Add(command, "name", Names.Applicant(i));
            worker.Add(command, "search", Engine.Runtime.Execution.SearchText.Fold(Names.Applicant(i)));
            worker.Add(command, "now", now);
            worker.Add(command, "due", now.AddDays(21));
            await command.ExecuteNonQueryAsync();
            seeds.Add((dossier, task));
        }

        await transaction.CommitAsync();
        return seeds;
    }

    /// <summary>One connection with its prepared statements.</summary>
    private sealed class Worker : IAsyncDisposable
    {
        private readonly bool _postgres;
        private DbCommand? _load;
        private DbCommand[] _writes = [];

        private Worker(DbConnection connection, bool postgres)
        {
            Connection = connection;
            _postgres = postgres;
        }

        public DbConnection Connection { get; }

        public static async Task<Worker> OpenAsync(BenchDatabase database)
        {
            DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.PlainConnectionString) : new SqliteConnection(database.PlainConnectionString);
            await connection.OpenAsync();
            if (!database.IsPostgres)
            {
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
                await pragmas.ExecuteNonQueryAsync();
            }

            return new Worker(connection, database.IsPostgres);
        }

        public void Add(DbCommand command, string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                // The engine's SQLite model stores GUIDs as upper-case text.
                Guid g when !_postgres => g.ToString().ToUpperInvariant(),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        private void Set(DbCommand command, string name, object? value) =>
            command.Parameters[name].Value = value switch
            {
                null => DBNull.Value,
                Guid g when !_postgres => g.ToString().ToUpperInvariant(),
                _ => value,
            };

        public async Task<Guid> CompleteAsync(Guid dossierId, Guid taskId, int step)
        {
            var now = DateTime.UtcNow;
            var nextTask = Guid.CreateVersion7();
            await using var transaction = await Connection.BeginTransactionAsync();
            Prepare(transaction);
            Set(_load!, "id", dossierId);
            long version;
            await using (var reader = await _load!.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                version = reader.GetInt64(0);
            }

            var journal = new JournalEntryRecord
            {
                DossierId = dossierId, Sequence = step + 2, At = now, Command = "complete", ActorId = "officer", ActorName = "Cán bộ",
                ActorUnitId = "x-tan-phu-my", ActorRole = "specialist", FromStatus = 4, ToStatus = 4, FromState = "InProgress", ToState = "InProgress",
                WorkItemId = taskId, StepId = Steps[step], DetailJson = "{\"outcome\":\"approve\"}", PreviousHash = JournalHasher.Genesis,
            };
            journal.Hash = JournalHasher.Compute(journal);
            foreach (var write in _writes)
            {
                write.Transaction = transaction;
            }

            var (closeTask, bump, insertTask, insertJournal, insertTimer) = (_writes[0], _writes[1], _writes[2], _writes[3], _writes[4]);
            Set(closeTask, "task", taskId);
            Set(closeTask, "now", now);
            Set(bump, "id", dossierId);
            Set(bump, "version", version);
            Set(bump, "now", now);
            Set(insertTask, "task", nextTask);
            Set(insertTask, "id", dossierId);
            Set(insertTask, "step", Steps[step + 1]);
            Set(insertTask, "now", now);
            Set(insertTask, "due", now.AddDays(3));
            Set(insertJournal, "id", dossierId);
            Set(insertJournal, "seq", journal.Sequence);
            Set(insertJournal, "now", now);
            Set(insertJournal, "task", taskId);
            Set(insertJournal, "step", journal.StepId);
            Set(insertJournal, "prev", journal.PreviousHash);
            Set(insertJournal, "hash", journal.Hash);
            Set(insertTimer, "timer", Guid.CreateVersion7());
            Set(insertTimer, "id", dossierId);
            Set(insertTimer, "task", nextTask);
            Set(insertTimer, "now", now);
            Set(insertTimer, "due", now.AddDays(3));
            if (_postgres)
            {
                await using var batch = new NpgsqlBatch((NpgsqlConnection)Connection, (NpgsqlTransaction)transaction);
                foreach (var write in _writes)
                {
                    var copy = new NpgsqlBatchCommand(write.CommandText);
                    foreach (NpgsqlParameter p in write.Parameters)
                    {
                        copy.Parameters.Add(p.Clone());
                    }

                    batch.BatchCommands.Add(copy);
                }

                await batch.ExecuteNonQueryAsync();
            }
            else
            {
                foreach (var write in _writes)
                {
                    await write.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
            return nextTask;
        }

        private void Prepare(DbTransaction transaction)
        {
            if (_load is not null)
            {
                _load.Transaction = transaction;
                return;
            }

            _load = Connection.CreateCommand();
            _load.Transaction = transaction;
            _load.CommandText = _postgres
                ? "SELECT \"Version\", \"StatusCode\", \"DueAt\" FROM dossiers WHERE \"Id\" = @id FOR UPDATE"
                : "SELECT \"Version\", \"StatusCode\", \"DueAt\" FROM dossiers WHERE \"Id\" = @id";
            Add(_load, "id", Guid.Empty);
            _writes =
            [
                Command(transaction, """UPDATE work_items SET "Status" = 'Completed', "CompletedAt" = @now, "CompletedById" = 'officer', "CompletedByName" = 'Cán bộ', "OutcomeId" = 'approve', "Punctuality" = 'Early' WHERE "Id" = @task AND "Status" = 'Open'""",
                    ("task", Guid.Empty), ("now", DateTime.UtcNow)),
                Command(transaction, """UPDATE dossiers SET "Version" = @version + 1, "UpdatedAt" = @now, "StatusCode" = 4 WHERE "Id" = @id AND "Version" = @version""",
                    ("id", Guid.Empty), ("version", 0L), ("now", DateTime.UtcNow)),
                Command(transaction, """
                    INSERT INTO work_items ("Id","DossierId","Kind","StepId","StepName","Phase","UnitId","Role","Status","CreatedAt","DueAt","ForkPath","FromUnitId")
                    VALUES (@task,@id,'Task',@step,'Bước tiếp theo','Processing','x-tan-phu-my-ktht','specialist','Open',@now,@due,'','x-tan-phu-my')
                    """, ("task", Guid.Empty), ("id", Guid.Empty), ("step", ""), ("now", DateTime.UtcNow), ("due", DateTime.UtcNow)),
                Command(transaction, """
                    INSERT INTO journal_entries ("DossierId","Sequence","At","Command","ActorId","ActorName","ActorUnitId","ActorRole","FromStatus","ToStatus",
                        "FromState","ToState","WorkItemId","StepId","DetailJson","PreviousHash","Hash")
                    VALUES (@id,@seq,@now,'complete','officer','Cán bộ','x-tan-phu-my','specialist',4,4,'InProgress','InProgress',@task,@step,'{"outcome":"approve"}',@prev,@hash)
                    """, ("id", Guid.Empty), ("seq", 0), ("now", DateTime.UtcNow), ("task", Guid.Empty), ("step", ""), ("prev", ""), ("hash", "")),
                Command(transaction, """
                    INSERT INTO timers ("Id","DossierId","WorkItemId","Kind","DueAt","Status","CreatedAt","Attempts")
                    VALUES (@timer,@id,@task,'StepOverdue',@due,'Pending',@now,0)
                    """, ("timer", Guid.Empty), ("id", Guid.Empty), ("task", Guid.Empty), ("now", DateTime.UtcNow), ("due", DateTime.UtcNow)),
            ];
            if (!_postgres)
            {
                _load.Prepare();
                foreach (var write in _writes)
                {
                    write.Prepare();
                }
            }
        }

        private DbCommand Command(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
        {
            var command = Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            return command;
        }

        public async ValueTask DisposeAsync()
        {
            _load?.Dispose();
            foreach (var write in _writes)
            {
                write.Dispose();
            }

            await Connection.DisposeAsync();
        }
    }
}
