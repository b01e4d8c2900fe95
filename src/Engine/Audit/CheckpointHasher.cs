using System.Globalization;
using System.Text;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Audit;

/// <summary>The hash that seals a checkpoint: its previous checkpoint, its time, and every head it seals.</summary>
public static class CheckpointHasher
{
    public static string Compute(JournalCheckpointRecord checkpoint, IEnumerable<JournalCheckpointHeadRecord> heads)
    {
        var text = new StringBuilder();
        text.Append("previous=").Append(checkpoint.PreviousHash).Append('\n');
        text.Append("at=").Append(DateTime.SpecifyKind(checkpoint.At, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("upTo=").Append(checkpoint.UpToEntryId.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var head in heads.OrderBy(h => h.DossierId))
        {
            text.Append(head.DossierId.ToString("D")).Append(':').Append(head.Sequence.ToString(CultureInfo.InvariantCulture)).Append(':').Append(head.Hash).Append('\n');
        }

        return JournalHasher.Hash(text.ToString());
    }
}
