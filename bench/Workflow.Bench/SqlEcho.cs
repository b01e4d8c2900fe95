using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Bench;

/// <summary>
/// Prints each distinct SQL text the engine sends, once, to standard error (WORKFLOW_BENCH_SQL=1 with
/// the queries command), so the plans of the query services can be looked at with EXPLAIN.
/// </summary>
public sealed class SqlEcho : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, bool> _seen = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Echo(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Echo(command);
        return ValueTask.FromResult(result);
    }

    private void Echo(DbCommand command)
    {
        if (_seen.TryAdd(command.CommandText, true))
        {
            var parameters = string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => $"{p.ParameterName}={p.Value}"));
            Console.Error.WriteLine($"-- SQL ({parameters})\n{command.CommandText};\n");
        }
    }
}
