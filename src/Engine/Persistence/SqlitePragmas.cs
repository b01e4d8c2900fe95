using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Sets each new SQLite connection up for a server: write-ahead logging so readers never wait
/// for the writer, NORMAL synchronisation (durable across crashes of the process, the usual
/// choice with WAL), and foreign keys enforced. Nor does a commit copy the log back into the
/// database when it has grown: the writer lane has that done beside the writers
/// (<see cref="SqliteWalCheckpointer"/>), where it does not hold up the next one. The settings belong to the physical connection,
/// which the pool keeps open, so they are sent once per physical connection, not on every open.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0;";

    /// <summary>Physical connections (their native handles) already set up; an entry goes when its handle is collected.</summary>
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Setup;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Setup;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The same for a connection the engine opens itself, outside EF Core (the writer queue's).</summary>
    internal static void Apply(SqliteConnection connection)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Setup;
            command.ExecuteNonQuery();
        }
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, handle);
}
