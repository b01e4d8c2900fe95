namespace Workflow.Engine.Expressions;

/// <summary>An expression could not be evaluated on a dossier's data (a value of the wrong type, usually).</summary>
public sealed class ExpressionEvaluationException(string expression, string reason)
    : Exception($"The expression \"{expression}\" could not be evaluated: {reason}.")
{
    public string Expression { get; } = expression;
}
