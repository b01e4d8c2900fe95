using Workflow.Engine.Organisation;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The procedures the engine runs with. Replaced as a whole when an analyst publishes a
/// version, so a command always sees one consistent set of definitions. Once the organisation
/// is read from the database, it replaces the file's in every snapshot, and
/// <see cref="RefreshAsync"/> brings it up to date when another node changed it.
/// </summary>
public sealed class WorkspaceAccessor(ProceduresWorkspace initial)
{
    private volatile ProceduresWorkspace _current = initial;
    private volatile DatabaseOrganisation? _database;
    private Func<long?, CancellationToken, Task<DatabaseOrganisation?>>? _reader;

    // Set for the flow of a timer pass that refreshed at its start (see HoldFresh).
    private readonly AsyncLocal<bool> _freshInFlow = new();

    /// <summary>The organisation as the database holds it, at a version.</summary>
    public sealed record DatabaseOrganisation(long Version, OrganisationModel Model, IReadOnlyDictionary<string, string> Successions);

    public ProceduresWorkspace Current
    {
        get => _current;
        set => _current = _database is { } organisation ? value.WithOrganisation(organisation.Model, organisation.Successions) : value;
    }

    /// <summary>The version of the database's organisation this node runs with; null while it runs with the file's.</summary>
    public long? OrganisationVersion => _database?.Version;

    /// <summary>
    /// From now on, the organisation comes from the database: <paramref name="reader"/> is given the
    /// version this node holds and returns a newer organisation, or null when the version is unchanged.
    /// </summary>
    public Task ReadOrganisationFromDatabaseAsync(Func<long?, CancellationToken, Task<DatabaseOrganisation?>> reader, CancellationToken cancellationToken = default)
    {
        _reader = reader;
        return RefreshAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the database's organisation when its version moved (one cheap read of the version otherwise). Does nothing with the
    /// file's organisation, nor inside a flow that holds a fresh one (<see cref="HoldFresh"/>).
    /// </summary>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => _freshInFlow.Value ? Task.CompletedTask : ReloadAsync(cancellationToken);

    /// <summary>
    /// Until the returned scope ends, the commands of this flow run with the organisation as it is now instead of each reading
    /// its version again: a timer pass refreshes once at its start rather than once per timer it fires. Call it after
    /// <see cref="RefreshAsync"/>, from the method whose callees should skip the read.
    /// </summary>
    public IDisposable HoldFresh()
    {
        _freshInFlow.Value = true;
        return new FreshScope(_freshInFlow);
    }

    /// <summary>Reads the version even inside a flow that holds a fresh organisation: after this node changed it itself.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        if (_reader is not { } reader || await reader(_database?.Version, cancellationToken) is not { } newer)
        {
            return;
        }

        lock (this)
        {
            if (_database is { } held && held.Version >= newer.Version)
            {
                return;
            }

            _database = newer;
            _current = _current.WithOrganisation(newer.Model, newer.Successions);
        }
    }

    private sealed class FreshScope(AsyncLocal<bool> fresh) : IDisposable
    {
        public void Dispose() => fresh.Value = false;
    }
}
