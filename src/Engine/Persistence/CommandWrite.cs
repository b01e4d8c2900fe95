namespace Workflow.Engine.Persistence;

/// <summary>
/// The context and transaction one engine command writes through. Disposing it without
/// <see cref="CommitAsync"/> undoes everything the command wrote.
/// </summary>
internal abstract class CommandWrite : IAsyncDisposable
{
    public abstract WorkflowDbContext Db { get; }

    /// <summary>Saves the command's changes and commits them; returns once they are durable as the provider makes them.</summary>
    public abstract Task CommitAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
