using System.Globalization;
using NCalc;
using NCalc.Exceptions;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Expressions;

/// <summary>
/// The small expression language used for decisions, fee exemptions and conditional documents:
/// NCalc syntax (comparisons, and/or/not, arithmetic, a few math functions) over the dossier's
/// declared data fields. No reflection, no member access, no custom functions: an expression
/// can only read the values it is given.
/// </summary>
public static class ExpressionLanguage
{
    /// <summary>Functions an expression may call; all are pure NCalc built-ins.</summary>
    public static readonly IReadOnlySet<string> AllowedFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        "Abs", "Ceiling", "Floor", "Max", "Min", "Round", "Truncate", "Sign", "if", "in",
    };

    /// <summary>Parses an expression and lists the data it reads; problems are plain sentences.</summary>
    public static ExpressionCheck Check(string source, CultureInfo? culture = null)
    {
        var expression = new Expression(source, ExpressionOptions.NoCache);
        if (expression.HasErrors())
        {
            var detail = expression.Error?.InnerException?.Message ?? expression.Error?.Message ?? "";
            return ExpressionCheck.Failed(Text.Pick(culture,
                $"Biểu thức \"{source}\" không đúng cú pháp ({detail}). Viết theo mẫu: area > 250 && disadvantaged.",
                $"The expression \"{source}\" cannot be parsed ({detail}). Write it like: area > 250 && disadvantaged."));
        }

        try
        {
            var functions = expression.GetFunctionNames().Distinct().ToList();
            var parameters = expression.GetParameterNames().Distinct().ToList();
            var forbidden = functions.Where(f => !AllowedFunctions.Contains(f)).ToList();
            if (forbidden.Count > 0)
            {
                var allowed = string.Join(", ", AllowedFunctions);
                return ExpressionCheck.Failed(Text.Pick(culture,
                    $"Biểu thức \"{source}\" gọi hàm không được phép: {string.Join(", ", forbidden)}. Chỉ dùng: {allowed}.",
                    $"The expression \"{source}\" calls functions that are not allowed: {string.Join(", ", forbidden)}. Use only: {allowed}."));
            }

            return ExpressionCheck.Succeeded(parameters);
        }
        catch (NCalcException ex)
        {
            return ExpressionCheck.Failed(Text.Pick(culture,
                $"Biểu thức \"{source}\" không đúng cú pháp ({ex.Message}).",
                $"The expression \"{source}\" cannot be parsed ({ex.Message})."));
        }
    }

    /// <summary>Evaluates a condition over dossier data; a missing value reads as null.</summary>
    public static bool EvaluateCondition(string source, IReadOnlyDictionary<string, object?> data)
    {
        var value = Evaluate(source, data);
        return value switch
        {
            bool b => b,
            null => false,
            _ => throw new ExpressionEvaluationException(source, $"it gave {value} instead of true or false"),
        };
    }

    /// <summary>Like <see cref="EvaluateCondition"/>, but a condition that cannot be evaluated reads as false —
    /// for forecasts that must not stop on data not yet entered.</summary>
    public static bool ConditionHoldsOrFalse(string source, IReadOnlyDictionary<string, object?> data)
    {
        try
        {
            return EvaluateCondition(source, data);
        }
        catch (ExpressionEvaluationException)
        {
            return false;
        }
    }

    public static object? Evaluate(string source, IReadOnlyDictionary<string, object?> data)
    {
        var expression = new Expression(source, ExpressionOptions.NoCache | ExpressionOptions.AllowNullParameter);
        foreach (var name in expression.GetParameterNames().Distinct())
        {
            expression.Parameters[name] = data.TryGetValue(name, out var v) ? Normalise(v) : null;
        }

        try
        {
            return expression.Evaluate();
        }
        catch (Exception ex) when (ex is NCalcException or InvalidOperationException or FormatException or InvalidCastException or ArgumentException)
        {
            throw new ExpressionEvaluationException(source, ex.Message);
        }
    }

    // Numbers arrive as long, double or decimal depending on their source; NCalc compares decimals best.
    private static object? Normalise(object? value) => value switch
    {
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => value,
    };
}
