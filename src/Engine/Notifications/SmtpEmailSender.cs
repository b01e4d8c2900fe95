using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Workflow.Engine.Notifications;

/// <summary>Sends email through an SMTP server with MailKit, as plain UTF-8 text (Vietnamese reads as written).</summary>
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
}
