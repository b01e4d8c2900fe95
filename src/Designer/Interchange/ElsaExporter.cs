using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Interchange;

/// <summary>
/// Writes one procedure version as an Elsa Workflows 3 workflow definition: a flowchart whose
/// activities are the steps (a task is a RunTask, a decision a FlowSwitch on its rules, a parallel
/// step a FlowFork with one port per branch, a join a FlowJoin, a wait an Event, a linked dossier an
/// ExecuteWorkflow or DispatchWorkflow of the child procedure, an end a Finish), connected port to
/// port, placed where the designer draws them, with the dossier's data as variables. One way only:
/// Elsa does not know our assignees, durations or citizen deadlines, which travel as custom
/// properties for the team that adapts the workflow, and nothing reads such a file back.
/// </summary>
public static class ElsaExporter
{
    /// <summary>The activity every flowchart starts from; a step id never has two dashes in a row, so this cannot clash.</summary>
    public const string StartActivityId = "workflow--start";

    public static JObject Export(DefinitionDocument document)
    {
        var root = document.Root;
        var layout = FlowLayout.Compute(FlowGraph.Of(document, editable: false));
        var steps = document.StepObjects.GroupBy(s => (string?)s["id"] ?? "").Where(g => g.Key.Length > 0).Select(g => g.First()).ToList();
        // The steps, then the switches added after tasks and linked dossiers: what a connection may lead to.
        var known = steps.Select(s => (string)s["id"]!).ToHashSet(StringComparer.Ordinal);
        var activities = new JArray();
        var connections = new JArray();

        void Connect(string from, string port, string? to)
        {
            if (to is not null && known.Contains(to))
            {
                connections.Add(new JObject
                {
                    ["source"] = new JObject { ["activity"] = from, ["port"] = port },
                    ["target"] = new JObject { ["activity"] = to, ["port"] = "In" },
                    ["vertices"] = new JArray(),
                });
            }
        }

        var startPosition = layout.Placements.GetValueOrDefault(document.StartStepId);
        activities.Add(Activity(StartActivityId, "Start", "Elsa.Start", startPosition is null ? 0 : startPosition.X - 160, startPosition?.Y ?? 0));
        Connect(StartActivityId, "Done", document.StartStepId);
        foreach (var step in steps)
        {
            var id = (string)step["id"]!;
            var placed = layout.Placements.GetValueOrDefault(id);
            var (x, y) = (placed?.X ?? 0, placed?.Y ?? 0);
            var name = (string?)step["name"] ?? id;
            switch ((string?)step["kind"])
            {
                case "task":
                    var outcomes = (step["outcomes"] as JArray)?.OfType<JObject>().ToList() ?? [];
                    var task = Activity(id, name, "Elsa.RunTask", x, y, Properties(step, "assignee", "duration", "phase", "forms", "description"));
                    task["taskName"] = Input("String", "Literal", id);
                    activities.Add(task);
                    if (outcomes.Count == 1)
                    {
                        Connect(id, "Done", (string?)outcomes[0]["to"]);
                        break;
                    }

                    // The officer's choice is the task's result; a switch sends each outcome on.
                    var choice = id + "--outcome";
                    known.Add(choice);
                    activities.Add(Switch(choice, name, x + LayoutMetrics.NodeWidth / 2, y + LayoutMetrics.TallHeaderHeight,
                        outcomes.Select(o => ((string?)o["id"] ?? "", $"getLastResult() === '{(string?)o["id"]}'"))));
                    Connect(id, "Done", choice);
                    foreach (var outcome in outcomes)
                    {
                        Connect(choice, (string?)outcome["id"] ?? "", (string?)outcome["to"]);
                    }

                    break;
                case "parallel":
                    var branches = (step["branches"] as JArray)?.Select(b => (string?)b).ToList() ?? [];
                    var labels = branches.Select((_, i) => $"branch-{i + 1}").ToList();
                    var fork = Activity(id, name, "Elsa.FlowFork", x, y, Properties(step, "join", "deadline", "onDeadline", "escalateTo"));
                    fork["branches"] = Input("String[]", "Object", new JArray(labels).ToString(Newtonsoft.Json.Formatting.None));
                    activities.Add(fork);
                    for (var i = 0; i < branches.Count; i++)
                    {
                        Connect(id, labels[i], branches[i]);
                    }

                    break;
                case "join":
                    var join = Activity(id, name, "Elsa.FlowJoin", x, y, Properties(step, "mode", "count"));
                    join["mode"] = Input("Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core", "Literal", (string?)step["mode"] is "any" or "count" ? "WaitAny" : "WaitAll");
                    activities.Add(join);
                    Connect(id, "Done", (string?)step["next"]);
                    break;
                case "decision":
                    var rules = (step["rules"] as JArray)?.OfType<JObject>().ToList() ?? [];
                    activities.Add(Switch(id, name, x, y, rules.Select((r, i) => ($"rule-{i + 1}", (string?)r["when"] ?? "false"))));
                    for (var i = 0; i < rules.Count; i++)
                    {
                        Connect(id, $"rule-{i + 1}", (string?)rules[i]["to"]);
                    }

                    Connect(id, "Default", (string?)step["otherwise"]);
                    break;
                case "wait":
                    var wait = Activity(id, name, "Elsa.Event", x, y, Properties(step, "waitFor", "clock", "duration", "remindBefore", "onExpiry"));
                    wait["eventName"] = Input("String", "Literal", $"{id}:{(string?)step["waitFor"] ?? "supplement"}");
                    activities.Add(wait);
                    Connect(id, "Done", (string?)step["next"]);
                    break;
                case "file":
                    var awaits = (string?)step["await"] is "ended" or "issued";
                    var child = Activity(id, name, awaits ? "Elsa.ExecuteWorkflow" : "Elsa.DispatchWorkflow", x, y, Properties(step, "receiver", "pass", "await"));
                    child["workflowDefinitionId"] = Input("String", "Literal", (string?)step["procedure"] ?? "");
                    child["waitForCompletion"] = Input("Boolean", "Literal", awaits ? "true" : "false");
                    activities.Add(child);
                    if (step["otherwise"] is null)
                    {
                        Connect(id, "Done", (string?)step["next"]);
                        break;
                    }

                    var result = id + "--result";
                    known.Add(result);
                    activities.Add(Switch(result, name, x + LayoutMetrics.NodeWidth / 2, y + LayoutMetrics.TallHeaderHeight, [("issued", "getLastResult().result === 'issued'")]));
                    Connect(id, "Done", result);
                    Connect(result, "issued", (string?)step["next"]);
                    Connect(result, "Default", (string?)step["otherwise"]);
                    break;
                default:
                    activities.Add(Activity(id, name, "Elsa.Finish", x, y, Properties(step, "result")));
                    break;
            }
        }

        var status = (string?)root["status"];
        return new JObject
        {
            ["id"] = $"{document.ProcedureId}-v{document.Version.ToString(CultureInfo.InvariantCulture)}",
            ["definitionId"] = document.ProcedureId,
            ["name"] = document.Name,
            ["description"] = (string?)root["description"] ?? "",
            ["version"] = document.Version,
            ["toolVersion"] = "3.0.0",
            ["variables"] = new JArray((root["data"] as JArray)?.OfType<JObject>().Select(Variable) ?? []),
            ["inputs"] = new JArray(),
            ["outputs"] = new JArray(),
            ["outcomes"] = new JArray(),
            ["customProperties"] = new JObject
            {
                ["procedureCode"] = root["code"]?.DeepClone(),
                ["statutoryTime"] = root["statutoryTime"]?.DeepClone(),
                ["receivingUnitKind"] = root["receivingUnitKind"]?.DeepClone(),
                ["expressionLanguage"] = "ncalc",
            },
            ["isReadonly"] = false,
            ["isSystem"] = false,
            ["isLatest"] = true,
            ["isPublished"] = status == "published",
            ["options"] = new JObject { ["autoUpdateConsumingWorkflows"] = false },
            ["root"] = new JObject
            {
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["id"] = "flowchart",
                ["nodeId"] = "Workflow1:flowchart",
                ["metadata"] = new JObject(),
                ["customProperties"] = new JObject(),
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
    }

    private static JObject Activity(string id, string name, string type, double x, double y, JObject? custom = null) => new()
    {
        ["id"] = id,
        ["nodeId"] = $"Workflow1:flowchart:{id}",
        ["name"] = name,
        ["type"] = type,
        ["version"] = 1,
        ["customProperties"] = custom ?? new JObject(),
        ["metadata"] = new JObject
        {
            ["designer"] = new JObject
            {
                ["position"] = new JObject { ["x"] = Math.Round(x), ["y"] = Math.Round(y) },
                ["size"] = new JObject { ["width"] = LayoutMetrics.NodeWidth, ["height"] = 50 },
            },
        },
    };

    private static JObject Switch(string id, string name, double x, double y, IEnumerable<(string Label, string Condition)> cases)
    {
        var activity = Activity(id, name, "Elsa.FlowSwitch", x, y);
        activity["cases"] = new JArray(cases.Select(c => new JObject
        {
            ["label"] = c.Label,
            ["condition"] = new JObject { ["type"] = "JavaScript", ["value"] = c.Condition },
        }));
        activity["mode"] = Input("Elsa.Workflows.Activities.Flowchart.Models.SwitchMode, Elsa.Workflows.Core", "Literal", "MatchFirst");
        return activity;
    }

    private static JObject Input(string typeName, string expressionType, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JObject { ["type"] = expressionType, ["value"] = value },
    };

    /// <summary>The step's members Elsa has no input for, kept for the people who adapt the workflow.</summary>
    private static JObject Properties(JObject step, params string[] members)
    {
        var properties = new JObject();
        foreach (var member in members)
        {
            if (step[member] is { } value)
            {
                properties[member] = value.DeepClone();
            }
        }

        return properties;
    }

    private static JObject Variable(JObject field) => new()
    {
        ["id"] = "data--" + (string?)field["id"],
        ["name"] = (string?)field["id"],
        ["typeName"] = (string?)field["type"] switch
        {
            "number" => "Decimal",
            "boolean" => "Boolean",
            "date" => "DateOnly",
            _ => "String",
        },
        ["isArray"] = false,
        ["storageDriverTypeName"] = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core",
    };
}
