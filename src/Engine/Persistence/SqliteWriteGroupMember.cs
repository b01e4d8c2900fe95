using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence;

/// <summary>One command's place in a SQLite write group: its savepoint, kept or undone exactly once.</summary>
internal sealed class SqliteWriteGroupMember(SqliteWriteLane lane, SqliteTransaction transaction)
{
    private bool _done;

    public SqliteTransaction Transaction => transaction;

    /// <summary>Keeps the command's work; returns when the group has committed it, throws if the group could not.</summary>
    public Task FinishAsync()
    {
        _done = true;
        return lane.FinishAsync();
    }

    /// <summary>Undoes the command's work unless it was kept.</summary>
    public void Abandon()
    {
        if (!_done)
        {
            _done = true;
            lane.Abandon();
        }
    }
}
