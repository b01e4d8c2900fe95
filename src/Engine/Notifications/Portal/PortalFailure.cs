using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// How a failed send is kept on the message (<c>LastError</c>) and read back to an administrator. The
/// receiver's own answer is kept as it said it; a send that got no answer is kept as a short marker
/// with the runtime's detail, so the page can say in the reader's language what happened.
/// </summary>
public static class PortalFailure
{
    private const string TimeoutMarker = "TIMEOUT ";
    private const string UnreachableMarker = "UNREACHABLE: ";

    public static string Timeout(TimeSpan limit) => FormattableString.Invariant($"{TimeoutMarker}{limit.TotalSeconds:0} s");

    public static string Unreachable(string detail) => UnreachableMarker + detail;

    /// <summary>The sentence an administrator reads for a kept failure; a receiver's answer stays as it was.</summary>
    public static string? Describe(string? lastError, CultureInfo? culture)
    {
        if (lastError is null)
        {
            return null;
        }

        if (lastError.StartsWith(TimeoutMarker, StringComparison.Ordinal))
        {
            var seconds = lastError[TimeoutMarker.Length..].Replace(" s", "", StringComparison.Ordinal);
            return Text.Pick(culture,
                $"Cổng không trả lời trong {seconds} giây.",
                $"The portal did not answer within {seconds} s.");
        }

        if (lastError.StartsWith(UnreachableMarker, StringComparison.Ordinal))
        {
            var detail = lastError[UnreachableMarker.Length..];
            return Text.Pick(culture,
                $"Không kết nối được tới Cổng ({detail}); kiểm tra địa chỉ của Cổng và đường mạng.",
                $"Could not connect to the portal ({detail}); check the portal's address and the network.");
        }

        return lastError;
    }
}
