using System.Globalization;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Store;

/// <summary>
/// Where the store's documents come from. Each source (electronic results today; certified
/// electronic copies made at the desk next) answers for its own documents and checks them as it
/// reads them, so the store itself is only the union of its sources.
/// </summary>
public interface IStoreSource
{
    /// <summary>The word recorded with each reuse to say which source the entry id belongs to; never changes once written.</summary>
    string Name { get; }

    /// <summary>Every document of the holder this source keeps, checked, newest first.</summary>
    Task<IReadOnlyList<StoreEntry>> ForHolderAsync(WorkflowDbContext db, string holderId, DateOnly today, CultureInfo? culture, CancellationToken cancellationToken);

    /// <summary>One document, checked; null when this source has none with that id.</summary>
    Task<StoreEntry?> FindAsync(WorkflowDbContext db, Guid id, DateOnly today, CultureInfo? culture, CancellationToken cancellationToken);
}
