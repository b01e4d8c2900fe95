using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;

namespace Workflow.Designer.Comparison;

/// <summary>Every transition a definition's JSON declares, in file order.</summary>
public static class TransitionReader
{
    public static IReadOnlyList<Transition> Of(DefinitionDocument document)
    {
        var transitions = new List<Transition>();
        foreach (var step in document.StepObjects)
        {
            var from = (string?)step["id"] ?? "";
            foreach (var outcome in (step["outcomes"] as JArray)?.OfType<JObject>() ?? [])
            {
                Add(from, (string?)outcome["id"] ?? "?", (string?)outcome["to"]);
            }

            foreach (var branch in (step["branches"] as JArray) ?? [])
            {
                Add(from, "branch", (string?)branch);
            }

            foreach (var rule in (step["rules"] as JArray)?.OfType<JObject>() ?? [])
            {
                Add(from, $"when {(string?)rule["when"]}", (string?)rule["to"]);
            }

            Add(from, "otherwise", (string?)step["otherwise"]);
            Add(from, "next", (string?)step["next"]);
        }

        return transitions;

        void Add(string from, string via, string? to)
        {
            if (!string.IsNullOrEmpty(to))
            {
                transitions.Add(new Transition(from, via, to));
            }
        }
    }
}
