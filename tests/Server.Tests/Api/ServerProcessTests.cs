using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The built server started as its own process, as an operator would start it: on a free
/// loopback port with a fresh data folder, it creates its database, answers /health, serves the
/// OpenAPI document and the API reference, and stops cleanly.
/// </summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task The_built_server_starts_on_a_fresh_folder_answers_health_and_documents_its_api()
    {
        using var folder = new TemporaryFolder("wf-process");
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address);
        start.Environment["ConnectionStrings__Workflow"] = $"Data Source={Path.Combine(folder.Path, "data", "workflow.db")}";
        start.Environment["Procedures__Path"] = RepositoryPaths.Procedures;
        start.Environment["DataProtection__KeysPath"] = Path.Combine(folder.Path, "keys");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        Assert.True(process.Start());
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
            var health = await WaitForHealthAsync(client, process, output);
            Assert.Contains("\"healthy\":true", health);
            Assert.True(File.Exists(Path.Combine(folder.Path, "data", "workflow.db")));

            var openApi = await client.GetStringAsync("/openapi/v1.json");
            Assert.Contains("\"openapi\"", openApi);
            Assert.Contains("/api/tasks/inbox", openApi);
            Assert.Contains("/api/public/tracking", openApi);

            using var redirecting = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }) { BaseAddress = new Uri(address) };
            var docs = await redirecting.GetAsync("/api/docs");
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
            Assert.Contains("<html", await docs.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

            var metrics = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);

            lock (output)
            {
                Assert.Contains("motcua.hoaan", output.ToString());
                Assert.Contains("Seeded the demo history", output.ToString());
            }

            // SIGTERM, as a deployment stops a node: it drains, its workers stop, and it exits cleanly in bounded time.
            using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            lock (output)
            {
                Assert.Matches(@"Timer worker \S+ stopped(?! on an error)", output.ToString());
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<string> WaitForHealthAsync(HttpClient client, Process process, StringBuilder output)
    {
        // Generous: the first start seeds 45 days of demo history, which takes half a minute on a quiet 2-core machine.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                lock (output)
                {
                    Assert.Fail($"The server exited with code {process.ExitCode}:\n{output}");
                }
            }

            try
            {
                var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        lock (output)
        {
            Assert.Fail($"The server did not become healthy within 120 s:\n{output}");
        }

        return "";
    }

    /// <summary>The server's own build output, in the configuration the tests were built in.</summary>
    private static string ServerAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var built = Path.Combine(RepositoryPaths.ServerProject, "bin", configuration, "net10.0", "Workflow.Server.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Workflow.Server.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
