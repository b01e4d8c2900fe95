using System.Globalization;
using System.Xml.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Diagram;
using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using static Workflow.Designer.Interchange.BpmnVocabulary;

namespace Workflow.Designer.Interchange;

/// <summary>
/// Writes one procedure version as a BPMN 2.0 file that modelers open with the designer's own
/// layout. Each step becomes the BPMN element that means the same (a task a user task with its
/// assignee as potential owner, a decision an exclusive gateway whose flows carry the conditions, a
/// wait an intermediate message catch event, a linked dossier a call activity or a send task, an
/// end an end event), each link a sequence flow, each phase a lane. What BPMN has no place for
/// (durations, citizen deadlines, outcome kinds, fees, documents...) is kept in our extension
/// elements, so that <see cref="BpmnImporter"/> gives the same definition back.
/// </summary>
public static class BpmnExporter
{
    public static XDocument Export(DefinitionDocument document)
    {
        var root = document.Root;
        var steps = document.StepObjects.GroupBy(s => (string?)s["id"] ?? "").Where(g => g.Key.Length > 0).Select(g => g.First()).ToList();
        var known = steps.Select(s => (string)s["id"]!).ToHashSet(StringComparer.Ordinal);
        var links = new List<BpmnLink>();
        var process = new XElement(Model + "process",
            new XAttribute("id", ProcessElementId(document.ProcedureId)),
            new XAttribute("name", document.Name),
            new XAttribute("isExecutable", "false"));
        if ((string?)root["description"] is { Length: > 0 } description)
        {
            process.Add(new XElement(Model + "documentation", description));
        }

        var metadata = (JObject)root.DeepClone();
        metadata.Remove("process");
        var processRest = (JObject)(root["process"]?.DeepClone() ?? new JObject());
        processRest.Remove("steps");
        processRest.Remove("phases");
        processRest.Remove("start");
        process.Add(Extensions(new XElement(Extension + "procedure", Compact(metadata)), processRest.Count > 0 ? new XElement(Extension + "process", Compact(processRest)) : null));
        process.Add(Lanes(root["process"]?["phases"] as JArray, known));

        var start = document.StartStepId;
        process.Add(new XElement(Model + "startEvent", new XAttribute("id", StartEventId)));
        foreach (var step in steps)
        {
            var (element, stepLinks) = StepElement(step, known);
            process.Add(element);
            links.AddRange(stepLinks);
        }

        if (known.Contains(start))
        {
            process.Add(Flow(StartFlowId, StartEventId, StepElementId(start), null, null));
        }

        foreach (var link in links)
        {
            process.Add(LinkFlow(link, steps.First(s => (string?)s["id"] == link.From)));
        }

        var graph = FlowGraph.Of(document, editable: false);
        var layout = FlowLayout.Compute(graph);
        var definitions = new XElement(Model + "definitions",
            new XAttribute(XNamespace.Xmlns + "bpmn", Model),
            new XAttribute(XNamespace.Xmlns + "bpmndi", Di),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "di", DiCommon),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "wf", Extension),
            new XAttribute("id", "Definitions_" + document.ProcedureId),
            new XAttribute("targetNamespace", $"urn:workflow:procedure:{document.ProcedureId}:v{document.Version.ToString(CultureInfo.InvariantCulture)}"),
            new XAttribute("expressionLanguage", ExpressionLanguage),
            new XAttribute("exporter", "Workflow designer"),
            new XAttribute("exporterVersion", "1"),
            process,
            BpmnDiagramWriter.Diagram(ProcessElementId(document.ProcedureId), layout, graph, known.Contains(start) ? start : null, links));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), definitions);
    }

    /// <summary>The file's text, UTF-8 with its declaration.</summary>
    public static string ExportText(DefinitionDocument document)
    {
        var xml = Export(document);
        using var writer = new Utf8StringWriter();
        xml.Save(writer);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static (XElement Element, List<BpmnLink> Links) StepElement(JObject step, HashSet<string> known)
    {
        var id = (string)step["id"]!;
        var kind = (string?)step["kind"] ?? "task";
        var rest = (JObject)step.DeepClone();
        rest.Remove("id");
        rest.Remove("name");
        rest.Remove("kind");
        var links = new List<BpmnLink>();

        void Take(JToken? holder, string slot)
        {
            if (holder is JValue { Type: JTokenType.String } value && known.Contains((string)value!))
            {
                links.Add(new BpmnLink(FlowId(id, slot), id, (string)value!, slot));
                if (value.Parent is JProperty property)
                {
                    property.Remove();
                }
                else
                {
                    value.Replace(JValue.CreateNull());
                }
            }
        }

        var outcomes = rest["outcomes"] as JArray;
        for (var i = 0; outcomes is not null && i < outcomes.Count; i++)
        {
            Take(outcomes[i]["to"], $"outcomes/{i}");
        }

        var branches = rest["branches"] as JArray;
        for (var i = 0; branches is not null && i < branches.Count; i++)
        {
            Take(branches[i], $"branches/{i}");
        }

        var rules = rest["rules"] as JArray;
        for (var i = 0; rules is not null && i < rules.Count; i++)
        {
            Take(rules[i]["to"], $"rules/{i}");
        }

        Take(rest["next"], "next");
        Take(rest["otherwise"], "otherwise");

        var element = new XElement(Model + ElementName(kind, step), new XAttribute("id", StepElementId(id)));
        if ((string?)step["name"] is { } name)
        {
            element.Add(new XAttribute("name", name));
        }

        if (kind is "parallel" or "join")
        {
            element.Add(new XAttribute("gatewayDirection", kind == "parallel" ? "Diverging" : "Converging"));
        }

        if (kind == "decision" && links.FirstOrDefault(l => l.Slot == "otherwise") is { } fallback)
        {
            element.Add(new XAttribute("default", fallback.Id));
        }

        if (kind == "file" && (string?)step["procedure"] is { Length: > 0 } procedure && ElementName(kind, step) == "callActivity")
        {
            element.Add(new XAttribute("calledElement", ProcessElementId(procedure)));
        }

        var summary = Summary(step);
        if (summary.Length > 0)
        {
            element.Add(new XElement(Model + "documentation", summary));
        }

        element.Add(Extensions(rest.Count > 0 ? new XElement(Extension + "step", Compact(rest)) : null));
        switch (kind)
        {
            case "task" when step["assignee"] is JObject assignee:
                element.Add(new XElement(Model + "potentialOwner",
                    new XAttribute("name", (string?)assignee["role"] ?? ""),
                    new XElement(Model + "resourceAssignmentExpression",
                        new XElement(Model + "formalExpression", Assignment(assignee)))));
                break;
            case "join" when ElementName(kind, step) == "complexGateway":
                var count = (string?)step["mode"] == "count" && step["count"] is JValue { Type: JTokenType.Integer } n ? n.Value<int>() : 1;
                element.Add(new XElement(Model + "activationCondition", new XAttribute(Xsi + "type", "bpmn:tFormalExpression"),
                    $"_activationCount >= {count.ToString(CultureInfo.InvariantCulture)}"));
                break;
            case "wait":
                element.Add(new XElement(Model + "messageEventDefinition", new XAttribute("id", StepElementId(id) + "_message")));
                break;
            case "end" when (string?)step["result"] is { } result && result != "issued":
                element.Add(new XElement(Model + "terminateEventDefinition", new XAttribute("id", StepElementId(id) + "_terminate")));
                break;
        }

        return (element, links);
    }

    /// <summary>The BPMN element that means what the step kind means.</summary>
    private static string ElementName(string kind, JObject step) => kind switch
    {
        "task" => "userTask",
        "parallel" => "parallelGateway",
        "join" => (string?)step["mode"] is "any" or "count" ? "complexGateway" : "parallelGateway",
        "decision" => "exclusiveGateway",
        "wait" => "intermediateCatchEvent",
        "end" => "endEvent",
        "file" => (string?)step["await"] is "ended" or "issued" ? "callActivity" : "sendTask",
        _ => "task",
    };

    private static XElement LinkFlow(BpmnLink link, JObject step)
    {
        var kind = (string?)step["kind"];
        var index = link.Slot.Contains('/', StringComparison.Ordinal) ? int.Parse(link.Slot[(link.Slot.IndexOf('/', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture) : -1;
        string? name = null;
        string? condition = null;
        if (link.Slot.StartsWith("outcomes/", StringComparison.Ordinal))
        {
            var outcome = (JObject)step["outcomes"]![index]!;
            name = (string?)outcome["name"];
            condition = $"outcome == '{(string?)outcome["id"]}'";
        }
        else if (link.Slot.StartsWith("rules/", StringComparison.Ordinal))
        {
            condition = (string?)step["rules"]![index]!["when"];
            name = condition;
        }
        else if (kind == "file" && (string?)step["await"] == "issued")
        {
            condition = link.Slot == "next" ? "childResult == 'issued'" : "childResult != 'issued'";
        }

        var flow = Flow(link.Id, StepElementId(link.From), StepElementId(link.To), name, condition);
        flow.Add(new XAttribute(Extension + "slot", link.Slot));
        return flow;
    }

    private static XElement Flow(string id, string source, string target, string? name, string? condition)
    {
        var flow = new XElement(Model + "sequenceFlow", new XAttribute("id", id));
        if (name is not null)
        {
            flow.Add(new XAttribute("name", name));
        }

        flow.Add(new XAttribute("sourceRef", source), new XAttribute("targetRef", target));
        if (condition is not null)
        {
            flow.Add(new XElement(Model + "conditionExpression", new XAttribute(Xsi + "type", "bpmn:tFormalExpression"), new XAttribute("language", ExpressionLanguage), condition));
        }

        return flow;
    }

    private static XElement? Lanes(JArray? phases, HashSet<string> known)
    {
        if (phases is null || phases.Count == 0)
        {
            return null;
        }

        var laneSet = new XElement(Model + "laneSet", new XAttribute("id", "LaneSet_phases"));
        foreach (var phase in phases.OfType<JObject>())
        {
            var rest = (JObject)phase.DeepClone();
            rest.Remove("id");
            rest.Remove("name");
            rest.Remove("steps");
            var lane = new XElement(Model + "lane", new XAttribute("id", PhaseElementId((string?)phase["id"] ?? "")));
            if ((string?)phase["name"] is { } name)
            {
                lane.Add(new XAttribute("name", name));
            }

            lane.Add(Extensions(new XElement(Extension + "phase", Compact(rest))));
            foreach (var stepId in (phase["steps"] as JArray)?.Select(s => (string?)s).OfType<string>().Where(known.Contains) ?? [])
            {
                lane.Add(new XElement(Model + "flowNodeRef", StepElementId(stepId)));
            }

            laneSet.Add(lane);
        }

        return laneSet;
    }

    /// <summary>The potential owner as one expression: <c>role@unitKind</c>, or <c>role@unitKind/unit</c> for a fixed unit.</summary>
    internal static string Assignment(JObject assignee) =>
        $"{(string?)assignee["role"]}@{(string?)assignee["unitKind"]}{((string?)assignee["unit"] is { } unit ? "/" + unit : "")}";

    /// <summary>What the designer's step box says (assignee, duration, what is awaited...), for people reading the file in a modeler.</summary>
    private static string Summary(JObject step)
    {
        var node = FlowGraph.Of(DefinitionDocument.Of(new JObject { ["process"] = new JObject { ["steps"] = new JArray(step.DeepClone()) } }), editable: false).Nodes[0];
        var text = StepNodeText.Of(node, null);
        var parts = new List<string>();
        if ((string?)step["description"] is { Length: > 0 } description)
        {
            parts.Add(description);
        }

        parts.AddRange(text.Details.Where(d => d.Length > 0));
        return string.Join("\n", parts);
    }

    private static XElement? Extensions(params XElement?[] elements) =>
        elements.Any(e => e is not null) ? new XElement(Model + "extensionElements", elements.OfType<XElement>()) : null;

    private static string Compact(JToken token) => token.ToString(Formatting.None);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
