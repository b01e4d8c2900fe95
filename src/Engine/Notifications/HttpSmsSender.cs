using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Workflow.Engine.Notifications;

/// <summary>
/// Posts <c>{ "to", "text", "sender" }</c> as JSON to an SMS provider; any non-success status is a failure to retry.
/// An outbox message keeps one <c>Idempotency-Key</c> header over every attempt, so a gateway can drop a copy sent twice.
/// </summary>
public sealed class HttpSmsSender(HttpClient http, HttpSmsOptions options) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint)
        {
            Content = JsonContent.Create(new { to = message.Phone, text = message.Text, sender = options.Sender }),
        };
        if (message.OutboxId is { } id)
        {
            request.Headers.Add("Idempotency-Key", id.ToString("N"));
        }

        if (!string.IsNullOrEmpty(options.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
