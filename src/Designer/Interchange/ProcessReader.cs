using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Localization;
using static Workflow.Designer.Interchange.BpmnImporter;
using static Workflow.Designer.Interchange.BpmnVocabulary;

namespace Workflow.Designer.Interchange;

/// <summary>
/// Turns one bpmn:process into the procedure JSON (see <see cref="BpmnImporter"/>). Merging
/// exclusive gateways and throw events carry no meaning in the format: flows run through them.
/// </summary>
internal sealed class ProcessReader(XElement process, CultureInfo? culture, List<UnmappedElement> report)
{
    private static readonly HashSet<string> TaskElements = ["task", "userTask", "manualTask"];
    private static readonly HashSet<string> AutomatedTaskElements = ["serviceTask", "scriptTask", "businessRuleTask"];

    private readonly Dictionary<string, JObject> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stepIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _passThrough = new(StringComparer.Ordinal);
    private readonly HashSet<string> _extended = new(StringComparer.Ordinal);

    public JObject Read()
    {
        var flows = process.Elements(Model + "sequenceFlow").ToList();
        var outgoing = flows.GroupBy(f => (string?)f.Attribute("sourceRef") ?? "").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var incoming = flows.GroupBy(f => (string?)f.Attribute("targetRef") ?? "").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var starts = new List<XElement>();
        foreach (var element in process.Elements())
        {
            var name = element.Name.LocalName;
            var id = Id(element);
            var outs = outgoing.GetValueOrDefault(id)?.Count ?? 0;
            var ins = incoming.GetValueOrDefault(id)?.Count ?? 0;
            if (element.Name.Namespace != Model || name is "sequenceFlow" or "laneSet" or "documentation" or "extensionElements")
            {
                continue;
            }

            var kind = KindOf(element, name, ins, outs);
            if (name == "startEvent")
            {
                starts.Add(element);
            }
            else if (kind is not null)
            {
                AddStep(element, kind);
            }
            else if ((name is "exclusiveGateway" or "inclusiveGateway" or "intermediateThrowEvent") && outs == 1)
            {
                _passThrough[id] = (string?)outgoing[id][0].Attribute("targetRef") ?? "";
                if (name != "exclusiveGateway")
                {
                    Report(element, "Không có bước tương ứng; luồng đi thẳng qua phần tử này.", "Has no matching step; the flow runs straight through it.");
                }
            }
            else
            {
                Report(element, "Định dạng quy trình không diễn đạt được phần tử này nên bỏ qua; hãy thêm bước tương ứng trong trình thiết kế nếu cần.",
                    "The procedure format cannot express this element, so it was left out; add a matching step in the designer if needed.");
            }
        }

        var start = ReadStart(starts, outgoing);
        foreach (var flow in flows)
        {
            Link(flow);
        }

        foreach (var step in _steps.Values)
        {
            Tidy(step);
        }

        FindJoins();
        var result = process.Element(Model + "extensionElements")?.Element(Extension + "procedure") is { } metadata ? ExtensionJson(metadata) : NewMetadata();
        result["status"] = "draft";
        var processJson = process.Element(Model + "extensionElements")?.Element(Extension + "process") is { } rest ? ExtensionJson(rest) : new JObject();
        var phases = Phases();
        var ordered = new JObject { ["start"] = start };
        if (phases.Count > 0)
        {
            ordered["phases"] = phases;
        }

        ordered["steps"] = new JArray(_steps.Values);
        foreach (var property in processJson.Properties())
        {
            ordered[property.Name] = property.Value;
        }

        result["process"] = ordered;
        return result;
    }

    private string? KindOf(XElement element, string name, int ins, int outs)
    {
        var direction = (string?)element.Attribute("gatewayDirection");
        var diverging = direction == "Diverging" || (direction != "Converging" && outs > 1);
        return name switch
        {
            _ when TaskElements.Contains(name) => "task",
            _ when AutomatedTaskElements.Contains(name) => Reported(element, "task",
                "Việc tự động được đọc thành một việc do cán bộ làm; hãy chọn vai trò và đơn vị thực hiện.",
                "An automated task was read as a task an officer does; choose its role and unit."),
            "sendTask" or "callActivity" => "file",
            "receiveTask" or "intermediateCatchEvent" => "wait",
            "endEvent" => "end",
            "parallelGateway" => diverging ? "parallel" : "join",
            "complexGateway" => diverging ? null : "join",
            "inclusiveGateway" when !diverging && ins > 1 => "join",
            "exclusiveGateway" when diverging => "decision",
            _ => null,
        };
    }

