using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>Edits of the procedure's public facts: names, level, statutory time, channels, documents and fees.</summary>
public static class MetadataEdits
{
    /// <summary>The text members the metadata panel edits; empty optional members are removed.</summary>
    public static readonly IReadOnlySet<string> TextMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "nameEn", "code", "field", "receivingUnitKind", "effectiveFrom", "description",
    };

    private static readonly IReadOnlySet<string> RequiredText = new HashSet<string>(StringComparer.Ordinal) { "name", "field", "receivingUnitKind" };

    public static void SetText(DefinitionDocument document, string member, string? value)
    {
        if (!TextMembers.Contains(member))
        {
            throw new DefinitionEditException($"Trường \"{member}\" không sửa ở đây.", $"\"{member}\" is not edited here.");
        }

        if (RequiredText.Contains(member))
        {
            JsonMembers.Set(document.Root, member, (value ?? "").Trim(), MemberOrder.Procedure);
        }
        else
        {
            JsonMembers.SetOptionalText(document.Root, member, value, MemberOrder.Procedure);
        }
    }

    public static void SetEffectiveFrom(DefinitionDocument document, DateOnly? date) =>
        SetText(document, "effectiveFrom", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void SetLevel(DefinitionDocument document, ProcedureLevel level) =>
        JsonMembers.Set(document.Root, "level", JsonWords.Of(level), MemberOrder.Procedure);

    public static void SetOnlineMode(DefinitionDocument document, OnlineMode mode) =>
        JsonMembers.Set(document.Root, "onlineMode", JsonWords.Of(mode), MemberOrder.Procedure);

    public static void SetChannels(DefinitionDocument document, IEnumerable<Channel> channels) =>
        JsonMembers.Set(document.Root, "channels", new JArray(channels.Distinct().Order().Select(c => JsonWords.Of(c)).ToArray()), MemberOrder.Procedure);

    /// <summary>Sets the statutory time's value and unit; its note, convention and alternatives stay.</summary>
    public static void SetStatutoryTime(DefinitionDocument document, decimal value, DurationUnit unit, TimeOnly? cutoff)
    {
        if (document.Root["statutoryTime"] is not JObject time)
        {
            time = [];
            JsonMembers.Set(document.Root, "statutoryTime", time, MemberOrder.Procedure);
        }

        JsonMembers.Set(time, "value", StepEdits.Number(value), MemberOrder.StatutoryTime);
        JsonMembers.Set(time, "unit", JsonWords.Of(unit), MemberOrder.StatutoryTime);
        if (cutoff is { } at)
        {
            JsonMembers.Set(time, "cutoff", at.ToString("HH:mm", CultureInfo.InvariantCulture), MemberOrder.StatutoryTime);
        }
        else
        {
            time.Remove("cutoff");
        }
    }

    public static void AddDocument(DefinitionDocument document, DocumentDraft draft) =>
        List(document, "documents").Add(DocumentObject(new JObject(), draft));

    public static void UpdateDocument(DefinitionDocument document, int index, DocumentDraft draft) =>
        DocumentObject(Item(document, "documents", index), draft);

    public static void RemoveDocument(DefinitionDocument document, int index) => Item(document, "documents", index).Remove();

    public static void AddFee(DefinitionDocument document, FeeDraft draft) =>
        List(document, "fees").Add(FeeObject(new JObject(), draft));

    public static void UpdateFee(DefinitionDocument document, int index, FeeDraft draft) =>
        FeeObject(Item(document, "fees", index), draft);

    public static void RemoveFee(DefinitionDocument document, int index) => Item(document, "fees", index).Remove();

    private static JObject DocumentObject(JObject target, DocumentDraft draft)
    {
        JsonMembers.Set(target, "id", draft.Id.Trim(), MemberOrder.Document);
        JsonMembers.Set(target, "name", draft.Name.Trim(), MemberOrder.Document);
        Count(target, "originals", draft.Originals);
        Count(target, "certifiedCopies", draft.CertifiedCopies);
        Count(target, "photocopies", draft.Photocopies);
        if (draft.Required)
        {
            target.Remove("required");
        }
        else
        {
            JsonMembers.Set(target, "required", false, MemberOrder.Document);
        }

        JsonMembers.SetOptionalText(target, "when", draft.When, MemberOrder.Document);
        JsonMembers.SetOptionalText(target, "form", draft.Form, MemberOrder.Document);
        JsonMembers.SetOptionalText(target, "note", draft.Note, MemberOrder.Document);
        return target;
    }

    private static JObject FeeObject(JObject target, FeeDraft draft)
    {
        JsonMembers.Set(target, "id", draft.Id.Trim(), MemberOrder.Fee);
        JsonMembers.Set(target, "name", draft.Name.Trim(), MemberOrder.Fee);
        JsonMembers.Set(target, "kind", JsonWords.Of(draft.Kind), MemberOrder.Fee);
        OptionalNumber(target, "amount", draft.Amount);
        JsonMembers.SetOptionalText(target, "per", draft.Per, MemberOrder.Fee);
        JsonMembers.SetOptionalText(target, "quantityField", draft.QuantityField, MemberOrder.Fee);
        OptionalNumber(target, "max", draft.Max);
        JsonMembers.SetOptionalText(target, "maxPer", draft.MaxPer, MemberOrder.Fee);
        JsonMembers.SetOptionalText(target, "exemptWhen", draft.ExemptWhen, MemberOrder.Fee);
        JsonMembers.SetOptionalText(target, "note", draft.Note, MemberOrder.Fee);
        return target;
    }

    private static void Count(JObject target, string member, int value)
    {
        if (value > 0)
        {
            JsonMembers.Set(target, member, value, MemberOrder.Document);
        }
        else
        {
            target.Remove(member);
        }
    }

    private static void OptionalNumber(JObject target, string member, decimal? value)
    {
        if (value is { } number)
        {
            JsonMembers.Set(target, member, StepEdits.Number(number), MemberOrder.Fee);
        }
        else
        {
            target.Remove(member);
        }
    }

    private static JArray List(DefinitionDocument document, string member)
    {
        if (document.Root[member] is JArray list)
        {
            return list;
        }

        list = [];
        JsonMembers.Set(document.Root, member, list, MemberOrder.Procedure);
        return list;
    }

    private static JObject Item(DefinitionDocument document, string member, int index)
    {
        var list = List(document, member);
        return index >= 0 && index < list.Count && list[index] is JObject item
            ? item
            : throw new DefinitionEditException($"Không có mục {member}[{index}].", $"There is no {member}[{index}].");
    }
}
