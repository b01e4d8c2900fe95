using Newtonsoft.Json.Linq;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>
/// Edits of the process's phases (<c>process.phases</c>): add, change, remove, move; a step's new id
/// or its removal follows into the phases that list it. The loader checks what they mean (WF080–WF084).
/// </summary>
public static class PhaseEdits
{
    /// <summary>The phases as the file has them, in order.</summary>
    public static IReadOnlyList<PhaseDraft> Read(DefinitionDocument document) =>
        Phases(document, create: false)?.OfType<JObject>().Select(Draft).ToList() ?? [];

    public static void Add(DefinitionDocument document, PhaseDraft draft) => Phases(document, create: true)!.Add(PhaseObject(new JObject(), draft));

    public static void Update(DefinitionDocument document, int index, PhaseDraft draft) => PhaseObject(Item(document, index), draft);

    public static void Remove(DefinitionDocument document, int index)
    {
        Item(document, index).Remove();
        if (Phases(document, create: false) is { Count: 0 } empty)
        {
            empty.Parent!.Remove();
        }
    }

    /// <summary>Moves a phase one place earlier (<paramref name="delta"/> -1) or later (+1): phases are listed in the order they happen.</summary>
    public static void Move(DefinitionDocument document, int index, int delta)
    {
        var phases = Phases(document, create: false);
        var target = index + delta;
        if (phases is null || target < 0 || target >= phases.Count)
        {
            return;
        }

        var phase = Item(document, index);
        phase.Remove();
        phases.Insert(target, phase);
    }

    /// <summary>A step's new id in every phase that lists it.</summary>
    public static void RenameStep(DefinitionDocument document, string stepId, string newId)
    {
        foreach (var value in StepLists(document).SelectMany(s => s.OfType<JValue>()).Where(v => (string?)v == stepId))
        {
            value.Value = newId;
        }
    }

    /// <summary>A removed step leaves every phase that listed it.</summary>
    public static void ForgetStep(DefinitionDocument document, string stepId)
    {
        foreach (var value in StepLists(document).SelectMany(s => s.OfType<JValue>()).Where(v => (string?)v == stepId).ToList())
        {
            value.Remove();
        }
    }

    private static IEnumerable<JArray> StepLists(DefinitionDocument document) =>
        Phases(document, create: false)?.OfType<JObject>().Select(p => p["steps"]).OfType<JArray>() ?? [];

    private static JArray? Phases(DefinitionDocument document, bool create)
    {
        if (document.Root["process"]?["phases"] is JArray phases)
        {
            return phases;
        }

        if (!create)
        {
            return null;
        }

        _ = document.Steps; // creates the process when the file has none yet
        phases = [];
        JsonMembers.Set((JObject)document.Root["process"]!, "phases", phases, MemberOrder.Process);
        return phases;
    }

    private static JObject Item(DefinitionDocument document, int index) =>
        Phases(document, create: false) is { } phases && index >= 0 && index < phases.Count && phases[index] is JObject phase
            ? phase
            : throw new DefinitionEditException($"Không có giai đoạn thứ {index + 1}.", $"There is no phase number {index + 1}.");

    private static PhaseDraft Draft(JObject phase) => new(
        (string?)phase["id"] ?? "",
        (string?)phase["name"] ?? "",
        JsonWords.Parse<PhaseBearer>((string?)phase["borneBy"]) ?? PhaseBearer.Agency,
        phase["budget"]?["value"] is JValue { Type: JTokenType.Integer or JTokenType.Float } value ? value.Value<decimal>() : 0,
        JsonWords.Parse<DurationUnit>((string?)phase["budget"]?["unit"]) ?? DurationUnit.WorkingDays,
        (phase["steps"] as JArray)?.Select(s => (string?)s ?? "").ToList() ?? [],
        (string?)phase["note"]);

    private static JObject PhaseObject(JObject target, PhaseDraft draft)
    {
        JsonMembers.Set(target, "id", draft.Id.Trim(), MemberOrder.Phase);
        JsonMembers.Set(target, "name", draft.Name.Trim(), MemberOrder.Phase);
        JsonMembers.Set(target, "borneBy", JsonWords.Of(draft.BorneBy), MemberOrder.Phase);
        JsonMembers.Set(target, "budget", StepEdits.Duration(draft.BudgetValue, draft.BudgetUnit, null), MemberOrder.Phase);
        JsonMembers.SetOptionalText(target, "note", draft.Note, MemberOrder.Phase);
        JsonMembers.Set(target, "steps", new JArray(draft.Steps.Distinct(StringComparer.Ordinal).ToArray()), MemberOrder.Phase);
        return target;
    }
}