    private string? Reported(XElement element, string kind, string vietnamese, string english)
    {
        Report(element, vietnamese, english);
        return kind;
    }

    private void AddStep(XElement element, string kind)
    {
        var elementId = Id(element);
        var stepId = Identifier(elementId, StepPrefix);
        for (var n = 2; _steps.ContainsKey(stepId); n++)
        {
            stepId = $"{Identifier(elementId, StepPrefix)}-{n}";
        }

        var step = new JObject { ["id"] = stepId, ["name"] = (string?)element.Attribute("name") ?? stepId, ["kind"] = kind };
        if (element.Element(Model + "extensionElements")?.Element(Extension + "step") is { } extension)
        {
            foreach (var property in ExtensionJson(extension).Properties())
            {
                step[property.Name] = property.Value;
            }

            _extended.Add(stepId);
        }
        else
        {
            Defaults(element, kind, step);
        }

        _steps[stepId] = step;
        _stepIds[elementId] = stepId;
    }

    /// <summary>What a file from another modeler says of a step: its documentation, a potential owner, a called process, an end's kind.</summary>
    private void Defaults(XElement element, string kind, JObject step)
    {
        if (element.Element(Model + "documentation")?.Value is { Length: > 0 } documentation)
        {
            step["description"] = documentation;
        }

        switch (kind)
        {
            case "task":
                var owner = element.Descendants(Model + "formalExpression").FirstOrDefault(e => e.Parent?.Parent?.Name.LocalName is "potentialOwner" or "humanPerformer" or "performer")?.Value.Trim();
                if (owner is not null && owner.Split('@') is [{ Length: > 0 } role, { Length: > 0 } place])
                {
                    var unit = place.Split('/', 2);
                    step["assignee"] = unit.Length == 2 ? new JObject { ["role"] = role, ["unitKind"] = unit[0], ["unit"] = unit[1] } : new JObject { ["role"] = role, ["unitKind"] = place };
                }
                else
                {
                    Report(element, "Chưa biết ai làm việc này (vai trò tại loại đơn vị); hãy chọn trong trình thiết kế.",
                        "Who does this task (a role at a unit kind) is not known; choose it in the designer.");
                }

                step["outcomes"] = new JArray();
                break;
            case "wait":
                step["waitFor"] = "supplement";
                step["clock"] = "pause";
                if (element.Element(Model + "messageEventDefinition") is null)
                {
                    Report(element, "Được đọc thành bước chờ công dân bổ sung hồ sơ (đồng hồ tạm dừng); hãy kiểm tra điều đang chờ.",
                        "Read as a wait for the citizen's supplement (clock paused); check what it waits for.");
                }

                break;
            case "file":
                step["procedure"] = Identifier((string?)element.Attribute("calledElement") ?? "", ProcessPrefix);
                step["await"] = element.Name.LocalName == "callActivity" ? "ended" : "none";
                Report(element, "Được đọc thành bước chuyển hồ sơ liên thông; hãy chọn thủ tục và nơi tiếp nhận.",
                    "Read as a step filing a linked dossier; choose its procedure and receiving unit.");
                break;
            case "end":
                step["result"] = element.Element(Model + "terminateEventDefinition") is not null ? "stopped"
                    : element.Element(Model + "errorEventDefinition") is not null ? "refused" : "issued";
                break;
            case "join":
                step["mode"] = element.Name.LocalName == "parallelGateway" ? "all" : "any";
                break;
        }
    }

    private string ReadStart(List<XElement> starts, Dictionary<string, List<XElement>> outgoing)
    {
        foreach (var extra in starts.Skip(1))
        {
            Report(extra, "Quy trình chỉ có một điểm bắt đầu; sự kiện bắt đầu này bị bỏ qua.", "A procedure has one start; this start event was left out.");
        }

        var first = starts.FirstOrDefault();
        var target = first is null ? null : outgoing.GetValueOrDefault(Id(first))?.Select(f => Resolve((string?)f.Attribute("targetRef"))).FirstOrDefault(t => t is not null);
        if (target is not null)
        {
            return target;
        }

        var fallback = _steps.Keys.FirstOrDefault() ?? "";
        report.Add(new UnmappedElement(first is null ? Id(process) : Id(first), first is null ? "process" : "startEvent", Text.Pick(culture,
            $"Không tìm thấy bước đầu tiên sau sự kiện bắt đầu; lấy bước \"{fallback}\" làm bước đầu.",
            $"No first step follows a start event; \"{fallback}\" was taken as the start.")));
        return fallback;
    }

