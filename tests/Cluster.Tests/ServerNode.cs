using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Workflow.Cluster.Tests;

/// <summary>
/// One server process of the cluster: the built Workflow.Server.dll on its own loopback port. It can
/// be killed outright (SIGKILL), frozen and thawed (SIGSTOP, SIGCONT), and started again on the same port.
/// </summary>
public sealed class ServerNode : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process _process;

    private ServerNode(string name, IReadOnlyDictionary<string, string> environment, Uri address)
    {
        Name = name;
        _environment = environment;
        Address = address;
        _process = Launch();
    }

    /// <summary>How long a node may take to start: seconds on an idle machine, much longer on a busy one. Only a bound for failing.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public string Name { get; }

    public Uri Address { get; }

    public bool IsRunning => !_process.HasExited;

    /// <summary>Answered /health with 200 since it last started, as a load balancer would see it before routing to it.</summary>
    public bool IsReady { get; private set; }

    /// <summary>The name its timer worker leases timers under (machine and process id, as the server sets it).</summary>
    public string WorkerId => $"{Environment.MachineName}/{_process.Id}";

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

    public static ServerNode Start(string name, IReadOnlyDictionary<string, string> environment) =>
        new(name, environment, new Uri($"http://127.0.0.1:{ClusterPorts.Free()}"));

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
                    IsReady = true;
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
        IsReady = false;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Freezes the process where it stands (SIGSTOP), as a stalled machine.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    /// <summary>Starts the node again, on the same port and settings, after it died.</summary>
    public void Restart()
    {
        KillHard();
        Append($"--- {Name} restarted ---");
        // The old process object stays valid until replaced: clients ask whether the node runs meanwhile.
        var old = _process;
        _process = Launch();
        old.Dispose();
    }

    public void Dispose()
    {
        Thaw();
        KillHard();
        _process.Dispose();
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.ServerProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var built = RepositoryPaths.ServerAssembly();
        start.ArgumentList.Add(File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Workflow.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Signal(string signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
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
