using System.Net;
using System.Net.Sockets;

namespace Workflow.Server.Security;

/// <summary>
/// Who is asking, as rate limits and the sign-in throttle count it: the connection's address, which
/// the forwarded-headers middleware has already replaced by the client's when the connection came
/// from a trusted proxy (<see cref="Hosting.TrustedProxies"/>). An IPv6 client counts by its /64
/// network: one subscriber commonly holds a whole /64, and counting single addresses would give them
/// billions of fresh starts.
/// </summary>
public static class ClientAddress
{
    public static string Partition(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
