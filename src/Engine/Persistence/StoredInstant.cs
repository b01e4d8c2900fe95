namespace Workflow.Engine.Persistence;

/// <summary>
/// Instants are kept to the microsecond: PostgreSQL stores no finer, and a journal entry's hash
/// must be recomputable from what the database gives back, on every provider.
/// </summary>
public static class StoredInstant
{
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    public static DateTimeOffset Now(TimeProvider time) => Truncate(time.GetUtcNow());
}
