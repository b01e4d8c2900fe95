using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Sets each new SQLite connection up for a server: write-ahead logging so readers never wait
/// for the writer, NORMAL synchronisation (durable across crashes of the process, the usual
/// choice with WAL), and foreign keys enforced.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Setup;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Setup;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
