using System.Text;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// POSTs a portal message's JSON to <see cref="PortalOptions.Endpoint"/> with the configured
/// credentials header and an <c>Idempotency-Key</c> header that stays the same over every attempt.
/// Any answer but 2xx, or no answer within the timeout, is a failure the outbox retries; the
/// receiver's status and the start of its answer are kept on the message for administrators.
/// </summary>
public sealed class HttpPortalSender(HttpClient http, PortalOptions options) : IPortalSender
{
    public const string KeyHeader = "Idempotency-Key";

    public async Task SendAsync(string key, string body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(KeyHeader, key);
        if (!string.IsNullOrEmpty(options.Credentials))
        {
            request.Headers.TryAddWithoutValidation(options.CredentialsHeader, options.Credentials);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(PortalFailure.Timeout(options.Timeout));
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            // No answer at all (refused, no route, TLS): kept as a marker the administrators' page words in their language.
            throw new HttpRequestException(PortalFailure.Unreachable(ex.Message), ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                // Kept as the receiver said it, in no language of ours: the page shows it under "the portal's answer".
                throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {(answer.Length > 1000 ? answer[..1000] : answer)}");
            }
        }
    }
}