    /// <summary>The step a flow's target stands for, through merging gateways and throw events; null when it leads nowhere mapped.</summary>
    private string? Resolve(string? elementId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (elementId is not null && _passThrough.TryGetValue(elementId, out var next) && seen.Add(elementId))
        {
            elementId = next;
        }

        return elementId is not null && _stepIds.TryGetValue(elementId, out var stepId) ? stepId : null;
    }

    private void Link(XElement flow)
    {
        var source = (string?)flow.Attribute("sourceRef") ?? "";
        if (!_stepIds.TryGetValue(source, out var from))
        {
            return;
        }

        var step = _steps[from];
        var to = Resolve((string?)flow.Attribute("targetRef"));
        if (to is null)
        {
            Report(flow, "Luồng này dẫn tới phần tử không đọc được nên bị bỏ qua.", "This flow leads to an element that could not be read, so it was left out.");
            return;
        }

        if (_extended.Contains(from) && (string?)flow.Attribute(Extension + "slot") is { } slot && Place(step, slot, to))
        {
            return;
        }

        var name = (string?)flow.Attribute("name");
        var condition = flow.Element(Model + "conditionExpression")?.Value.Trim();
        var isDefault = (string?)process.Elements().FirstOrDefault(e => Id(e) == source)?.Attribute("default") == Id(flow);
        switch ((string?)step["kind"])
        {
            case "task":
                var outcomes = (JArray)(step["outcomes"] ??= new JArray());
                var outcomeId = BpmnImporter.Identifier(name ?? $"outcome-{outcomes.Count + 1}", "");
                outcomes.Add(new JObject { ["id"] = outcomeId, ["name"] = name ?? _steps[to]["name"], ["kind"] = "approve", ["to"] = to });
                break;
            case "parallel":
                ((JArray)(step["branches"] ??= new JArray())).Add(to);
                break;
            case "decision":
                if (isDefault || string.IsNullOrEmpty(condition))
                {
                    step["otherwise"] = to;
                }
                else
                {
                    ((JArray)(step["rules"] ??= new JArray())).Add(new JObject { ["when"] = condition, ["to"] = to });
                }

                break;
            case "end":
                Report(flow, "Sau bước kết thúc không có gì nữa; luồng này bị bỏ qua.", "Nothing follows an end; this flow was left out.");
                break;
            default:
                if (step["next"] is null)
                {
                    step["next"] = to;
                }
                else if ((string?)step["kind"] == "file" && step["otherwise"] is null)
                {
                    step["otherwise"] = to;
                    step["await"] = "issued";
                }
                else
                {
                    Report(flow, "Bước này chỉ có một bước tiếp theo; luồng thêm này bị bỏ qua.", "This step has one next step; this extra flow was left out.");
                }

                break;
        }
    }

    /// <summary>Puts a link back where our export took it from (<c>outcomes/0/to</c>, <c>branches/1</c>, <c>next</c>...).</summary>
    private static bool Place(JObject step, string slot, string to)
    {
        var parts = slot.Split('/');
        if (parts.Length == 1 && parts[0] is "next" or "otherwise")
        {
            step[parts[0]] = to;
            return true;
        }

        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || step[parts[0]] is not JArray array || index >= array.Count)
        {
            return false;
        }

        if (parts[0] == "branches")
        {
            array[index] = to;
        }
        else if (array[index] is JObject entry)
        {
            entry["to"] = to;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Drops the places no flow filled (a branch whose flow was deleted in a modeler).</summary>
    private static void Tidy(JObject step)
    {
        if (step["branches"] is JArray branches)
        {
            foreach (var empty in branches.Where(b => b.Type == JTokenType.Null).ToList())
            {
                empty.Remove();
            }
        }
    }

    /// <summary>For a fork without its join (a file from another modeler): the first join every branch reaches.</summary>
    private void FindJoins()
    {
        foreach (var fork in _steps.Values.Where(s => (string?)s["kind"] == "parallel" && s["join"] is null))
        {
            var branches = (fork["branches"] as JArray)?.Select(b => (string?)b).OfType<string>().ToList() ?? [];
            var reached = branches.Select(b => Reachable(b)).ToList();
            var join = reached.FirstOrDefault()?.FirstOrDefault(id => (string?)_steps[id]["kind"] == "join" && reached.All(r => r.Contains(id)));
            if (join is not null)
            {
                fork["join"] = join;
            }
        }
    }

    private List<string> Reachable(string from)
    {
        var order = new List<string>();
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (order.Contains(id) || !_steps.TryGetValue(id, out var step))
            {
                continue;
            }

            order.Add(id);
            foreach (var next in Targets(step))
            {
                queue.Enqueue(next);
            }
        }

        return order;
    }

