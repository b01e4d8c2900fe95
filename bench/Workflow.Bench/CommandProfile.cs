using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Bench;

/// <summary>
/// Where a task completion's time goes: drives a few dossiers one at a time with an interceptor that
/// counts every SQL command (each one a round trip) and times commands and commits, so the rest is
/// time spent in .NET (EF Core, the engine). Writes every distinct SQL text to a file beside the results.
/// </summary>
public sealed class CommandProfile : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private long _commands;
    private long _commandTicks;
    private long _commits;
    private long _commitTicks;
    private readonly ConcurrentDictionary<string, int> _texts = new();
    private readonly ConcurrentDictionary<DbCommand, long> _started = new();

    public static async Task<JsonObject> MeasureAsync(BenchDatabase database, int dossiers = 20)
    {
        var profile = new CommandProfile();
        var (engine, db) = EngineSetup.Create(database, profile);
        var scenario = new ThroughputScenario(engine, db);
        await scenario.RunAsync(2, 1, seed: 99);
        profile.Reset();
        var run = await scenario.RunAsync(dossiers, 1, seed: 98);
        var commands = dossiers * 6 + run.LookupMs.Count;
        var sqlFile = Path.Combine(Path.GetDirectoryName(database.SqlitePath ?? Path.GetTempPath())!, $"sql-{database.Provider}.txt".ToLowerInvariant());
        await File.WriteAllLinesAsync(sqlFile, profile._texts.OrderByDescending(t => t.Value).Select(t => $"-- executed {t.Value} times\n{t.Key}\n"));
        var totalMs = (run.ReceiveSeconds + run.CompleteSeconds) * 1000;
        return new JsonObject
        {
            ["dossiers"] = dossiers,
            ["engineCommands"] = dossiers * 6,
            ["sqlCommandsPerEngineCommand"] = Math.Round((double)(profile._commands - run.LookupMs.Count) / (dossiers * 6), 2),
            ["sqlMsPerEngineCommand"] = Math.Round(Stopwatch.GetElapsedTime(0, profile._commandTicks).TotalMilliseconds / commands, 3),
            ["commitMsPerEngineCommand"] = Math.Round(Stopwatch.GetElapsedTime(0, profile._commitTicks).TotalMilliseconds / Math.Max(1, profile._commits), 3),
            ["wallMsPerEngineCommand"] = Math.Round(totalMs / commands, 3),
            ["sqlLog"] = sqlFile,
        };
    }

    private void Reset()
    {
        _commands = _commandTicks = _commits = _commitTicks = 0;
        _texts.Clear();
    }

    private void Begin(DbCommand command)
    {
        Interlocked.Increment(ref _commands);
        _texts.AddOrUpdate(command.CommandText, 1, (_, n) => n + 1);
        _started[command] = Stopwatch.GetTimestamp();
    }

    private void End(DbCommand command)
    {
        if (_started.TryRemove(command, out var started))
        {
            Interlocked.Add(ref _commandTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _commitTicks, (long)(eventData.Duration.TotalSeconds * Stopwatch.Frequency));
        return Task.CompletedTask;
    }
}
