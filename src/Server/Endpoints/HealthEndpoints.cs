using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Server.Health;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Readiness (<c>/health</c>, also <c>/health/ready</c>): the node can write to the database and
/// its timer worker runs; take it out of rotation on 503. Liveness (<c>/health/live</c>): the
/// process answers; restart it only when this fails, never because the database is down.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var operations = routes.MapGroup("/health").AllowAnonymous().WithTags("Vận hành / Operations");
        operations.MapGet("", ReadyAsync).WithName("Health")
            .WithSummary("Sẵn sàng: ghi được cơ sở dữ liệu và bộ hẹn giờ còn chạy / Ready: the database takes writes and the timer worker runs")
            .Produces<HealthAnswer>().Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable);
        operations.MapGet("/ready", ReadyAsync).WithName("HealthReady")
            .WithSummary("Như /health / Same as /health")
            .Produces<HealthAnswer>().Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable);
        operations.MapGet("/live", async (HealthCheckService health, TimeProvider time, CancellationToken ct) =>
                Answer(await health.CheckHealthAsync(_ => false, ct), time))
            .WithName("HealthLive")
            .WithSummary("Tiến trình còn trả lời / The process answers")
            .Produces<HealthAnswer>();
    }

    private static async Task<IResult> ReadyAsync(HealthCheckService health, TimeProvider time, CancellationToken ct) =>
        Answer(await health.CheckHealthAsync(check => check.Tags.Contains(HealthChecksRegistration.Ready), ct), time);

    private static IResult Answer(HealthReport report, TimeProvider time)
    {
        var answer = HealthAnswer.From(report, time.GetUtcNow());
        return TypedResults.Json(answer, statusCode: answer.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
