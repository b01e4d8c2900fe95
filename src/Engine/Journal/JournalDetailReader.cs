using System.Text.Json;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Journal;

/// <summary>Reads an entry's detail back into its record, so readers never look into the JSON text.</summary>
public static class JournalDetailReader
{
    /// <summary>
    /// The entry's detail as <typeparamref name="TDetail"/>, or null when the entry has none or its
    /// JSON does not fit the record (edited by hand: the journal's verification reports it, and
    /// the pages that show it must still answer).
    /// Reading a detail of another kind than the entry's is a programming error and throws.
    /// </summary>
    public static TDetail? DetailAs<TDetail>(this JournalEntryRecord entry) where TDetail : class, IJournalDetail
    {
        var detail = Read<TDetail>(entry.DetailJson);
        if (detail is not null && ((IJournalDetail)detail).Kind != entry.Command)
        {
            throw new InvalidOperationException($"Journal entry #{entry.Sequence} is a \"{entry.Command}\" entry, not \"{((IJournalDetail)detail).Kind}\".");
        }

        return detail;
    }

    /// <summary>A detail read from its JSON alone, for queries that project only the detail column; null as for <see cref="DetailAs{TDetail}"/>.</summary>
    public static TDetail? Read<TDetail>(string? detailJson) where TDetail : class, IJournalDetail
    {
        if (detailJson is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TDetail>(detailJson, JournalDetailJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The detail as it is stored: the bytes the entry's hash covers.</summary>
    internal static string Write(IJournalDetail detail) => JsonSerializer.Serialize(detail, detail.GetType(), JournalDetailJson.Options);
}
