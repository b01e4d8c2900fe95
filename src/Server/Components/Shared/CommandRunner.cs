using MudBlazor;
using Workflow.Engine.Runtime.Errors;
using Workflow.Server.Problems;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>
/// Runs an engine command (or an administrator's change) for a page and tells the person what
/// happened: the success sentence, or the engine's refusal in their language (nothing was written).
/// </summary>
public sealed class CommandRunner(ISnackbar snackbar, ILogger<CommandRunner> logger)
{
    /// <summary>
    /// The command's result, or null when it was refused (the refusal was shown). With
    /// <c>fields</c>, a refusal naming a field marks it there, with one summary message, rather than in a message of its own.
    /// </summary>
    public async Task<TResult?> RunAsync<TResult>(Func<Task<TResult>> command, Func<TResult, string>? success = null, FieldErrors? fields = null)
        where TResult : class
    {
        try
        {
            var result = await command();
            if (success is not null)
            {
                snackbar.Add(success(result), Severity.Success);
            }

            return result;
        }
        catch (Exception ex) when (Refusal(ex) is { } sentence)
        {
            snackbar.Add(fields is not null && fields.Take(ex) ? fields.Summary() : sentence, Severity.Warning);
            return null;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A page command failed");
            snackbar.Add(T("Lỗi hệ thống: không có thay đổi nào được lưu. Hãy thử lại.", "System error: nothing was saved. Please try again."), Severity.Error);
            return null;
        }
    }

    public async Task<bool> RunAsync(Func<Task> command, string? success = null) =>
        await RunAsync(async () =>
        {
            await command();
            return new object();
        }, success is null ? null : _ => success) is not null;

    /// <summary>Marks the fields a page's own check found wrong, with one message for all of them.</summary>
    public void Refuse(FieldErrors fields) => snackbar.Add(fields.Summary(), Severity.Warning);

    /// <summary>Tells the person a change was saved.</summary>
    public void Saved(string sentence) => snackbar.Add(sentence, Severity.Success);

    /// <summary>The sentence for a refusal the person can act on; null for an unexpected failure.</summary>
    public static string? Refusal(Exception exception) => exception switch
    {
        WorkflowException workflow => Message(workflow),
        ApiProblemException problem => problem.Message,
        RequestValidationException invalid => string.Join(" ", invalid.Errors.SelectMany(e => e.Value)),
        _ => null,
    };
}
