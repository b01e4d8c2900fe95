using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Loading;

namespace Workflow.Designer.Editing;

/// <summary>
/// A definition file as the designer edits it: the JSON object itself (member order kept), so
/// saving writes a file a person can still read and diff. Every edit goes through
/// <see cref="ProcessEdits"/> or <see cref="MetadataEdits"/>; validation reads <see cref="ToText"/>.
/// </summary>
public sealed class DefinitionDocument
{
    private DefinitionDocument(JObject root) => Root = root;

    public JObject Root { get; }

    public string ProcedureId => (string?)Root["id"] ?? "";

    public int Version => Root["version"] is JValue { Type: JTokenType.Integer } value ? value.Value<int>() : 0;

    public bool IsPublished => (string?)Root["status"] == "published";

    public string Name => (string?)Root["name"] ?? "";

    public string StartStepId => (string?)Root["process"]?["start"] ?? "";

    /// <summary>The steps array, created when the file has none yet.</summary>
    public JArray Steps
    {
        get
        {
            var process = Root["process"] as JObject;
            if (process is null)
            {
                process = new JObject { ["start"] = "", ["steps"] = new JArray() };
                JsonMembers.Set(Root, "process", process, MemberOrder.Procedure);
            }

            if (process["steps"] is not JArray steps)
            {
                steps = [];
                JsonMembers.Set(process, "steps", steps, MemberOrder.Process);
            }

            return steps;
        }
    }

    public IReadOnlyList<JObject> StepObjects => Steps.OfType<JObject>().ToList();

    public IReadOnlyList<string> StepIds => StepObjects.Select(s => (string?)s["id"] ?? "").ToList();

    /// <summary>Reads definition text with the loader's own JSON settings (line info, no date parsing).</summary>
    /// <exception cref="JsonReaderException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The text is JSON but not an object.</exception>
    public static DefinitionDocument Parse(string text) =>
        DefinitionJson.Parse(text) is JObject root
            ? new DefinitionDocument(root)
            : throw new FormatException("A procedure definition must be one JSON object.");

    public static DefinitionDocument Of(JObject root) => new((JObject)root.DeepClone());

    public DefinitionDocument Clone() => new((JObject)Root.DeepClone());

    public JObject? FindStep(string stepId) => StepObjects.FirstOrDefault(s => (string?)s["id"] == stepId);

    public JObject RequireStep(string stepId) =>
        FindStep(stepId) ?? throw new DefinitionEditException($"Không có bước \"{stepId}\".", $"There is no step \"{stepId}\".");

    public int IndexOfStep(string stepId)
    {
        var steps = StepObjects;
        for (var i = 0; i < steps.Count; i++)
        {
            if ((string?)steps[i]["id"] == stepId)
            {
                return i;
            }
        }

        return -1;
    }

    public string? StepIdAt(int index) => index >= 0 && index < Steps.Count ? (string?)Steps[index]["id"] : null;

    /// <summary>The file's text: two-space indentation, one member per line, Vietnamese letters as they are, a final newline.</summary>
    public string ToText() => Root.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
