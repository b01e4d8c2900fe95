using Microsoft.AspNetCore.Mvc;

namespace Workflow.Server.Problems;

/// <summary>
/// Builds the one ProblemDetails shape every error of the API has: <c>title</c>, <c>detail</c>
/// (the sentence), <c>status</c>, a stable <c>code</c>, and the input at fault as <c>field</c>
/// and in <c>errors</c> (field → sentences).
/// </summary>
public static class ProblemFactory
{
    public static ProblemDetails Create(int status, string code, string detail, string? field = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ProblemTexts.Title(status),
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        if (field is not null)
        {
            problem.Extensions["field"] = field;
            problem.Extensions["errors"] = errors ?? new Dictionary<string, string[]> { [field] = [detail] };
        }

        return problem;
    }
}
