using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Engine.Localization;

namespace Workflow.Designer.Layout;

/// <summary>
/// The process read from the JSON for drawing: nodes with their ports, and the links between them.
/// Tolerant of a half-written definition: missing members give empty ports, links to unknown steps
/// are left out of the drawing (the loader's problem list names them).
/// </summary>
public sealed class FlowGraph
{
    private FlowGraph(string start, IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> edges)
    {
        Start = start;
        Nodes = nodes;
        Edges = edges;
    }

    public string Start { get; }

    public IReadOnlyList<FlowNode> Nodes { get; }

    /// <summary>Links whose target is a step of this process; their kind is <see cref="FlowEdgeKind.Forward"/> until <see cref="FlowLayout"/> finds the back ones.</summary>
    public IReadOnlyList<FlowEdge> Edges { get; }

    public FlowNode? Node(string stepId) => Nodes.FirstOrDefault(n => n.StepId == stepId);

    /// <summary>
    /// Reads the process. <paramref name="editable"/> adds the "+" ports that start a new outcome,
    /// branch or rule; a published version, which cannot change, is drawn without them.
    /// </summary>
    public static FlowGraph Of(DefinitionDocument document, CultureInfo? culture = null, bool editable = true)
    {
        var nodes = new List<FlowNode>();
        foreach (var step in document.StepObjects)
        {
            var node = Node(step, culture);
            nodes.Add(editable ? node : node with { Ports = node.Ports.Where(p => !p.Source.AddsEntry).ToList() });
        }

        var known = nodes.Select(n => n.StepId).ToHashSet(StringComparer.Ordinal);
        var edges = new List<FlowEdge>();
        foreach (var node in nodes)
        {
            foreach (var port in node.Ports.Where(p => p.TargetStepId is not null && known.Contains(p.TargetStepId)))
            {
                var kind = port.Source.Slot == LinkSlot.Join ? FlowEdgeKind.JoinAssociation : FlowEdgeKind.Forward;
                edges.Add(new FlowEdge(node.StepId, port.TargetStepId!, port.Source, port.Label, kind, port.OutcomeKind));
            }
        }

        return new FlowGraph(document.StartStepId, nodes, edges);
    }

    private static FlowNode Node(JObject step, CultureInfo? culture)
    {
        var id = (string?)step["id"] ?? "";
        var kind = (string?)step["kind"] ?? "task";
        // A file step's receiver is drawn like a task's assignee: a unit kind, or a fixed unit.
        var assignee = step["assignee"] as JObject ?? step["receiver"] as JObject;
        var duration = step["duration"] as JObject;
        return new FlowNode(
            id,
            (string?)step["name"] ?? id,
            kind,
            (string?)assignee?["role"],
            (string?)assignee?["unitKind"],
            (string?)assignee?["unit"],
            duration?["value"] is JValue { Type: JTokenType.Integer or JTokenType.Float } value ? value.Value<decimal>() : null,
            (string?)duration?["unit"],
            (string?)step["phase"],
            (string?)step["mode"],
            step["count"] is JValue { Type: JTokenType.Integer } count ? count.Value<int>() : null,
            (string?)step["waitFor"],
            (string?)step["clock"],
            (string?)step["result"],
            Ports(step, id, kind, culture))
        {
            LinkedProcedure = (string?)step["procedure"],
            Await = (string?)step["await"],
        };
    }

    private static List<FlowPort> Ports(JObject step, string id, string kind, CultureInfo? culture)
    {
        var ports = new List<FlowPort>();
        switch (kind)
        {
            case "task":
                var outcomes = (step["outcomes"] as JArray)?.OfType<JObject>().ToList() ?? [];
                for (var i = 0; i < outcomes.Count; i++)
                {
                    ports.Add(new FlowPort(LinkSource.Outcome(id, i), (string?)outcomes[i]["name"] ?? (string?)outcomes[i]["id"] ?? "?", (string?)outcomes[i]["to"], (string?)outcomes[i]["kind"]));
                }

                ports.Add(new FlowPort(LinkSource.NewOutcome(id), Text.Pick(culture, "+ kết quả xử lý", "+ outcome"), null));
                break;
            case "parallel":
                var branches = (step["branches"] as JArray)?.ToList() ?? [];
                for (var i = 0; i < branches.Count; i++)
                {
                    ports.Add(new FlowPort(LinkSource.Branch(id, i), Text.Pick(culture, $"Nhánh {i + 1}", $"Branch {i + 1}"), (string?)branches[i]));
                }

                ports.Add(new FlowPort(LinkSource.NewBranch(id), Text.Pick(culture, "+ nhánh", "+ branch"), null));
                ports.Add(new FlowPort(LinkSource.Join(id), Text.Pick(culture, "Hợp nhất tại", "Joins at"), (string?)step["join"]));
                break;
            case "join":
            case "wait":
                ports.Add(new FlowPort(LinkSource.Next(id), Text.Pick(culture, "Tiếp theo", "Next"), (string?)step["next"]));
                break;
            case "file":
                ports.Add(new FlowPort(LinkSource.Next(id), Text.Pick(culture, "Tiếp theo", "Next"), (string?)step["next"]));
                // Only a step that awaits the result has somewhere to go without one; a stray "otherwise" is still drawn, so it can be seen and removed.
                if ((string?)step["await"] == "issued" || step["otherwise"] is not null)
                {
                    ports.Add(new FlowPort(LinkSource.Otherwise(id), Text.Pick(culture, "Không có kết quả", "Without a result"), (string?)step["otherwise"]));
                }

                break;
            case "decision":
                var rules = (step["rules"] as JArray)?.OfType<JObject>().ToList() ?? [];
                for (var i = 0; i < rules.Count; i++)
                {
                    ports.Add(new FlowPort(LinkSource.Rule(id, i), (string?)rules[i]["when"] ?? "?", (string?)rules[i]["to"]));
                }

                ports.Add(new FlowPort(LinkSource.NewRule(id), Text.Pick(culture, "+ điều kiện", "+ rule"), null));
                ports.Add(new FlowPort(LinkSource.Otherwise(id), Text.Pick(culture, "Ngược lại", "Otherwise"), (string?)step["otherwise"]));
                break;
        }

        return ports;
    }
}
