using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Workflow.Server.Localization;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Hosting;

/// <summary>
/// Limits anonymous traffic per client address (<see cref="ClientAddress"/>): the public endpoints (a
/// tracking secret must not be guessable by trying) and sign-in (on top of the per-account
/// <see cref="SignInThrottle"/>). Limits are per minute and configurable.
/// </summary>
public static class RateLimits
{
    public const string Public = "public";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddWorkflowRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Public, context => PerAddress(context, configuration.GetValue("RateLimiting:PublicPerMinute", 60)));
            options.AddPolicy(SignIn, context => PerAddress(context, configuration.GetValue("RateLimiting:SignInPerMinute", 20)));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                // Tells well-behaved clients how long to wait instead of letting them retry at once.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                RetryAfter.Set(context.HttpContext.Response, wait);
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = ProblemFactory.Create(StatusCodes.Status429TooManyRequests, "too-many-requests", Language.Pick(
                        "Bạn gửi quá nhiều yêu cầu trong một phút; đợi một lát rồi thử lại.", "Too many requests in a minute; wait a moment and try again.")),
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Partition(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
