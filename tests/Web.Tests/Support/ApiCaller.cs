using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Web.Tests.Support;

/// <summary>The server's API as an integration calls it (bearer token), to set up what a page is then tried on and to read back what it recorded.</summary>
public sealed class ApiCaller : IDisposable
{
    private readonly HttpClient _client;

    private ApiCaller(HttpClient client) => _client = client;

    public static async Task<ApiCaller> SignInAsync(string address, string? userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        if (userName is not null)
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoAccountNames.Password });
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        }

        return new ApiCaller(client);
    }

    public HttpClient Client => _client;

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await _client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _client.Dispose();
}
