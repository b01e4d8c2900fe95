using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Identifiers;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;

namespace Workflow.Designer.Editing;

/// <summary>Drawing and removing links: each writes or removes the one member of the source step that the link stands for.</summary>
public static class LinkEdits
{
    /// <summary>The condition a rule drawn on the diagram starts with, for the analyst to replace.</summary>
    public const string NewRuleCondition = "true";

    /// <summary>Points <paramref name="source"/> at <paramref name="targetStepId"/>; a "+" source adds an outcome, branch or rule.</summary>
    public static void Connect(DefinitionDocument document, LinkSource source, string targetStepId)
    {
        var step = document.RequireStep(source.StepId);
        var target = document.RequireStep(targetStepId);
        switch (source.Slot)
        {
            case LinkSlot.Outcome:
                Entry(step, "outcomes", source.Index)["to"] = targetStepId;
                break;
            case LinkSlot.NewOutcome:
                var outcomes = List(step, "outcomes");
                var kind = (string?)target["kind"] == "parallel" ? OutcomeKind.Consult
                    : (string?)target["kind"] == "end" && (string?)target["result"] == "refused" ? OutcomeKind.Reject
                    : OutcomeKind.Approve;
                var ids = outcomes.OfType<JObject>().Select(o => (string?)o["id"] ?? "");
                var outcome = new JObject
                {
                    ["id"] = StepIdentifiers.Unique(JsonWords.Of(kind), ids),
                    ["name"] = Text.Pick(null, $"Chuyển: {(string?)target["name"]}", $"To: {(string?)target["name"]}"),
                    ["kind"] = JsonWords.Of(kind),
                    ["to"] = targetStepId,
                };
                if (OutcomeDraft.KindNeedsComment(kind))
                {
                    outcome["requiresComment"] = true;
                }

                outcomes.Add(outcome);
                break;
            case LinkSlot.Branch:
                var branches = List(step, "branches");
                RequireIndex(branches, source.Index, "branches");
                branches[source.Index] = targetStepId;
                break;
            case LinkSlot.NewBranch:
                List(step, "branches").Add(targetStepId);
                break;
            case LinkSlot.Join:
                JsonMembers.Set(step, "join", targetStepId, MemberOrder.Step);
                break;
            case LinkSlot.Next:
                JsonMembers.Set(step, "next", targetStepId, MemberOrder.Step);
                break;
            case LinkSlot.Rule:
                Entry(step, "rules", source.Index)["to"] = targetStepId;
                break;
            case LinkSlot.NewRule:
                List(step, "rules").Add(new JObject { ["when"] = NewRuleCondition, ["to"] = targetStepId });
                break;
            case LinkSlot.Otherwise:
                JsonMembers.Set(step, "otherwise", targetStepId, MemberOrder.Step);
                break;
        }
    }

    /// <summary>Removes what a link stands for: the outcome, branch or rule itself, or the <c>join</c>, <c>next</c> or <c>otherwise</c> member.</summary>
    public static void Disconnect(DefinitionDocument document, LinkSource source)
    {
        var step = document.RequireStep(source.StepId);
        switch (source.Slot)
        {
            case LinkSlot.Outcome:
                Entry(step, "outcomes", source.Index).Remove();
                break;
            case LinkSlot.Branch:
                var branches = List(step, "branches");
                RequireIndex(branches, source.Index, "branches");
                branches.RemoveAt(source.Index);
                break;
            case LinkSlot.Rule:
                Entry(step, "rules", source.Index).Remove();
                break;
            case LinkSlot.Join:
                step.Remove("join");
                break;
            case LinkSlot.Next:
                step.Remove("next");
                break;
            case LinkSlot.Otherwise:
                step.Remove("otherwise");
                break;
        }
    }

    internal static JArray List(JObject step, string member)
    {
        if (step[member] is JArray list)
        {
            return list;
        }

        list = [];
        JsonMembers.Set(step, member, list, MemberOrder.Step);
        return list;
    }

    internal static JObject Entry(JObject step, string member, int index)
    {
        var list = List(step, member);
        RequireIndex(list, index, member);
        return list[index] as JObject ?? throw new DefinitionEditException($"Mục {member}[{index}] không phải đối tượng.", $"{member}[{index}] is not an object.");
    }

    private static void RequireIndex(JArray list, int index, string member)
    {
        if (index < 0 || index >= list.Count)
        {
            throw new DefinitionEditException($"Không có mục {member}[{index}].", $"There is no {member}[{index}].");
        }
    }
}
