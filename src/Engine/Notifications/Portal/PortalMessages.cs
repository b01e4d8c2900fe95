using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// How a portal message sits in the outbox: recipient kind <c>Portal</c>, the journal sequence it
/// covers (zero-padded, so text order is sequence order) as recipient, and its idempotency key
/// <c>{dossier code}/{sequence}</c> as subject. The message id is derived from the key, so two nodes
/// writing the same message write one row.
/// </summary>
public static class PortalMessages
{
    public const string TopicPrefix = "portal-";

    public const string Status = "status";

    public const string Rating = "rating";

    public const string Payment = "payment";

    public static string SequenceText(int sequence) => sequence.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public static int Sequence(OutboxMessageRecord message) =>
        int.TryParse(message.RecipientId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;

    public static string Key(string dossierCode, int sequence) => $"{dossierCode}/{SequenceText(sequence)}";

    public static Guid IdOf(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("national-portal:" + key));
        return new Guid(hash.AsSpan(0, 16));
    }
}
