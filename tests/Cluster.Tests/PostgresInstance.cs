using System.Diagnostics;
using Npgsql;

namespace Workflow.Cluster.Tests;

/// <summary>
/// The cluster's own PostgreSQL server, started as <c>scripts/lib.sh</c> starts the suites' one (a
/// throwaway data folder, a loopback port, trust authentication), so the test can stop it outright
/// and start it again without touching a server other suites use.
/// </summary>
public sealed class PostgresInstance : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresInstance(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=15";

    private string Data => Path.Combine(_folder, "data");

    private string Log => Path.Combine(_folder, "server.log");

    public static PostgresInstance Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("The cluster test starts its own PostgreSQL, which is not installed: install the Debian package postgresql (./test.sh does).");
        }

        var folder = Directory.CreateTempSubdirectory("wf-cluster-pg-").FullName;
        // PostgreSQL refuses to run as root: as root, the server runs as the postgres user, as lib.sh does.
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
        {
            Run("chown", ["-R", "postgres", folder]);
        }

        var instance = new PostgresInstance(bin, folder, ClusterPorts.Free(), asPostgres);
        instance.Tool("initdb", "-D", instance.Data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        instance.StartServer();
        return instance;
    }

    /// <summary>Stops the server at once (no checkpoint, no goodbye to clients: as a crash), waits, and starts it again; it recovers from its log.</summary>
    public async Task CrashAndRestartAsync(TimeSpan down)
    {
        Tool("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        await Task.Delay(down);
        StartServer();
    }

    public void Dispose()
    {
        try
        {
            Tool("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void StartServer() =>
        Tool("pg_ctl", "-D", Data, "-l", Log, "-w", "-t", "60", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB", "start");

    private void Tool(string name, params string[] arguments)
    {
        var path = Path.Combine(_bin, name);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error}");
        }
    }
}
