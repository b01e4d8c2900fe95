using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// The real server in memory, on its own SQLite file and copy of <c>procedures/</c> in a temp
/// folder, with a fake clock (Monday 02/03/2026 08:00 in Vietnam) and the demo accounts seeded.
/// One per test class; disposing deletes everything.
/// </summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _folder = new("wf-server");
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    private readonly ServerTestDatabase _database;

    public ServerFactory()
    {
        Procedures = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        _database = new ServerTestDatabase(_folder.Path);
    }

    public FakeTimeProvider Clock { get; } = new(VietnamTime.FromLocal(new DateTime(2026, 3, 2, 8, 0, 0)));

    public string Procedures { get; }

    /// <summary>What the server logged at error level.</summary>
    public ServerErrorLog Errors { get; } = new();

    /// <summary>Whether the server writes the demo communes' recent past on start (off for the API tests).</summary>
    protected virtual bool DemoHistory => false;

    public WorkflowDbContextFactory Database => Services.GetRequiredService<WorkflowDbContextFactory>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryPaths.ServerProject);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Workflow", _database.ConnectionString);
        builder.UseSetting("Procedures:Path", Procedures);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder.Path, "keys"));
        builder.UseSetting("RateLimiting:PublicPerMinute", "100000");
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        // The API tests count what they create; the demo history has its own test.
        builder.UseSetting("Seed:DemoHistory", DemoHistory ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Errors);
        });
    }

    /// <summary>A client signed in with a bearer token as a demo account; anonymous when <paramref name="userName"/> is null.</summary>
    public async Task<HttpClient> ClientAsAsync(string? userName, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        if (userName is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        }

        return client;
    }

    public async Task<string> TokenAsync(string userName, string password = Seeding.DemoAccounts.Password)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (_tokens.TryGetValue(userName, out var cached))
            {
                return cached;
            }

            using var client = CreateClient();
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[userName] = token;
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>Forgets the cached sign-ins, e.g. after moving the clock past their expiry.</summary>
    public void ForgetTokens()
    {
        _tokenLock.Wait();
        try
        {
            _tokens.Clear();
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>Row counts of the tables a refused request must not touch.</summary>
    public async Task<(int Dossiers, int Journal, int WorkItems, int Officers, int Memberships)> CountsAsync()
    {
        await using var db = Database.Create();
        return (db.Dossiers.Count(), db.Journal.Count(), db.WorkItems.Count(), db.Officers.Count(), db.Memberships.Count());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Drop();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record TokenResponse(string AccessToken);
}
