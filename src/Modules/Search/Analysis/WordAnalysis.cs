using System.Text.RegularExpressions;

namespace Verkostoportaali.Search.Analysis;

/// <summary>
/// What voikko says of one word form: its base forms (kylien → kylä) and, for compounds, the base forms of
/// its parts (luontopalveluihin → luonto, palvelu). Both empty for a word voikko does not know.
/// </summary>
internal sealed partial record WordAnalysis(IReadOnlyList<string> BaseForms, IReadOnlyList<string> Parts)
{
    public static readonly WordAnalysis Unknown = new([], []);

    public bool IsKnown => BaseForms.Count > 0;

    /// <summary>
    /// Parts from a WORDBASES value such as <c>+luonto(luonto)+palvel(palvella)+u(+u)</c>: a piece whose base
    /// starts with '+' is a derivational suffix and joins the piece before it (palvel + u = palvelu). The last part
    /// is read off the base form, because its surface in the word is inflected (luontopalvelu − luonto = palvelu).
    /// </summary>
    public static IEnumerable<string> PartsOf(string wordBases, string baseForm)
    {
        var pieces = new List<(string Surface, string? Base)>();
        foreach (Match piece in Pieces().Matches(wordBases))
        {
            var (surface, pieceBase) = (piece.Groups[1].Value, piece.Groups[2].Value);
            if (pieceBase.StartsWith('+'))
            {
                if (pieces.Count > 0)
                {
                    pieces[^1] = (pieces[^1].Surface + surface, null);
                }
                continue;
            }
            pieces.Add((surface, pieceBase));
        }
        if (pieces.Count < 2)
        {
            yield break;
        }
        var prefix = "";
        for (var i = 0; i < pieces.Count - 1; i++)
        {
            yield return pieces[i].Surface.ToLowerInvariant();
            if (pieces[i].Base is { } b)
            {
                yield return b.Replace("=", "", StringComparison.Ordinal).ToLowerInvariant();
            }
            prefix += pieces[i].Surface;
        }
        var last = baseForm.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? baseForm[prefix.Length..].TrimStart('-') : pieces[^1].Surface;
        if (last.Length > 0)
        {
            yield return last.ToLowerInvariant();
        }
    }

    // "+surface(base)"; a derivational suffix has a base starting with '+': "+u(+u)".
    [GeneratedRegex(@"\+([^(+]*)\((\+?[^)]*)\)")]
    private static partial Regex Pieces();
}
