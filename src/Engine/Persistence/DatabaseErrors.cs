using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Tells database failures apart by the provider's error type and code, never by message text
/// (messages change with the server's language and version).
/// </summary>
public static class DatabaseErrors
{
    // SQLite result codes (https://sqlite.org/rescode.html): the primary code is the low byte of the extended one.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>A unique index or primary key refused the row: SQLite 2067/1555, PostgreSQL 23505, SQL Server 2601/2627.</summary>
    public static bool IsUniqueViolation(Exception exception) => Causes(exception).Any(e => e switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    });

    /// <summary>
    /// The database cannot take the request now, for reasons outside the request: unreachable,
    /// shutting down or failing over, read-only, out of connections or disk. Such a failure is
    /// the same request's to try again later, not a fault of the system.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => Causes(exception).Any(e => e switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen,
        PostgresException postgres => IsPostgresUnavailable(postgres.SqlState),
        // Npgsql marks connection-level failures (refused, reset, timed out) as transient; a socket or
        // timeout error elsewhere in a request is not the database's and stays a 500.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqlException sqlServer => IsSqlServerUnavailable(sqlServer.Number),
        _ => false,
    });

    private static bool IsPostgresUnavailable(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) // connection exception
        || state.StartsWith("53", StringComparison.Ordinal) // insufficient resources (disk full, too many connections)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.DatabaseDropped;

    private static bool IsSqlServerUnavailable(int number) => number is
        -2 // timeout
        or 53 or 233 or 10053 or 10054 or 10060 // network
        or 4060 or 40613 or 40197 or 40501 or 49918 or 49919 or 49920 // database unavailable, failing over, throttled
        or 3906 or 3908; // read-only database

    /// <summary>The exception and those it wraps (EF Core wraps the provider's in DbUpdateException or InvalidOperationException).</summary>
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
