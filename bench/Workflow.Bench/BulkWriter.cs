using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Workflow.Bench;

/// <summary>The columns one table is loaded with.</summary>
public sealed record TableShape(string Table, string[] Columns);

/// <summary>
/// Loads rows into the engine's tables without the engine: binary COPY on PostgreSQL, prepared
/// multi-row INSERTs in one transaction on SQLite. Rows must be consistent by construction:
/// foreign keys are not checked while loading (replica mode on PostgreSQL, foreign_keys off on SQLite).
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(BenchDatabase database, IReadOnlyList<TableShape> tables)
    {
        if (database.IsPostgres)
        {
            var writer = new PostgresBulkWriter();
            foreach (var table in tables)
            {
                await writer.AddAsync(database.PlainConnectionString, table);
            }

            return writer;
        }

        return SqliteBulkWriter.Open(database.PlainConnectionString, tables);
    }

    /// <summary>Writes one row into the table with this index in the list given when opening.</summary>
    public abstract void Write(int table, object?[] values);

    public abstract Task CompleteAsync();

    public abstract ValueTask DisposeAsync();
}

internal sealed class PostgresBulkWriter : BulkWriter
{
    private readonly List<(NpgsqlConnection Connection, NpgsqlBinaryImporter Importer)> _streams = [];

    public async Task AddAsync(string connectionString, TableShape shape)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica; SET synchronous_commit = off", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        var importer = await connection.BeginBinaryImportAsync(
            $"COPY {shape.Table} ({string.Join(", ", shape.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        _streams.Add((connection, importer));
    }

    public override void Write(int table, object?[] values)
    {
        var importer = _streams[table].Importer;
        importer.StartRow();
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    importer.WriteNull();
                    break;
                case Guid g:
                    importer.Write(g, NpgsqlDbType.Uuid);
                    break;
                case string s:
                    importer.Write(s, NpgsqlDbType.Text);
                    break;
                case int i:
                    importer.Write(i, NpgsqlDbType.Integer);
                    break;
                case long l:
                    importer.Write(l, NpgsqlDbType.Bigint);
                    break;
                case bool b:
                    importer.Write(b, NpgsqlDbType.Boolean);
                    break;
                case DateTime d:
                    importer.Write(DateTime.SpecifyKind(d, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
                    break;
                default:
                    throw new NotSupportedException(value.GetType().Name);
            }
        }
    }

    public override async Task CompleteAsync()
    {
        foreach (var (_, importer) in _streams)
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var (connection, _) in _streams)
        {
            await connection.DisposeAsync();
        }
    }
}

/// <summary>
/// SQLite: one connection, one transaction, and per table a prepared INSERT of many rows at once,
/// bound through SQLite's own API (the engine's model stores GUIDs as upper-case text and instants
/// as "yyyy-MM-dd HH:mm:ss.FFFFFFF" text, and so does this).
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly Table[] _tables;

    private SqliteBulkWriter(SqliteConnection connection, Table[] tables)
    {
        _connection = connection;
        _tables = tables;
    }

    public static SqliteBulkWriter Open(string connectionString, IReadOnlyList<TableShape> shapes)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Exec(connection.Handle!, "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY; BEGIN");
        return new SqliteBulkWriter(connection, shapes.Select(s => new Table(connection.Handle!, s)).ToArray());
    }

    public override void Write(int table, object?[] values) => _tables[table].Add(values);

    public override Task CompleteAsync()
    {
        foreach (var table in _tables)
        {
            table.Flush();
            table.Dispose();
        }

        Exec(_connection.Handle!, "COMMIT; PRAGMA journal_mode=WAL;");
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Exec(sqlite3 db, string sql)
    {
        if (raw.sqlite3_exec(db, sql) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"{sql}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }

    private sealed class Table : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly TableShape _shape;
        private readonly int _rowsPerStatement;
        private readonly sqlite3_stmt _many;
        private readonly List<object?[]> _pending = [];

        public Table(sqlite3 db, TableShape shape)
        {
            _db = db;
            _shape = shape;
            _rowsPerStatement = Math.Min(100, 30000 / shape.Columns.Length);
            _many = Prepare(_rowsPerStatement);
        }

        private sqlite3_stmt Prepare(int rows)
        {
            var row = "(" + string.Join(",", Enumerable.Repeat("?", _shape.Columns.Length)) + ")";
            var sql = $"INSERT INTO {_shape.Table} ({string.Join(",", _shape.Columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(",", Enumerable.Repeat(row, rows))}";
            if (raw.sqlite3_prepare_v2(_db, sql, out var statement) != raw.SQLITE_OK)
            {
                throw new InvalidOperationException($"{_shape.Table}: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
            }

            return statement;
        }

        public void Add(object?[] values)
        {
            _pending.Add(values);
            if (_pending.Count == _rowsPerStatement)
            {
                Run(_many, _pending);
                _pending.Clear();
            }
        }

        public void Flush()
        {
            if (_pending.Count > 0)
            {
                var statement = Prepare(_pending.Count);
                Run(statement, _pending);
                raw.sqlite3_finalize(statement);
                _pending.Clear();
            }
        }

        private void Run(sqlite3_stmt statement, List<object?[]> rows)
        {
            var index = 1;
            foreach (var values in rows)
            {
                foreach (var value in values)
                {
                    var rc = value switch
                    {
                        null => raw.sqlite3_bind_null(statement, index),
                        Guid g => raw.sqlite3_bind_text(statement, index, g.ToString().ToUpperInvariant()),
                        string s => raw.sqlite3_bind_text(statement, index, s),
                        int i => raw.sqlite3_bind_int64(statement, index, i),
                        long l => raw.sqlite3_bind_int64(statement, index, l),
                        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                        DateTime d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
                        _ => throw new NotSupportedException(value.GetType().Name),
                    };
                    if (rc != raw.SQLITE_OK)
                    {
                        throw new InvalidOperationException($"bind {_shape.Table}: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
                    }

                    index++;
                }
            }

            if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
            {
                throw new InvalidOperationException($"insert {_shape.Table}: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
            }

            raw.sqlite3_reset(statement);
        }

        public void Dispose() => raw.sqlite3_finalize(_many);
    }
}
