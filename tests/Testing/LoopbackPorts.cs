using System.Net;
using System.Net.Sockets;

namespace Verkostoportaali.Testing;

/// <summary>Ports on 127.0.0.1 for the throwaway servers the tests start (SMTP, Redis).</summary>
public static class LoopbackPorts
{
    /// <summary>A port no one listens on now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether a server takes connections on the port.</summary>
    public static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
