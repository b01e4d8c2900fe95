using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// Makes the database unreachable on demand: while <see cref="Down"/>, every statement that
/// <see cref="Affects"/> fails before it runs, as when the server or the disk went away, with the
/// provider's own error for it (SQLite's I/O error, PostgreSQL's administrator shutdown), which
/// <see cref="Workflow.Engine.Persistence.DatabaseErrors.IsUnavailable"/> recognises.
/// </summary>
public sealed class DatabaseOutage : DbCommandInterceptor
{
    public bool Down { get; set; }

    /// <summary>Which statements fail while down; all of them unless set.</summary>
    public Func<string, bool> Affects { get; init; } = _ => true;

    /// <summary>
    /// False for a statement that fails for a reason of its own while the database works (an error
    /// that is not an outage).
    /// </summary>
    public bool Unavailable { get; init; } = true;

    public int Failures { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return base.ScalarExecuting(command, eventData, result);
    }

    private void Check(DbCommand command)
    {
        if (Down && Affects(command.CommandText))
        {
            Failures++;
            throw !Unavailable ? new InvalidOperationException("Simulated failure of one statement.")
                : command is NpgsqlCommand ? new PostgresException("Simulated outage: the server is shutting down.", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)
                : command is SqliteCommand ? new SqliteException("Simulated outage: disk I/O error.", 10)
                : new InvalidOperationException($"No simulated outage for {command.GetType().Name}.");
        }
    }
}
