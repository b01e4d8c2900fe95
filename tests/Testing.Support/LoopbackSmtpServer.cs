using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Workflow.Testing.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd, which ./test.sh installs) that
/// stores every message it accepts in a Maildir the test reads back.
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly Process _process;

    private LoopbackSmtpServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    public static LoopbackSmtpServer Start(int? port = null)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
        {
            throw new InvalidOperationException("Python 3 is missing; ./test.sh installs python3-aiosmtpd, which the SMTP tests use.");
        }

        var chosen = port ?? FreePort();
        var server = StartProcess(python, chosen);
        server.WaitUntilListening();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static LoopbackSmtpServer StartProcess(string python, int port)
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"wf-maildir-{Guid.NewGuid():N}");
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the SMTP server.");
        var server = new LoopbackSmtpServer(process, port);
        server._maildirPath = maildir;
        return server;
    }

    private string _maildirPath = "";

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The SMTP server stopped: " + _process.StandardError.ReadToEnd() +
                                                    " (install Debian's python3-aiosmtpd; ./test.sh does).");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("The SMTP server did not start listening within 15 seconds.");
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(_maildirPath, "new");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public IReadOnlyList<MimeMessage> WaitForMessages(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var messages = Messages();
            if (messages.Count >= count)
            {
                return messages;
            }

            Thread.Sleep(50);
        }

        return Messages();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        finally
        {
            _process.Dispose();
            if (Directory.Exists(_maildirPath))
            {
                Directory.Delete(_maildirPath, recursive: true);
            }
        }
    }
}
