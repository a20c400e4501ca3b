using System.Linq.Expressions;

namespace WorkAbility.Domain.Common;

/// <summary>
/// Fixes the second argument of a two-argument rule, so that one written rule serves both objects
/// in memory and queries in SQL (the value stays a query parameter, not a literal).
/// </summary>
public static class ExpressionArguments
{
    public static Expression<Func<T, bool>> Bind<T, TArg>(Expression<Func<T, TArg, bool>> rule, TArg value)
    {
        Expression<Func<TArg>> captured = () => value;
        var body = new Replace(rule.Parameters[1], captured.Body).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}
