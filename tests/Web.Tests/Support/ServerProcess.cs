using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// The built server started as its own process, as an operator starts it: a free loopback port, a
/// fresh data folder and a copy of <c>procedures/</c> (administrators may write calendar files).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, string folder, string address)
    {
        _process = process;
        Folder = folder;
        Address = address;
    }

    public string Folder { get; }

    public string Address { get; }

    public string ProceduresCopy => Path.Combine(Folder, "procedures");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server; <paramref name="settings"/> are more environment settings (e.g. <c>Authentication__Citizen__Authority</c>).</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("wf-web-").FullName;
        CopyFolder(RepositoryPaths.Procedures, Path.Combine(folder, "procedures"));
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.ServerAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address);
        start.Environment["ConnectionStrings__Workflow"] = $"Data Source={Path.Combine(folder, "data", "workflow.db")}";
        start.Environment["Database__Provider"] = "Sqlite";
        // The journeys count the demo dossiers they seed themselves; the demo history is tested with the API.
        start.Environment["Seed__DemoHistory"] = "false";
        start.Environment["Procedures__Path"] = Path.Combine(folder, "procedures");
        start.Environment["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["RateLimiting__SignInPerMinute"] = "1000";
        start.Environment["RateLimiting__PublicPerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, folder, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("The server process did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitForHealthAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process; the temp folder is cleaned by the system.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not become healthy within 90 s:\n{Output}");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            CopyFolder(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
