using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;

namespace Workflow.Server.Authentication;

/// <summary>Inserts a row unless another node inserted one with the same key first; either way the context is left as it was.</summary>
public static class UniqueInsert
{
    /// <summary>True when this row went in; false when its key was taken meanwhile.</summary>
    public static async Task<bool> TryInsertAsync<T>(this DbContext db, T row, CancellationToken cancellationToken = default)
        where T : class
    {
        // Added and forgotten again: the context is also the one Identity's stores track accounts in.
        var entry = db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }
}
