using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace Workflow.Cluster.Tests;

/// <summary>One server process of the cluster: the built Workflow.Server.dll on its own loopback port.</summary>
public sealed class ServerNode : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerNode(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool IsRunning => !_process.HasExited;

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

    public static ServerNode Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = ClusterPorts.Free();
        var address = new Uri($"http://127.0.0.1:{port}");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = Path.Combine(RepositoryPaths.Root, "src", "Server");
        var built = Path.Combine(project, "bin", configuration, "net10.0", "Workflow.Server.dll");
        var server = File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Workflow.Server.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var node = new ServerNode(name, process, address);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {Name} was not healthy within {timeout}:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flush, as when a machine dies.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
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
}
