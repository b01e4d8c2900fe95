using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// <c>/health</c> tells a load balancer the truth (the node can write and its timers run), says
/// nothing about the host to anyone, and a database outage answers 503 with Retry-After, not 500.
/// </summary>
public sealed class HealthAndOutageTests
{
    private static readonly object ValidDossier = new
    {
        procedureId = "business-household-registration",
        receivingUnitId = "x-tan-phu-my",
        applicant = new { name = "Nguyễn Văn An" },
        data = new { businessName = "Tiệm may An", members = 1 },
    };

    [Fact]
    public async Task Health_reports_each_check_and_names_no_host_or_process()
    {
        await using var server = new ServerFactory();
        var anonymous = await server.ClientAsAsync(null);

        var (status, body) = await WaitForHealthAsync(anonymous, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("healthy").GetBoolean());
        Assert.True(body.GetProperty("checks").GetProperty("database").GetProperty("healthy").GetBoolean());
        Assert.True(body.GetProperty("checks").GetProperty("timerWorker").GetProperty("healthy").GetBoolean());
        var text = body.GetRawText();
        Assert.DoesNotContain(Environment.MachineName, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"/{Environment.ProcessId}", text);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Health_describes_each_check_in_Vietnamese_unless_English_is_asked_for()
    {
        await using var server = new ServerFactory();
        var vietnamese = await server.ClientAsAsync(null);
        var english = await server.ClientAsAsync(null, "en");
        await WaitForHealthAsync(vietnamese, HttpStatusCode.OK);

        foreach (var path in new[] { "/health", "/health/ready" })
        {
            var vi = await (await vietnamese.GetAsync(path)).Content.ReadFromJsonAsync<JsonElement>();
            var en = await (await english.GetAsync(path)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Cơ sở dữ liệu ghi được.", Description(vi, "database"));
            Assert.StartsWith("Bộ hẹn giờ đã chạy một lượt trong", Description(vi, "timerWorker"));
            Assert.Equal("The database takes writes.", Description(en, "database"));
            Assert.StartsWith("The timer worker made a pass within", Description(en, "timerWorker"));
            Assert.True(vi.GetProperty("healthy").GetBoolean());
            Assert.False(vi.TryGetProperty("status", out _));
        }

        foreach (var client in new[] { vietnamese, english })
        {
            var live = await (await client.GetAsync("/health/live")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(live.GetProperty("healthy").GetBoolean());
            // Liveness runs no check, so it has no sentence in either language.
            Assert.Empty(live.GetProperty("checks").EnumerateObject());
        }
    }

    [PostgresFact]
    public async Task A_read_only_database_answers_503_with_Retry_After_saves_nothing_and_fails_readiness_only()
    {
        await using var server = new ServerFactory();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var anonymous = await server.ClientAsAsync(null);
        await WaitForHealthAsync(anonymous, HttpStatusCode.OK);
        var before = await server.CountsAsync();

        await SetReadOnlyAsync(server, true);
        try
        {
            var refused = await desk.PostAsJsonAsync("/api/desk/dossiers", ValidDossier);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            var problem = await refused.ReadAsync();
            Assert.Equal("database-unavailable", problem.Text("code"));
            Assert.Contains("chưa có gì được lưu", problem.Text("detail"));

            var (status, health) = await WaitForHealthAsync(anonymous, HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.False(health.GetProperty("checks").GetProperty("database").GetProperty("healthy").GetBoolean());
            Assert.True(health.GetProperty("checks").GetProperty("timerWorker").GetProperty("healthy").GetBoolean());
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await SetReadOnlyAsync(server, false);
        }

        Assert.Equal(before, await server.CountsAsync());
        Assert.True((await desk.PostAsJsonAsync("/api/desk/dossiers", ValidDossier)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WaitForHealthAsync(anonymous, HttpStatusCode.OK)).Status);
    }

    private static string Description(JsonElement health, string check) =>
        health.GetProperty("checks").GetProperty(check).GetProperty("description").GetString()!;

    /// <summary>What an administrator does to stop writes during maintenance; new sessions are read-only at once.</summary>
    private static async Task SetReadOnlyAsync(ServerFactory server, bool readOnly)
    {
        // From a session that is writable whatever the database's default, so the change can be undone.
        var writable = new NpgsqlConnectionStringBuilder(server.Database.Options.ConnectionString) { Options = "-c default_transaction_read_only=off", Pooling = false };
        await using (var connection = new NpgsqlConnection(writable.ConnectionString))
        {
            await connection.OpenAsync();
            await using var name = new NpgsqlCommand("SELECT current_database()", connection);
            var database = (string)(await name.ExecuteScalarAsync())!;
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection);
            await alter.ExecuteNonQueryAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The timer worker's first pass comes a moment after start; waits for the expected answer, at most 20 s.</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Body)> WaitForHealthAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.GetAsync("/health");
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
            }

            await Task.Delay(200);
        }
    }
}
