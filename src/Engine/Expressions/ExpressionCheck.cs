namespace Workflow.Engine.Expressions;

/// <summary>The outcome of checking an expression: the data names it reads, or why it is wrong.</summary>
public sealed record ExpressionCheck(bool IsValid, IReadOnlyList<string> Parameters, string? Error)
{
    public static ExpressionCheck Succeeded(IReadOnlyList<string> parameters) => new(true, parameters, null);

    public static ExpressionCheck Failed(string error) => new(false, [], error);
}
