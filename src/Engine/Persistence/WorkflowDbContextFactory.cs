using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflow.Engine.Persistence;

/// <summary>Creates a context for the configured provider; one per command or query.</summary>
public sealed class WorkflowDbContextFactory
{
    private readonly Func<WorkflowDbContext> _create;
    private readonly IInterceptor[] _interceptors;
    private Func<WorkflowDbContext>? _createGrouped;

    /// <param name="options">Provider and connection string.</param>
    /// <param name="interceptors">Extra EF Core interceptors (diagnostics, fault injection in tests).</param>
    public WorkflowDbContextFactory(DatabaseOptions options, params IInterceptor[] interceptors)
    {
        Options = options;
        _interceptors = interceptors;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                var sqlite = new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(options.ConnectionString)
                    .AddInterceptors([new SqlitePragmas(), new SqliteIndexHints(), .. interceptors])
                    .Options;
                _create = Pooled(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
                    .UseNpgsql(ForTheEngine(options.ConnectionString))
                    .AddInterceptors(interceptors)
                    .Options;
                _create = Pooled(postgres);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerWorkflowDbContext>()
                    .UseSqlServer(options.ConnectionString)
                    .AddInterceptors(interceptors)
                    .Options;
                _create = Pooled(sqlServer);
                break;
            default:
                throw new NotSupportedException($"Unknown database provider {options.Provider}.");
        }
    }

    public DatabaseOptions Options { get; }

    /// <summary>
    /// Contexts come from EF Core's pool: building a context's internal services costs about as much
    /// as a short query, and every command and query creates at least one. A pooled context is reset
    /// when disposed, so nothing of one command is seen by the next.
    /// </summary>
    private static Func<WorkflowDbContext> Pooled<TContext>(DbContextOptions<TContext> options)
        where TContext : WorkflowDbContext
    {
        var pool = new PooledDbContextFactory<TContext>(options);
        return pool.CreateDbContext;
    }

    public WorkflowDbContext Create() => _create();

    /// <summary>
    /// Every command runs the same dozen statements, so PostgreSQL keeps them prepared per connection
    /// (Npgsql's automatic preparation) instead of parsing and planning each one again. Nor does a
    /// connection need resetting when it goes back to the pool: the engine never changes session
    /// state (no SET, LISTEN, temporary tables or advisory locks), and the reset is seven statements
    /// the server runs on every checkout. And the sessions start without JIT compilation: a monthly
    /// report's GROUP BYs are costed above PostgreSQL's JIT thresholds, and compiling them took
    /// 0.5–1.5 s each on a million dossiers, longer than running them; the engine's short statements
    /// never gain from it. Each is left as the connection string says, if it says.
    /// </summary>
    private static string ForTheEngine(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// Begins a command's write transaction: on SQLite an immediate one, taken in turn with the other
    /// writers of this process (see <see cref="SqliteWriteGate"/>); on the server databases a plain one
    /// (the command locks the rows it changes). The transaction is all or nothing, since any failure
    /// rolls all of it back, so SaveChanges is told not to wrap itself in a savepoint of its own
    /// (on PostgreSQL that savepoint was a round trip of its own on every command).
    /// </summary>
    public Task<IDbContextTransaction> BeginWriteAsync(WorkflowDbContext db, CancellationToken cancellationToken = default)
    {
        db.Database.AutoSavepointsEnabled = false;
        return Options.Provider == DatabaseProvider.Sqlite
            ? SqliteWriteGate.BeginAsync(db, Options.ConnectionString, cancellationToken)
            : db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>
    /// Begins one engine command's writes: on the server databases a context with its own
    /// transaction; on SQLite, when other writers are queued, a context on the writer lane's connection
    /// as one member of its group transaction, so that commands queued behind each other share one
    /// commit (a command with nobody queued behind it writes alone, with a transaction of its own).
    /// </summary>
    internal async Task<CommandWrite> BeginCommandAsync(CancellationToken cancellationToken)
    {
        if (Options.Provider != DatabaseProvider.Sqlite)
        {
            var own = Create();
            try
            {
                return new TransactionCommandWrite(own, await BeginWriteAsync(own, cancellationToken));
            }
            catch
            {
                await own.DisposeAsync();
                throw;
            }
        }

        var lane = SqliteWriteGate.LaneOf(Options.ConnectionString);
        var member = await lane.JoinAsync(cancellationToken);
        if (member is null)
        {
            var alone = Create();
            try
            {
                alone.Database.AutoSavepointsEnabled = false;
                return new TransactionCommandWrite(alone, await SqliteWriteGate.BeginHeldAsync(alone, lane, cancellationToken));
            }
            catch
            {
                await alone.DisposeAsync();
                throw;
            }
        }

        WorkflowDbContext? db = null;
        try
        {
            db = GroupedContexts(lane)();
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.UseTransactionAsync(member.Transaction, cancellationToken);
            return new GroupedCommandWrite(db, member);
        }
        catch
        {
            member.Abandon();
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// Whether commands should read and decide before taking the write lock, and save only if their
    /// dossier has not changed meanwhile: on SQLite, whose one writer is the bottleneck
    /// (see <see cref="ReadFirstCommandWrite"/>). The server databases lock the dossier's row instead.
    /// </summary>
    internal bool ReadsBeforeWriting => Options.Provider == DatabaseProvider.Sqlite;

    /// <summary>Begins a command that reads outside the write lock (<see cref="ReadsBeforeWriting"/>).</summary>
    internal async Task<CommandWrite> BeginReadFirstCommandAsync(CancellationToken cancellationToken) =>
        await ReadFirstCommandWrite.BeginAsync(this, SqliteWriteGate.LaneOf(Options.ConnectionString), cancellationToken);

    /// <summary>Pooled contexts bound to the lane's connection; only the member holding the lane uses one.</summary>
    private Func<WorkflowDbContext> GroupedContexts(SqliteWriteLane lane) =>
        _createGrouped ??= Pooled(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
            .UseSqlite(lane.Connection)
            .AddInterceptors([new SqliteIndexHints(), .. _interceptors])
            .Options);

    /// <summary>Creates the database when missing and applies every pending migration.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Create();
        // A database migrated by a build whose migrations have since been merged into one would
        // otherwise fail on "table already exists"; say what it is and what to do instead.
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new ForeignMigrationsException(
                $"Cơ sở dữ liệu ({Options.Provider}) do một bản dựng khác của hệ thống tạo (có bước cập nhật {string.Join(", ", unknown)} mà bản này không có): nếu là cơ sở dữ liệu thử nghiệm, hãy xóa nó (mặc định là thư mục src/Server/data) rồi khởi động lại; nếu không, hãy chạy bản dựng đã tạo ra nó. / " +
                $"The database ({Options.Provider}) was migrated by another build of the engine: it records the migration(s) {string.Join(", ", unknown)}, which this build does not have. " +
                "If it is a development or demo database made before the migrations were merged, delete it (for the embedded default, the folder src/Server/data) and start again; otherwise run the build that made it.");
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
