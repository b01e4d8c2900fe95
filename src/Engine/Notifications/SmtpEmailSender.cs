using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Workflow.Engine.Notifications;

/// <summary>
/// Sends email through an SMTP server with MailKit, as plain UTF-8 text (Vietnamese reads as written).
/// An outbox message keeps one Message-ID over every attempt, so mail servers and readers that drop
/// duplicates by Message-ID show a message sent twice (at-least-once delivery) once.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        foreach (var address in message.To)
        {
            mime.To.Add(MailboxAddress.Parse(address));
        }

        if (message.OutboxId is { } id)
        {
            mime.MessageId = $"{id:N}@{MessageIdDomain()}";
        }

        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private string MessageIdDomain()
    {
        var at = options.FromAddress.LastIndexOf('@');
        return at >= 0 && at < options.FromAddress.Length - 1 ? options.FromAddress[(at + 1)..] : "localhost";
    }
}