    private static IEnumerable<string> Targets(JObject step) =>
        ((step["outcomes"] as JArray)?.Select(o => (string?)o["to"]) ?? [])
        .Concat((step["branches"] as JArray)?.Select(b => (string?)b) ?? [])
        .Concat((step["rules"] as JArray)?.Select(r => (string?)r["to"]) ?? [])
        .Append((string?)step["next"]).Append((string?)step["otherwise"])
        .OfType<string>();

    private JArray Phases()
    {
        var phases = new JArray();
        foreach (var lane in process.Elements(Model + "laneSet").Elements(Model + "lane"))
        {
            if (lane.Element(Model + "extensionElements")?.Element(Extension + "phase") is not { } extension)
            {
                Report(lane, "Làn được hiểu là ai làm việc, không phải giai đoạn; hãy chọn người thực hiện của các việc trong làn này.",
                    "A lane is read as who does the work, not as a phase; choose the assignee of its tasks.");
                continue;
            }

            var phase = new JObject { ["id"] = Identifier(Id(lane), PhasePrefix), ["name"] = (string?)lane.Attribute("name") ?? "" };
            foreach (var property in ExtensionJson(extension).Properties())
            {
                phase[property.Name] = property.Value;
            }

            phase["steps"] = new JArray(lane.Elements(Model + "flowNodeRef").Select(r => _stepIds.GetValueOrDefault(r.Value.Trim())).OfType<string>());
            phases.Add(phase);
        }

        return phases;
    }

    /// <summary>The members a procedure needs that BPMN does not carry, with placeholders the designer's checks will point at.</summary>
    private JObject NewMetadata()
    {
        var id = Identifier(Id(process), ProcessPrefix);
        report.Add(new UnmappedElement(Id(process), "process", Text.Pick(culture,
            "Tệp không có thông tin thủ tục (lĩnh vực, cấp, thời hạn giải quyết, phí, giấy tờ); hãy điền trong trình thiết kế.",
            "The file has no procedure details (field, level, statutory time, fees, documents); fill them in the designer.")));
        return new JObject
        {
            ["$schema"] = "../procedure.schema.json",
            ["id"] = id,
            ["version"] = 1,
            ["status"] = "draft",
            ["name"] = (string?)process.Attribute("name") ?? id,
            ["field"] = "",
            ["level"] = "commune",
            ["receivingUnitKind"] = "commune",
            ["statutoryTime"] = new JObject { ["value"] = 1, ["unit"] = "working-days" },
            ["onlineMode"] = "none",
            ["channels"] = new JArray("desk"),
        };
    }

    /// <summary>
    /// The JSON one of our extension elements carries, read as the loader reads a definition (no date
    /// conversion, duplicate members refused). A file whose extension was broken by hand is refused
    /// as a whole: guessing the rest of a step would save a draft that silently differs.
    /// </summary>
    private JObject ExtensionJson(XElement extension)
    {
        try
        {
            if (DefinitionJson.Parse(extension.Value) is JObject json)
            {
                return json;
            }
        }
        catch (JsonException)
        {
            // Refused below with the element and line named.
        }

        var owner = Id(extension.Parent?.Parent ?? extension);
        var line = ((IXmlLineInfo)extension).LineNumber;
        throw new BpmnImportException(Text.Pick(culture,
            $"Phần mở rộng {extension.Name.LocalName} của phần tử \"{owner}\" (dòng {line}) không phải đối tượng JSON hợp lệ; hãy xuất lại tệp từ trình thiết kế hoặc sửa phần đó rồi nhập lại.",
            $"The {extension.Name.LocalName} extension of element \"{owner}\" (line {line}) is not a valid JSON object; export the file again from the designer, or fix that part and import again."));
    }

    private void Report(XElement element, string vietnamese, string english) =>
        report.Add(new UnmappedElement(Id(element), element.Name.LocalName, Text.Pick(culture, vietnamese, english)));
}
