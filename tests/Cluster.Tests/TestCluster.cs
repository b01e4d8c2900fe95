using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Workflow.Engine.Persistence;

namespace Workflow.Cluster.Tests;

/// <summary>
/// Server nodes on their own PostgreSQL server, with the procedures of <see cref="ClusterProcedures"/>,
/// one data-protection key ring, a real mail server (through an <see cref="SmtpRelay"/>) and an SMS
/// gateway on loopback. The first node creates the schema and the demo accounts; the others find them.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new("wf-cluster");
    private readonly Dictionary<(ServerNode, string), HttpClient> _clients = [];

    private TestCluster(PostgresInstance postgres)
    {
        Postgres = postgres;
        ConnectionString = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = "workflow", MaxPoolSize = 40 }.ConnectionString;
        Database = new WorkflowDbContextFactory(new DatabaseOptions(DatabaseProvider.Postgres, ConnectionString));
        Mail = LoopbackSmtpServer.Start();
        Relay = SmtpRelay.Start(Mail.Port);
        Sms = LoopbackSmsGateway.Start();
    }

    public PostgresInstance Postgres { get; }

    public string ConnectionString { get; }

    public WorkflowDbContextFactory Database { get; }

    public LoopbackSmtpServer Mail { get; }

    public SmtpRelay Relay { get; }

    public LoopbackSmsGateway Sms { get; }

    public List<ServerNode> Nodes { get; } = [];

    private readonly Dictionary<string, string> _environment = [];
    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>Starts PostgreSQL and <paramref name="nodes"/> nodes with the given settings over the cluster's own.</summary>
    public static async Task<TestCluster> StartAsync(int nodes, IReadOnlyDictionary<string, string> settings)
    {
        var cluster = new TestCluster(PostgresInstance.Start());
        await using (var connection = new NpgsqlConnection(cluster.Postgres.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE workflow", connection);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Workflow"] = cluster.ConnectionString,
            ["Procedures__Path"] = ClusterProcedures.Prepare(cluster._folder),
            // Every node must read the tokens the others issued: one key ring for the cluster.
            ["DataProtection__KeysPath"] = Path.Combine(cluster._folder.Path, "keys"),
            ["Seed__DemoHistory"] = "false",
            ["Notifications__Smtp__Host"] = "127.0.0.1",
            ["Notifications__Smtp__Port"] = cluster.Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications__Smtp__Security"] = "None",
            ["Notifications__Sms__Endpoint"] = cluster.Sms.Endpoint.ToString(),
            ["RateLimiting__PublicPerMinute"] = "100000",
            ["RateLimiting__SignInPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        }.Concat(settings))
        {
            cluster._environment[key] = value;
        }

        await cluster.AddNodesAsync(1);
        await cluster.AddNodesAsync(nodes - 1);
        return cluster;
    }

    /// <summary>Starts more nodes, on the cluster's settings, and waits until they are ready.</summary>
    public async Task AddNodesAsync(int count)
    {
        var added = Enumerable.Range(Nodes.Count, count).Select(i => ServerNode.Start($"node-{(char)('a' + i)}", _environment)).ToList();
        Nodes.AddRange(added);
        await Task.WhenAll(added.Select(n => n.WaitHealthyAsync(ServerNode.StartTimeout)));
    }

    /// <summary>A client of one node, signed in as one demo officer; kept for the node's life (a restart on the same port reuses it).</summary>
    public async Task<HttpClient> ClientAsync(ServerNode node, string userName)
    {
        lock (_clients)
        {
            if (_clients.TryGetValue((node, userName), out var existing))
            {
                return existing;
            }
        }

        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = node.Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        lock (_clients)
        {
            return _clients.TryAdd((node, userName), client) ? client : _clients[(node, userName)];
        }
    }

    /// <summary>A bearer token from the first node that answers; any node accepts it (one key ring).</summary>
    private async Task<string> TokenAsync(string userName)
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue(userName, out var known))
            {
                return known;
            }
        }

        using var anonymous = new HttpClient { BaseAddress = Nodes.First(n => n.IsRunning).Address };
        var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        lock (_tokens)
        {
            _tokens[userName] = token;
        }

        return token;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Relay.Dispose();
        Mail.Dispose();
        Sms.Dispose();
        NpgsqlConnection.ClearAllPools();
        Postgres.Dispose();
        _folder.Dispose();
        await Task.CompletedTask;
    }
}
