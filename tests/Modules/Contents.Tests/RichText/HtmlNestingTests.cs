using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents.RichText;

namespace Verkostoportaali.Contents.Tests.RichText;

public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("<p>Teksti</p><p>Toinen</p>", 1)]
    [InlineData("<div><ul><li><a href=\"/x\"><strong>Linkki</strong></a></li></ul></div>", 5)]
    [InlineData("<p>Yksi<p>Kaksi<p>Kolme", 1)]
    [InlineData("<ul><li>Yksi<li>Kaksi</ul><ul><li>Kolme</ul>", 2)]
    [InlineData("<p>Rivi<br>rivi<img src=x><hr>", 1)]
    [InlineData("<div title=\"<div><div>\" data-x='>'>Teksti</div>", 1)]
    [InlineData("<!-- <div><div> --><p>Teksti</p>", 1)]
    [InlineData("<!--!><div><div>--><p>Teksti</p>", 1)]
    [InlineData("<textarea><div><div></textarea>", 1)]
    [InlineData("<style>p > a { color: red }</style><p>Teksti</p>", 1)]
    [InlineData("<script>if (a<b && '<div>') {}</script>", 1)]
    [InlineData("<script><!--<script></script><div><div></script>", 1)]
    public void Depth_is_counted_as_the_parser_nests_the_elements(string html, int depth)
    {
        var counted = HtmlNesting.DepthOf(html);

        Assert.Equal(depth, counted);
    }

    [Theory]
    [InlineData("<div><object></div>")]
    [InlineData("<span><div></span>")]
    [InlineData("<p><div>")]
    [InlineData("<table><td>")]
    [InlineData("<svg><style><div>")]
    [InlineData("<style><!--</style><div>")]
    [InlineData("<textarea></div></textarea><div>")]
    [InlineData("<script><!--<script></script></script><div>")]
    [InlineData("<!--!>--><div>")]
    public void Markup_that_keeps_elements_open_is_counted_at_least_half_as_deep_as_the_parser_nests_it(string unit)
    {
        var html = string.Concat(Enumerable.Repeat(unit, 200));

        var counted = HtmlNesting.DepthOf(html);

        var parsed = ParsedDepth(html);
        Assert.True(parsed >= 200, $"The parser nests it only {parsed} deep.");
        Assert.True(2 * counted + 4 >= parsed, $"Counted {counted}, parsed {parsed}.");
    }

    [Fact]
    public void Fifty_thousand_nested_divs_are_counted_only_until_past_the_limit()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "Teksti" + string.Concat(Enumerable.Repeat("</div>", 50_000));

        var counted = HtmlNesting.DepthOf(html, stopAfter: 64);

        Assert.Equal(65, counted);
        Assert.True(HtmlNesting.IsDeeperThan(html, 64));
    }

    // The deepest element below <body>, template contents included: the parser's stack of open elements holds them too.
    private static int ParsedDepth(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        var deepest = 0;
        var open = new Stack<(INode Node, int Depth)>([(document.Body!, 0)]);
        while (open.TryPop(out var next))
        {
            deepest = Math.Max(deepest, next.Depth);
            var children = next.Node is IHtmlTemplateElement template ? template.Content.ChildNodes.Concat(template.ChildNodes) : next.Node.ChildNodes;
            foreach (var child in children.OfType<IElement>())
            {
                open.Push((child, next.Depth + 1));
            }
        }
        return deepest;
    }
}
