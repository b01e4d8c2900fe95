using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Server.Tests.Support;

/// <summary>Reads API responses as JSON documents so tests assert on exactly what clients receive.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object? body) =>
        client.PostAsJsonAsync(path, body ?? new { });

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
