using Workflow.Server.Health;

namespace Workflow.Server.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", async (HealthProbe probe, CancellationToken ct) =>
            {
                var report = await probe.CheckAsync(ct);
                return TypedResults.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous().WithTags("Vận hành / Operations").WithName("Health")
            .WithSummary("Cơ sở dữ liệu và bộ hẹn giờ còn hoạt động / Database reachable and timer worker alive")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
}
