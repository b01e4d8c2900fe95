using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Cluster.Tests;

/// <summary>
/// One request of a client to a node, and what the client can conclude from the answer: done, refused
/// (409: someone, maybe its own earlier attempt, did it first), unavailable (503: the database was away;
/// try again after Retry-After), or unknown (the node died or did not answer: it may or may not have
/// been done, so the client repeats it). Any other answer fails the test.
/// </summary>
public sealed record ApiCall(ApiCall.Result Outcome, JsonElement Body, TimeSpan RetryAfter)
{
    public enum Result
    {
        Done,
        Refused,
        Unavailable,
        Unknown,
    }

    public static async Task<ApiCall> PostAsync(HttpClient client, string path, object body)
    {
        try
        {
            using var response = await client.PostAsJsonAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();
            var json = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
            switch (response.StatusCode)
            {
                case var status when response.IsSuccessStatusCode:
                    return new ApiCall(Result.Done, json, TimeSpan.Zero);
                case HttpStatusCode.Conflict:
                    return new ApiCall(Result.Refused, json, TimeSpan.Zero);
                case HttpStatusCode.ServiceUnavailable:
                    // An outage is answered with when to try again, and the problem says nothing was saved.
                    Assert.True(response.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero, $"503 without Retry-After on {path}: {text}");
                    Assert.Equal("database-unavailable", json.GetProperty("code").GetString());
                    return new ApiCall(Result.Unavailable, json, response.Headers.RetryAfter!.Delta!.Value);
                default:
                    Assert.Fail($"POST {path} on {client.BaseAddress}: {(int)response.StatusCode} {text}");
                    return null!;
            }
        }
        catch (HttpRequestException)
        {
            return new ApiCall(Result.Unknown, default, TimeSpan.Zero);
        }
        catch (TaskCanceledException)
        {
            return new ApiCall(Result.Unknown, default, TimeSpan.Zero);
        }
    }
}
