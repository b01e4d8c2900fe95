using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>Edits of one step's members, each written in the file's order and spelling.</summary>
public static class StepEdits
{
    public static void SetName(DefinitionDocument document, string stepId, string name) =>
        document.RequireStep(stepId)["name"] = name.Trim();

    public static void SetDescription(DefinitionDocument document, string stepId, string? description) =>
        JsonMembers.SetOptionalText(document.RequireStep(stepId), "description", description, MemberOrder.Step);

    /// <summary>Sets the phase of a task; processing is the default and is not written.</summary>
    public static void SetPhase(DefinitionDocument document, string stepId, StepPhase phase)
    {
        var step = document.RequireStep(stepId);
        if (phase == StepPhase.Processing)
        {
            step.Remove("phase");
        }
        else
        {
            JsonMembers.Set(step, "phase", JsonWords.Of(phase), MemberOrder.Step);
        }
    }

    public static void SetAssignee(DefinitionDocument document, string stepId, string role, string unitKind, string? fixedUnit = null)
    {
        var assignee = new JObject { ["role"] = role.Trim(), ["unitKind"] = unitKind.Trim() };
        if (!string.IsNullOrWhiteSpace(fixedUnit))
        {
            assignee["unit"] = fixedUnit.Trim();
        }

        JsonMembers.Set(document.RequireStep(stepId), "assignee", assignee, MemberOrder.Step);
    }

    public static void SetDuration(DefinitionDocument document, string stepId, decimal value, DurationUnit unit, TimeOnly? cutoff = null) =>
        JsonMembers.Set(document.RequireStep(stepId), "duration", Duration(value, unit, cutoff), MemberOrder.Step);

    public static void RemoveDuration(DefinitionDocument document, string stepId) => document.RequireStep(stepId).Remove("duration");

    public static void SetForms(DefinitionDocument document, string stepId, IEnumerable<string> formIds)
    {
        var forms = formIds.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var step = document.RequireStep(stepId);
        if (forms.Count == 0)
        {
            step.Remove("forms");
        }
        else
        {
            JsonMembers.Set(step, "forms", new JArray(forms), MemberOrder.Step);
        }
    }

    public static void AddOutcome(DefinitionDocument document, string stepId, OutcomeDraft outcome) =>
        LinkEdits.List(document.RequireStep(stepId), "outcomes").Add(OutcomeObject(new JObject(), outcome));

    /// <summary>Rewrites one outcome in place; members the panel does not edit are kept.</summary>
    public static void UpdateOutcome(DefinitionDocument document, string stepId, int index, OutcomeDraft outcome) =>
        OutcomeObject(LinkEdits.Entry(document.RequireStep(stepId), "outcomes", index), outcome);

    public static void RemoveOutcome(DefinitionDocument document, string stepId, int index) =>
        LinkEdits.Disconnect(document, LinkSource.Outcome(stepId, index));

    public static void MoveOutcome(DefinitionDocument document, string stepId, int index, int offset)
    {
        var list = LinkEdits.List(document.RequireStep(stepId), "outcomes");
        var target = index + offset;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count)
        {
            return;
        }

