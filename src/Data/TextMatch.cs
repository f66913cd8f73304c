using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Verkostoportaali.Data;

/// <summary>
/// "Contains this text, whatever its case" in SQL, the same on both databases: PostgreSQL's LIKE heeds case, so it
/// gets ILIKE; SQLite's LIKE already ignores it. The text's own % and _ are matched as themselves.
/// </summary>
public static class TextMatch
{
    private const string EscapeCharacter = "\\";

    public static IQueryable<T> WhereContains<T>(this IQueryable<T> query, PortalDatabase database, Expression<Func<T, string>> text,
        string value)
    {
        var pattern = "%" + value.Trim().Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal).Replace("_", EscapeCharacter + "_", StringComparison.Ordinal) + "%";
        Expression<Func<string, bool>> match = database.IsPostgres
            ? t => EF.Functions.ILike(t, pattern, EscapeCharacter)
            : t => EF.Functions.Like(t, pattern, EscapeCharacter);
        var body = ReplacingExpressionVisitor.Replace(match.Parameters[0], text.Body, match.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, text.Parameters));
    }
}
