using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Server.Health;

/// <summary>
/// What <c>/health</c> answers: the verdict and each check's verdict with a sentence in the request's language. Anyone may
/// read it, so it names no host, process, connection or error text (those go to the log).
/// </summary>
public sealed record HealthAnswer(bool Healthy, DateTimeOffset CheckedAt, IReadOnlyDictionary<string, HealthCheckAnswer> Checks)
{
    public static HealthAnswer From(HealthReport report, DateTimeOffset checkedAt) => new(
        report.Status == HealthStatus.Healthy,
        checkedAt,
        report.Entries.ToDictionary(e => e.Key, e => new HealthCheckAnswer(e.Value.Status == HealthStatus.Healthy, e.Value.Description ?? "")));
}
