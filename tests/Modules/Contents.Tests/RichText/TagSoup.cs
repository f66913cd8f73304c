namespace Verkostoportaali.Contents.Tests.RichText;

/// <summary>Random markup from tags that the HTML tree builder treats in special ways: misnested, unclosed, raw text, foreign.</summary>
internal static class TagSoup
{
    private static readonly string[] Pieces =
    [
        "<div>", "</div>", "<span>", "</span>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<b>", "</b>", "<b id=1>", "<i>",
        "</i>", "<a href=x>", "</a>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<caption>", "<svg>", "</svg>", "<math>",
        "<mi>", "<foreignObject>", "<style>", "</style>", "<title>", "</title>", "<textarea>", "</textarea>", "<select>",
        "</select>", "<option>", "<object>", "</object>", "<template>", "</template>", "<!--", "-->", "<!--!>", "<![CDATA[",
        "]]>", "<br>", "<br/>", "<div/>", "<img src='>'>", "<x a=\"", "\">", "'", "<", "</", "x", "<noscript>", "<button>",
        "<h1>", "</h2>", "<dd>", "<dt>", "<col>", "<form>", "</form>", "<iframe>", "</iframe>", "<xmp>", "</xmp>", "<input>",
        "<font color=red>", "<nobr>", "<desc>", "<script>", "</script>", "<script><!--<script>", "<plaintext>", "<pre>",
        "<hr>", "<embed>", "<meta>", "<frameset>", "<body>", "<head>", "<p onclick=x()>", "<a href=javascript:x()>",
        "<div style=position:fixed>", "<strong>", "</strong>", "<em>", "<blockquote>", "</blockquote>", "<h2>", "<ol>",
    ];

    public static string Of(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
