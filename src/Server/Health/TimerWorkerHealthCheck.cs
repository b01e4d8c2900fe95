using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Timers;
using Workflow.Server.Localization;

namespace Workflow.Server.Health;

/// <summary>
/// Ready only while the node's timer worker makes passes: it sleeps at most
/// <see cref="EngineOptions.TimerMaxSleep"/> between them, so twice that plus a margin without a
/// pass means it is stuck or dead and the node's deadlines would not fire.
/// </summary>
public sealed class TimerWorkerHealthCheck(TimerWorker worker, EngineOptions options, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var maxSilence = options.TimerMaxSleep * 2 + Margin;
        var last = worker.LastPassAt;
        var alive = last is { } at && time.GetUtcNow() - at <= maxSilence;
        var seconds = maxSilence.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        return Task.FromResult(alive
            ? HealthCheckResult.Healthy(Language.Pick($"Bộ hẹn giờ đã chạy một lượt trong {seconds} giây qua.", $"The timer worker made a pass within the last {seconds} s."))
            : HealthCheckResult.Unhealthy(last is null
                ? Language.Pick("Bộ hẹn giờ chưa chạy lượt nào.", "The timer worker has not made a pass yet.")
                : Language.Pick($"Bộ hẹn giờ đã hơn {seconds} giây không chạy lượt nào.", $"The timer worker has made no pass for more than {seconds} s.")));
    }
}
