using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Errors;
using Workflow.Server.Localization;

namespace Workflow.Server.Problems;

/// <summary>
/// Turns every exception that reaches the pipeline into ProblemDetails: engine refusals by their
/// kind (Invalid 400, NotFound 404, Forbidden 403, Conflict 409, with the winner of a lost race),
/// the server's own refusals, unreadable bodies (with the JSON path at fault), a database that
/// is unreachable or read-only as a 503 with Retry-After, and anything unexpected as a 500 that
/// says nothing was saved.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>How long a client should wait after a database outage: a restart or failover takes seconds.</summary>
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ConcurrencyConflictException conflict => Conflict(conflict),
            WorkflowException workflow => FromEngine(workflow),
            ApiProblemException api => WithExtensions(ProblemFactory.Create(api.Status, api.Code, api.Message, api.Field), api.Extensions),
            RequestValidationException invalid => ProblemFactory.Create(StatusCodes.Status400BadRequest, "invalid-input",
                invalid.Errors.First().Value.First(), invalid.FirstField, invalid.Errors),
            BadHttpRequestException bad => FromBadRequest(bad),
            _ => null,
        };

        if (problem is null && exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        if (problem is null && DatabaseErrors.IsUnavailable(exception))
        {
            // An outage, a failover or a read-only database: the request itself may succeed in a moment.
            logger.LogWarning(exception, "Database unavailable on {Method} {Path}; answered 503", httpContext.Request.Method, httpContext.Request.Path);
            RetryAfter.Set(httpContext.Response, TimeSpan.FromSeconds(RetryAfterSeconds));
            problem = ProblemFactory.Create(StatusCodes.Status503ServiceUnavailable, "database-unavailable", Language.Pick(
                "Cơ sở dữ liệu tạm thời không sẵn sàng nên chưa có gì được lưu. Đợi ít giây rồi thực hiện lại.",
                "The database is briefly unavailable, so nothing was saved. Wait a few seconds and try again."));
        }
        else if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = ProblemFactory.Create(StatusCodes.Status500InternalServerError, "server-error", ProblemTexts.Detail(500));
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Server error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Refused {Method} {Path}: {Status} {Code}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, problem.Extensions["code"]);
        }

        if (exception is ApiProblemException { RetryAfter: { } wait })
        {
            RetryAfter.Set(httpContext.Response, wait);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static ProblemDetails FromEngine(WorkflowException exception)
    {
        var status = exception.Kind switch
        {
            WorkflowErrorKind.Invalid => StatusCodes.Status400BadRequest,
            WorkflowErrorKind.NotFound => StatusCodes.Status404NotFound,
            WorkflowErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return ProblemFactory.Create(status, exception.Code, exception.MessageIn(Language.Current), exception.Field);
    }

    private static ProblemDetails Conflict(ConcurrencyConflictException exception)
    {
        var problem = ProblemFactory.Create(StatusCodes.Status409Conflict, exception.Code, exception.MessageIn(Language.Current));
        problem.Extensions["winner"] = exception.WinnerName;
        problem.Extensions["wonAt"] = exception.WonAt is { } at ? VietnamTime.ToIso8601(at) : null;
        return problem;
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return ProblemFactory.Create(status, "body-too-large", ProblemTexts.Detail(413), "body");
        }

        if (exception.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            return ProblemFactory.Create(StatusCodes.Status400BadRequest, "malformed-json", Language.Pick(
                $"Dữ liệu JSON không đọc được tại \"{field}\"{Position(json)}: kiểm tra cú pháp và kiểu giá trị.",
                $"The JSON body cannot be read at \"{field}\"{Position(json)}: check its syntax and value types."), field);
        }

        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return ProblemFactory.Create(status, "unsupported-media-type", ProblemTexts.Detail(415), "body");
        }

        var parameter = ParameterName().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups[1].Value;
            return ProblemFactory.Create(StatusCodes.Status400BadRequest, "invalid-parameter", Language.Pick(
                $"Giá trị của \"{name}\" không hợp lệ.", $"The value of \"{name}\" is not valid."), name);
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemFactory.Create(StatusCodes.Status400BadRequest, "body-required", Language.Pick(
                "Yêu cầu cần có nội dung JSON.", "The request needs a JSON body."), "body");
        }

        return ProblemFactory.Create(status, "bad-request", ProblemTexts.Detail(status));
    }

    private static string Position(JsonException json) =>
        json.LineNumber is { } line ? Language.Pick($" (dòng {line + 1}, vị trí {json.BytePositionInLine + 1})", $" (line {line + 1}, position {json.BytePositionInLine + 1})") : "";

    /// <summary>"$.applicant.name" → "applicant.name"; the document itself → "body".</summary>
    private static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [GeneratedRegex("parameter \"[^\"]*? (\\w+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
