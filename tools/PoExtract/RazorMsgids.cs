using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Verkostoportaali.PoExtract;

/// <summary>
/// Msgids in Razor views, by pattern: <c>T["…"]</c> (also with arguments) and <c>T.Plural(n, "…", "…")</c> with regular
/// C# string literals; and, as in C#, the literal arguments for a parameter named <c>msgid</c> or <c>…Msgid</c> of a
/// function the view declares (<c>void Row(string msgid, string? value)</c> … <c>Row("Measure", …)</c>), whose calls are
/// parsed with Roslyn. A msgid held in a variable (<c>T[link.Text]</c>) is not seen here; its source declares it.
/// </summary>
public static partial class RazorMsgids
{
    private const string Literal = @"""((?:[^""\\]|\\.)*)""";

    // T["Projects"], T["Join the network {0}", name]
    [GeneratedRegex(@"\bT\[\s*" + Literal)]
    private static partial Regex Lookup();

    // T.Plural(count, "{0} event", "{0} events")
    [GeneratedRegex(@"\bT\.Plural\([^,()]*(?:\([^()]*\))?[^,()]*,\s*" + Literal + @"\s*,\s*" + Literal)]
    private static partial Regex Plural();

    // void Row(string msgid, string? value) / async Task ChoiceAsync(string name, string labelMsgid, …)
    [GeneratedRegex(@"\b(?:void|Task)\s+(\w+)\s*(?=\()")]
    private static partial Regex LocalFunction();

    public static IEnumerable<MsgidUse> In(string text, string file)
    {
        var uses = Lookup().Matches(text).Select(m => new MsgidUse(Unescape(m.Groups[1].Value), null, file, LineOf(text, m.Index)))
            .Concat(Plural().Matches(text).Select(m =>
                new MsgidUse(Unescape(m.Groups[1].Value), Unescape(m.Groups[2].Value), file, LineOf(text, m.Index))))
            .Concat(HelperCalls(text, file));
        return uses.ToList();
    }

    private static IEnumerable<MsgidUse> HelperCalls(string text, string file)
    {
        foreach (Match declaration in LocalFunction().Matches(text))
        {
            var positions = SyntaxFactory.ParseParameterList(text[(declaration.Index + declaration.Length)..], consumeFullText: false)
                .Parameters.Select((parameter, i) => (parameter.Identifier.Text, i))
                .Where(p => CSharpMsgids.IsMsgidName(p.Text)).Select(p => p.i).ToList();
            var call = new Regex(@"\b" + declaration.Groups[1].Value + @"\s*\(");
            foreach (Match at in call.Matches(text).Where(m => positions.Count > 0 && m.Index != declaration.Groups[1].Index))
            {
                var arguments = (SyntaxFactory.ParseExpression(text[at.Index..], consumeFullText: false) as InvocationExpressionSyntax)?
                    .ArgumentList.Arguments ?? [];
                foreach (var literal in positions.Where(i => i < arguments.Count).Select(i => arguments[i].Expression)
                    .OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
                {
                    yield return new MsgidUse(literal.Token.ValueText, null, file, LineOf(text, at.Index));
                }
            }
        }
    }

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
