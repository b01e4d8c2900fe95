using System.Xml.Linq;
using Workflow.Designer.Editing;

namespace Workflow.Designer.Interchange;

/// <summary>
/// The names a BPMN 2.0 file of ours uses: the OMG namespaces, our extension namespace, and how step,
/// phase and link ids become XML ids. Step ids may start with a digit, which an XML id may not, so
/// every id gets a prefix; the importer takes it off again.
/// </summary>
public static class BpmnVocabulary
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public static readonly XNamespace DiCommon = "http://www.omg.org/spec/DD/20100524/DI";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Our extension elements and attributes: what a BPMN element cannot say about a step (assignee, durations, citizen deadlines...).</summary>
    public static readonly XNamespace Extension = "urn:workflow:procedure:bpmn:1";

    public const string StepPrefix = "Step_";
    public const string PhasePrefix = "Phase_";
    public const string ProcessPrefix = "Process_";
    public const string StartEventId = "StartEvent";
    public const string StartFlowId = "Flow_start";

    /// <summary>The expression language of decision conditions: the definition file's own (NCalc over the dossier's data).</summary>
    public const string ExpressionLanguage = "urn:workflow:expression:ncalc";

    public static string StepElementId(string stepId) => StepPrefix + stepId;

    public static string PhaseElementId(string phaseId) => PhasePrefix + phaseId;

    public static string ProcessElementId(string procedureId) => ProcessPrefix + procedureId;

    /// <summary>Where a link is written in the step's JSON: <c>outcomes/0</c>, <c>branches/1</c>, <c>next</c>, <c>rules/2</c>, <c>otherwise</c>.</summary>
    public static string? SlotPath(LinkSource source) => source.Slot switch
    {
        LinkSlot.Outcome => $"outcomes/{source.Index}",
        LinkSlot.Branch => $"branches/{source.Index}",
        LinkSlot.Rule => $"rules/{source.Index}",
        LinkSlot.Next => "next",
        LinkSlot.Otherwise => "otherwise",
        _ => null,
    };

    public static string FlowId(string stepId, string slotPath) => $"Flow_{stepId}_{slotPath.Replace('/', '_')}";
}
