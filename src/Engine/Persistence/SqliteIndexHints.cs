using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Names the index SQLite must read a table through, for the few queries whose best index its
/// planner misjudges. Without range statistics SQLite guesses how many rows a range of instants
/// holds, and for the monthly report it picked the journal's (Command, At) index, reading every
/// entry's row, over the partial index that holds all the query needs (a month: 1.0 s against 0.18 s
/// on a million dossiers). A query asks with <see cref="Use{T}"/>; on SQLite the hint becomes
/// <c>INDEXED BY</c>, which fails loudly if the index cannot serve the query, and the other
/// databases only see a comment.
/// </summary>
public sealed partial class SqliteIndexHints : DbCommandInterceptor
{
    private const string Marker = "-- sqlite index ";

    /// <summary>Reads <paramref name="table"/> (aliased <paramref name="alias"/> in the SQL EF Core writes) through <paramref name="index"/> on SQLite.</summary>
    public static IQueryable<T> Use<T>(IQueryable<T> query, string table, string alias, string index) =>
        query.TagWith($"sqlite index {index} for {table} {alias}");

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Apply(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Apply(command);
        return ValueTask.FromResult(result);
    }

    private static void Apply(DbCommand command)
    {
        var sql = command.CommandText;
        if (!sql.StartsWith(Marker, StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match hint in Hint().Matches(sql))
        {
            var from = $"FROM \"{hint.Groups["table"].Value}\" AS \"{hint.Groups["alias"].Value}\"";
            var at = sql.IndexOf(from, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"The index hint \"{hint.Value.Trim()}\" found no \"{from}\" in its query; the query changed, so change its hint with it.");
            }

            sql = sql.Insert(at + from.Length, $" INDEXED BY \"{hint.Groups["index"].Value}\"");
        }

        command.CommandText = sql;
    }

    [GeneratedRegex(@"^-- sqlite index (?<index>\S+) for (?<table>\S+) (?<alias>\S+)$", RegexOptions.Multiline)]
    private static partial Regex Hint();
}
