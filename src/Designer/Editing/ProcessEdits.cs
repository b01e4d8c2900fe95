using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Identifiers;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>Edits of the process as a whole: adding, removing and re-identifying steps, changing a step's kind, choosing the start.</summary>
public static class ProcessEdits
{
    /// <summary>Adds a step after <paramref name="afterStepId"/> (or before the end steps) and returns its id.</summary>
    public static string AddStep(DefinitionDocument document, StepKind kind, string name, StepDefaults defaults, string? afterStepId = null)
    {
        var steps = document.Steps;
        var id = StepIdentifiers.FromName(name, document.StepIds, JsonWords.Of(kind));
        var step = new JObject
        {
            ["id"] = id,
            ["name"] = string.IsNullOrWhiteSpace(name) ? id : name.Trim(),
            ["kind"] = JsonWords.Of(kind),
        };
        AddKindMembers(document, step, kind, defaults);

        var after = afterStepId is null ? -1 : document.IndexOfStep(afterStepId);
        if (after >= 0)
        {
            steps.Insert(after + 1, step);
        }
        else
        {
            var firstEnd = document.StepObjects.ToList().FindIndex(s => (string?)s["kind"] == "end");
            if (firstEnd >= 0)
            {
                steps.Insert(firstEnd, step);
            }
            else
            {
                steps.Add(step);
            }
        }

        if (string.IsNullOrEmpty(document.StartStepId) || document.FindStep(document.StartStepId) is null)
        {
            SetStart(document, id);
        }

        return id;
    }

    /// <summary>Removes a step and every link to it: outcomes, branches and rules that lead there, and <c>next</c>, <c>join</c>, <c>otherwise</c> members naming it.</summary>
    public static void RemoveStep(DefinitionDocument document, string stepId)
    {
        var step = document.RequireStep(stepId);
        step.Remove();
        foreach (var other in document.StepObjects)
        {
            RemoveReferences(other, stepId);
        }

        PhaseEdits.ForgetStep(document, stepId);

        if (document.StartStepId == stepId)
        {
            SetStart(document, document.StepIds.FirstOrDefault() ?? "");
        }
    }

    /// <summary>Gives a step a new id and updates every reference to it, the start included.</summary>
    public static void ChangeStepId(DefinitionDocument document, string stepId, string newId)
    {
        if (stepId == newId)
        {
            return;
        }

        if (!StepIdentifiers.IsValid(newId))
        {
            throw new DefinitionEditException(
                $"Mã bước \"{newId}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
                $"The step id \"{newId}\" is not valid: lower-case letters, digits and hyphens only.");
        }

        if (document.FindStep(newId) is not null)
        {
            throw new DefinitionEditException($"Đã có bước mã \"{newId}\".", $"There is already a step \"{newId}\".");
        }

        document.RequireStep(stepId)["id"] = newId;
        foreach (var step in document.StepObjects)
        {
            ReplaceReferences(step, stepId, newId);
        }

        PhaseEdits.RenameStep(document, stepId, newId);

        if (document.StartStepId == stepId)
        {
            SetStart(document, newId);
        }
    }

    /// <summary>
    /// Changes a step's kind: members the new kind does not use are dropped, and the members it
    /// needs are added with neutral values (links are left for the analyst to draw).
    /// </summary>
    public static void ChangeKind(DefinitionDocument document, string stepId, StepKind kind, StepDefaults defaults)
    {
        var step = document.RequireStep(stepId);
        if ((string?)step["kind"] == JsonWords.Of(kind))
        {
            return;
        }

        var keep = StepKindMembers.Of(kind);
        foreach (var property in step.Properties().ToList())
        {
            if (!StepKindMembers.Common.Contains(property.Name) && !keep.Contains(property.Name))
            {
                property.Remove();
            }
        }

        step["kind"] = JsonWords.Of(kind);
        AddKindMembers(document, step, kind, defaults);
    }

    public static void SetStart(DefinitionDocument document, string stepId)
    {
        var process = document.Root["process"] as JObject ?? new JObject();
        if (document.Root["process"] is null)
        {
            JsonMembers.Set(document.Root, "process", process, MemberOrder.Procedure);
        }

        JsonMembers.Set(process, "start", stepId, MemberOrder.Process);
    }

    private static void AddKindMembers(DefinitionDocument document, JObject step, StepKind kind, StepDefaults defaults)
    {
        void SetIfMissing(string name, JToken value)
        {
            if (step[name] is null)
            {
                JsonMembers.Set(step, name, value, MemberOrder.Step);
            }
        }

        switch (kind)
        {
            case StepKind.Task:
                SetIfMissing("assignee", new JObject { ["role"] = defaults.Role, ["unitKind"] = defaults.UnitKind });
                SetIfMissing("duration", new JObject { ["value"] = 1, ["unit"] = "working-days" });
                SetIfMissing("outcomes", new JArray());
                break;
            case StepKind.Parallel:
                SetIfMissing("branches", new JArray());
                break;
            case StepKind.Join:
                SetIfMissing("mode", "all");
                break;
            case StepKind.Decision:
                SetIfMissing("rules", new JArray());
                break;
            case StepKind.Wait:
                SetIfMissing("waitFor", "supplement");
                SetIfMissing("clock", "pause");
                break;
            case StepKind.End:
                SetIfMissing("result", "issued");
                break;
            case StepKind.File when defaults.Linked is { } linked:
                // The child's own receiving kind and the required fields this procedure has: a skeleton the loader accepts as it stands.
                SetIfMissing("procedure", linked.Id);
                SetIfMissing("receiver", new JObject { ["unitKind"] = linked.ReceivingUnitKind });
                var own = StepEdits.DataFieldIds(document);
                SetIfMissing("pass", new JArray(linked.RequiredFields.Select(f => f.Id).Where(own.Contains).ToArray()));
                SetIfMissing("await", JsonWords.Of(ChildAwait.Ended));
                break;
            case StepKind.File:
                SetIfMissing("await", JsonWords.Of(ChildAwait.Ended));
                break;
        }
    }

    private static void RemoveReferences(JObject step, string target)
    {
        foreach (var list in new[] { "outcomes", "rules" })
        {
            if (step[list] is JArray entries)
            {
                foreach (var entry in entries.OfType<JObject>().Where(e => (string?)e["to"] == target).ToList())
                {
                    entry.Remove();
                }
            }
        }

        if (step["branches"] is JArray branches)
        {
            foreach (var branch in branches.Where(b => (string?)b == target).ToList())
            {
                branch.Remove();
            }
        }

        foreach (var member in new[] { "next", "join", "otherwise" })
        {
            if ((string?)step[member] == target)
            {
                step.Remove(member);
            }
        }
    }

    private static void ReplaceReferences(JObject step, string from, string to)
    {
        foreach (var list in new[] { "outcomes", "rules" })
        {
            foreach (var entry in (step[list] as JArray)?.OfType<JObject>() ?? [])
            {
                if ((string?)entry["to"] == from)
                {
                    entry["to"] = to;
                }
            }
        }

        if (step["branches"] is JArray branches)
        {
            for (var i = 0; i < branches.Count; i++)
            {
                if ((string?)branches[i] == from)
                {
                    branches[i] = to;
                }
            }
        }

        foreach (var member in new[] { "next", "join", "otherwise" })
        {
            if ((string?)step[member] == from)
            {
                step[member] = to;
            }
        }
    }
}
