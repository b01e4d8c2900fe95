using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Audit;

/// <summary>
/// The hash that chains journal entries: SHA-256 over the previous hash and every recorded
/// field of the entry, in a fixed order and spelling, so the same entry always hashes the same
/// on every database and any change to any field changes the hash.
/// </summary>
public static class JournalHasher
{
    /// <summary>The "previous hash" of a dossier's first entry.</summary>
    public const string Genesis = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(JournalEntryRecord entry) => Hash(Canonical(entry));

    public static string Canonical(JournalEntryRecord e)
    {
        var text = new StringBuilder();
        void Field(string name, object? value)
        {
            var rendered = value switch
            {
                null => "",
                DateTime dt => DateTime.SpecifyKind(dt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            // Length-prefixed, so no choice of field contents can make two entries read alike.
            text.Append(name).Append('=').Append(rendered!.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(rendered).Append('\n');
        }

        Field("previous", e.PreviousHash);
        Field("dossier", e.DossierId.ToString("D"));
        Field("sequence", e.Sequence);
        Field("at", e.At);
        Field("command", e.Command);
        Field("actor", e.ActorId);
        Field("actorName", e.ActorName);
        Field("actorUnit", e.ActorUnitId);
        Field("actorRole", e.ActorRole);
        Field("fromStatus", e.FromStatus);
        Field("toStatus", e.ToStatus);
        Field("fromState", e.FromState);
        Field("toState", e.ToState);
        Field("workItem", e.WorkItemId?.ToString("D"));
        Field("step", e.StepId);
        Field("handoffFrom", e.HandoffFromUnitId);
        Field("handoffTo", e.HandoffToUnitId);
        Field("handoffPunctuality", e.HandoffPunctuality?.ToString());
        Field("reason", e.Reason);
        Field("detail", e.DetailJson);
        return text.ToString();
    }

    public static string Hash(string canonical) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
