using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Runtime.Errors;

/// <summary>
/// A command that cannot be carried out, with a sentence for the person who tried it in both
/// languages and, when one input is at fault, the name of that input. Nothing was written.
/// </summary>
public class WorkflowException(WorkflowErrorKind kind, string code, string vietnamese, string english, string? field = null)
    // The message holds both sentences so a log line reads the same whoever's request it was.
    : Exception($"{vietnamese} / {english}")
{
    public WorkflowErrorKind Kind { get; } = kind;

    /// <summary>A stable code, e.g. <c>task-already-completed</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The input at fault, when there is one (e.g. <c>outcome</c>).</summary>
    public string? Field { get; } = field;

    /// <summary>The sentence in Vietnamese, the language shown unless the reader asked for English.</summary>
    public string Vietnamese { get; } = vietnamese;

    public string English { get; } = english;

    /// <summary>The sentence in the language <paramref name="culture"/> reads (<see cref="Text.Pick"/>).</summary>
    public string MessageIn(CultureInfo? culture) => Text.Pick(culture, Vietnamese, English);
}
