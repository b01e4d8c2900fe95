using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>A command on SQLite, as a member of the writer lane's group transaction (see <see cref="SqliteWriteLane"/>).</summary>
internal sealed class GroupedCommandWrite(WorkflowDbContext db, SqliteWriteGroupMember member) : CommandWrite
{
    public override WorkflowDbContext Db => db;

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            member.Abandon();
            throw;
        }

        await member.FinishAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        member.Abandon();
        await db.Database.UseTransactionAsync(null);
        await db.DisposeAsync();
    }
}
