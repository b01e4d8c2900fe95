using System.Net;
using System.Net.Sockets;

namespace Workflow.Cluster.Tests;

public static class ClusterPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
