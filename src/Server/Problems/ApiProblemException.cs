namespace Workflow.Server.Problems;

/// <summary>
/// A refusal decided by the server itself (not the engine), rendered as ProblemDetails with a
/// stable code, the sentence for the reader and, when one input is at fault, its name.
/// </summary>
public sealed class ApiProblemException(int status, string code, string detail, string? field = null, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>More members for the ProblemDetails, e.g. the list of problems of a definition.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    public string Code { get; } = code;

    public string? Field { get; } = field;

    /// <summary>When set, sent as <c>Retry-After</c>: how long the client should wait before asking again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static ApiProblemException NotFound(string code, string detail, string? field = null) => new(StatusCodes.Status404NotFound, code, detail, field);

    public static ApiProblemException Forbidden(string code, string detail) => new(StatusCodes.Status403Forbidden, code, detail);

    public static ApiProblemException Conflict(string code, string detail, string? field = null) => new(StatusCodes.Status409Conflict, code, detail, field);

    public static ApiProblemException Invalid(string code, string detail, string? field = null) => new(StatusCodes.Status400BadRequest, code, detail, field);
}
