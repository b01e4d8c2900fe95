using System.Globalization;

namespace Workflow.Server.Problems;

/// <summary>The <c>Retry-After</c> header in whole seconds, rounded up: a client that waits that long is not refused again for the same reason.</summary>
public static class RetryAfter
{
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);
}
