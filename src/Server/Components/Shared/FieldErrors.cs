using Workflow.Engine.Runtime.Errors;
using Workflow.Server.Problems;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>
/// What a form's last check found wrong, by field (the names the engine and the API use:
/// <c>applicant.name</c>, <c>data.members</c>...), so the page marks every field at fault at once, under
/// the field, instead of one message at a time.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public void Clear() => _errors.Clear();

    /// <summary>Records the first sentence for a field; a later one about the same field is kept out.</summary>
    public void Add(string field, string sentence) => _errors.TryAdd(field, sentence);

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? Text(string field) => _errors.GetValueOrDefault(field);

    /// <summary>The fields a refusal names, with its sentence; false when it names none (shown as a message instead).</summary>
    public bool Take(Exception refusal)
    {
        switch (refusal)
        {
            case WorkflowException { Field: { } field } workflow:
                Add(field, Message(workflow));
                return true;
            case ApiProblemException { Field: { } field } problem:
                Add(field, problem.Message);
                return true;
            case RequestValidationException invalid:
                foreach (var (field, sentences) in invalid.Errors)
                {
                    Add(field, string.Join(" ", sentences));
                }

                return invalid.Errors.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>The one message that goes with the marked fields.</summary>
    public string Summary() => Count == 1
        ? T("Một ô chưa đúng, đã đánh dấu bên dưới: sửa rồi gửi lại.", "One field needs correcting, marked below: correct it and send again.")
        : T($"{Count} ô chưa đúng, đã đánh dấu bên dưới: sửa hết rồi gửi lại.", $"{Count} fields need correcting, marked below: correct them and send again.");
}
