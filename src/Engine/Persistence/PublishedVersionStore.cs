using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The database's copy of every published procedure version: the record of what dossiers ran
/// on. Read at start so a node whose folder lacks a version can still run it, and so a file
/// that differs from what was recorded is refused.
/// </summary>
public static class PublishedVersionStore
{
    public static async Task<IReadOnlyList<PublishedVersionRecord>> ReadAsync(WorkflowDbContextFactory factory, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var rows = await db.PublishedVersions.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedVersionRecord(r.ProcedureId, r.Version, r.ContentHash,
            new DateTimeOffset(r.PublishedAt, TimeSpan.Zero), r.PublishedBy, r.Content)).ToList();
    }

    /// <summary>Records every published version that the database does not hold yet; returns how many were added.</summary>
    public static async Task<int> RecordAsync(WorkflowDbContextFactory factory, IEnumerable<ProcedureDefinition> definitions, IReadOnlyList<PublishedVersionRecord> lockFile, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var known = (await db.PublishedVersions.AsNoTracking().Select(r => new { r.ProcedureId, r.Version }).ToListAsync(cancellationToken))
            .Select(r => VersionKey.Of(r.ProcedureId, r.Version)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var definition in definitions.Where(d => d.Status == DefinitionStatus.Published && !known.Contains(d.Key)))
        {
            var recorded = lockFile.FirstOrDefault(r => r.Key == definition.Key);
            db.PublishedVersions.Add(new PublishedVersionRow
            {
                ProcedureId = definition.Id,
                Version = definition.Version,
                ContentHash = definition.Source.ContentHash,
                Content = definition.Source.CanonicalJson,
                PublishedAt = (recorded?.PublishedAt ?? now).UtcDateTime,
                PublishedBy = recorded?.PublishedBy ?? "system",
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
