namespace Workflow.Server.Problems;

/// <summary>One or more inputs are wrong; each field gets its own sentence. Nothing was done.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public string FirstField => Errors.Keys.First();
}
