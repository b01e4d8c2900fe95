using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Engine.Persistence;
using Workflow.Server.Localization;

namespace Workflow.Server.Health;

/// <summary>Ready only when the database takes writes: reachable, not read-only, not failing over.</summary>
public sealed class DatabaseWriteHealthCheck(DatabaseWriteProbe probe, ILogger<DatabaseWriteHealthCheck> logger) : IHealthCheck
{
    /// <summary>A load balancer asks every few seconds; an answer slower than this is as bad as none.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy(Language.Pick("Cơ sở dữ liệu ghi được.", "The database takes writes."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason goes to the log only: the health answer is public and says no more than "cannot write".
            logger.LogWarning(ex, "Health: the database does not take writes");
            return HealthCheckResult.Unhealthy(DatabaseErrors.IsUnavailable(ex) || ex is OperationCanceledException
                ? Language.Pick("Không kết nối được cơ sở dữ liệu, cơ sở dữ liệu chỉ cho đọc hoặc trả lời quá chậm.", "The database is unreachable, read-only or too slow to answer.")
                : Language.Pick("Lệnh ghi thử vào cơ sở dữ liệu không thành công.", "A test write to the database failed."));
        }
    }
}