        var item = list[index];
        list.RemoveAt(index);
        list.Insert(target, item);
    }

    public static void SetJoin(DefinitionDocument document, string parallelStepId, string? joinStepId) =>
        JsonMembers.SetOptionalText(document.RequireStep(parallelStepId), "join", joinStepId, MemberOrder.Step);

    /// <summary>
    /// Gives a consultation (a parallel step) the deadline the governing text sets and what happens
    /// when it passes; <paramref name="escalateTo"/> (a role at the asking unit) is written only for an
    /// escalation. The loader checks the rest live (WF070–WF074).
    /// </summary>
    public static void SetConsultationDeadline(DefinitionDocument document, string stepId, decimal value, DurationUnit unit, ConsultationDeadlineEffect effect, string? escalateTo = null)
    {
        var step = document.RequireStep(stepId);
        JsonMembers.Set(step, "deadline", Duration(value, unit, null), MemberOrder.Step);
        JsonMembers.Set(step, "onDeadline", JsonWords.Of(effect), MemberOrder.Step);
        if (effect == ConsultationDeadlineEffect.Escalate)
        {
            JsonMembers.Set(step, "escalateTo", string.IsNullOrWhiteSpace(escalateTo) ? "head" : escalateTo.Trim(), MemberOrder.Step);
        }
        else
        {
            step.Remove("escalateTo");
        }
    }

    /// <summary>The consultation waits without a deadline of its own.</summary>
    public static void RemoveConsultationDeadline(DefinitionDocument document, string stepId)
    {
        var step = document.RequireStep(stepId);
        foreach (var member in StepKindMembers.ConsultationDeadline)
        {
            step.Remove(member);
        }
    }

    /// <summary>Sets a join's mode; <paramref name="count"/> is written only for mode <c>count</c>.</summary>
    public static void SetJoinMode(DefinitionDocument document, string stepId, JoinMode mode, int? count)
    {
        var step = document.RequireStep(stepId);
        JsonMembers.Set(step, "mode", JsonWords.Of(mode), MemberOrder.Step);
        if (mode == JoinMode.Count)
        {
            JsonMembers.Set(step, "count", count ?? 1, MemberOrder.Step);
        }
        else
        {
            step.Remove("count");
        }
    }

    public static void SetNext(DefinitionDocument document, string stepId, string? nextStepId) =>
        JsonMembers.SetOptionalText(document.RequireStep(stepId), "next", nextStepId, MemberOrder.Step);

    public static void SetRules(DefinitionDocument document, string stepId, IEnumerable<RuleDraft> rules) =>
        JsonMembers.Set(document.RequireStep(stepId), "rules",
            new JArray(rules.Select(r => new JObject { ["when"] = r.When.Trim(), ["to"] = r.To }).ToArray()), MemberOrder.Step);

    public static void SetOtherwise(DefinitionDocument document, string stepId, string? otherwiseStepId) =>
        JsonMembers.SetOptionalText(document.RequireStep(stepId), "otherwise", otherwiseStepId, MemberOrder.Step);

    public static void SetWait(DefinitionDocument document, string stepId, WaitReason waitFor, ClockEffect clock)
    {
        var step = document.RequireStep(stepId);
        JsonMembers.Set(step, "waitFor", JsonWords.Of(waitFor), MemberOrder.Step);
        JsonMembers.Set(step, "clock", JsonWords.Of(clock), MemberOrder.Step);
    }

    /// <summary>
    /// Gives a wait the citizen's own deadline (whole working days, as the governing text sets it),
    /// the reminders before it and what its passing does; no reminders means none is written. The
    /// loader checks the rest live (WF075–WF079).
    /// </summary>
    public static void SetCitizenDeadline(DefinitionDocument document, string stepId, decimal workingDays, IEnumerable<(decimal Value, DurationUnit Unit)> remindBefore, CitizenDeadlineEffect onExpiry)
    {
        var step = document.RequireStep(stepId);
        JsonMembers.Set(step, "duration", Duration(workingDays, DurationUnit.WorkingDays, null), MemberOrder.Step);
        var reminders = remindBefore.Select(r => Duration(r.Value, r.Unit, null)).ToArray();
        if (reminders.Length == 0)
        {
            step.Remove("remindBefore");
        }
        else
        {
            JsonMembers.Set(step, "remindBefore", new JArray(reminders), MemberOrder.Step);
        }

        JsonMembers.Set(step, "onExpiry", JsonWords.Of(onExpiry), MemberOrder.Step);
    }

    /// <summary>The wait has no deadline of the citizen's: it waits as long as the citizen takes.</summary>
    public static void RemoveCitizenDeadline(DefinitionDocument document, string stepId)
    {
        var step = document.RequireStep(stepId);
        step.Remove("duration");
        foreach (var member in StepKindMembers.CitizenDeadline)
        {
            step.Remove(member);
        }
    }

    /// <summary>
    /// Names the procedure a file step files a dossier of (liên thông). Whether it exists, its
    /// receiving kind and the fields it requires are checked live with every procedure loaded (WF085–WF089).
    /// </summary>
    public static void SetLinkedProcedure(DefinitionDocument document, string stepId, string? procedureId) =>
        JsonMembers.SetOptionalText(document.RequireStep(stepId), "procedure", procedureId, MemberOrder.Step);

    /// <summary>The unit that receives the linked dossier: a unit kind resolved from the receiving unit, or one fixed unit of that kind.</summary>
    public static void SetReceiver(DefinitionDocument document, string stepId, string unitKind, string? fixedUnit = null)
    {
        var receiver = new JObject();
        JsonMembers.Set(receiver, "unitKind", unitKind.Trim(), MemberOrder.Receiver);
        JsonMembers.SetOptionalText(receiver, "unit", fixedUnit, MemberOrder.Receiver);
        JsonMembers.Set(document.RequireStep(stepId), "receiver", receiver, MemberOrder.Step);
    }

    /// <summary>The data fields copied to the linked dossier, in this procedure's order; none means the member is left out.</summary>
    public static void SetPass(DefinitionDocument document, string stepId, IEnumerable<string> fieldIds)
    {
        var chosen = fieldIds.Select(f => f.Trim()).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var own = DataFieldIds(document);
        var pass = own.Where(chosen.Contains).Concat(chosen.Where(f => !own.Contains(f)).Order(StringComparer.Ordinal)).ToList();
        var step = document.RequireStep(stepId);
        if (pass.Count == 0)
        {
            step.Remove("pass");
        }
        else
        {
            JsonMembers.Set(step, "pass", new JArray(pass), MemberOrder.Step);
        }
    }

    /// <summary>Whether the step waits for the linked dossier; <c>otherwise</c> means something only when it awaits a result, so it goes otherwise.</summary>
    public static void SetAwait(DefinitionDocument document, string stepId, ChildAwait awaited)
    {
        var step = document.RequireStep(stepId);
        JsonMembers.Set(step, "await", JsonWords.Of(awaited), MemberOrder.Step);
        if (awaited != ChildAwait.Issued)
        {
            step.Remove("otherwise");
        }
    }

    public static void SetResult(DefinitionDocument document, string stepId, EndResult result) =>
        JsonMembers.Set(document.RequireStep(stepId), "result", JsonWords.Of(result), MemberOrder.Step);

    /// <summary>The ids of this procedure's data fields, in the file's order.</summary>
    internal static List<string> DataFieldIds(DefinitionDocument document) =>
        (document.Root["data"] as JArray)?.OfType<JObject>().Select(d => (string?)d["id"]).OfType<string>().ToList() ?? [];

    internal static JObject Duration(decimal value, DurationUnit unit, TimeOnly? cutoff)
    {
        var duration = new JObject { ["value"] = Number(value), ["unit"] = JsonWords.Of(unit) };
        if (cutoff is { } time)
        {
            duration["cutoff"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return duration;
    }

    /// <summary>Whole numbers are written without a decimal point, as a person would write them.</summary>
    internal static JValue Number(decimal value) =>
        value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue ? new JValue((long)value) : new JValue(value);

    private static JObject OutcomeObject(JObject target, OutcomeDraft outcome)
    {
        JsonMembers.Set(target, "id", outcome.Id.Trim(), MemberOrder.Outcome);
        JsonMembers.Set(target, "name", outcome.Name.Trim(), MemberOrder.Outcome);
        JsonMembers.Set(target, "kind", JsonWords.Of(outcome.Kind), MemberOrder.Outcome);
        JsonMembers.Set(target, "to", outcome.To, MemberOrder.Outcome);
        if (outcome.RequiresComment || OutcomeDraft.KindNeedsComment(outcome.Kind))
        {
            JsonMembers.Set(target, "requiresComment", true, MemberOrder.Outcome);
        }
        else
        {
            target.Remove("requiresComment");
        }

        return target;
    }
}
