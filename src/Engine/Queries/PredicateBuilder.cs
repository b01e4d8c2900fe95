using System.Linq.Expressions;

namespace Workflow.Engine.Queries;

/// <summary>Joins predicates with OR / AND into one expression a database provider can translate.</summary>
internal static class PredicateBuilder
{
    public static Expression<Func<T, bool>> Or<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        Combine(predicates, Expression.OrElse, fallback: false);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine([left, right], Expression.AndAlso, fallback: true);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Expression<Func<T, bool>>> predicates, Func<Expression, Expression, BinaryExpression> join, bool fallback)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? body = null;
        foreach (var predicate in predicates)
        {
            var rebound = new Rebinder(predicate.Parameters[0], parameter).Visit(predicate.Body);
            body = body is null ? rebound : join(body, rebound);
        }

        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(fallback), parameter);
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
