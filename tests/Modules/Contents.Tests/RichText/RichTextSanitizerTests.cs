using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents.RichText;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.RichText;

public sealed class RichTextSanitizerTests
{
    private static readonly HashSet<string> Allowed =
        ["p", "div", "br", "strong", "b", "em", "i", "del", "a", "h1", "h2", "ul", "ol", "li", "blockquote", "pre"];

    public static TheoryData<string> Payloads => [.. HostileHtml.Payloads];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_markup_leaves_only_the_editors_elements_and_links_to_web_mail_or_own_pages(string payload)
    {
        var html = RichTextSanitizer.Sanitize(payload);

        Assert.NotNull(html);
        Assert.Empty(Unexpected(html));
    }

    [Fact]
    public void Login_form_goes_with_its_fields_text_and_button()
    {
        var html = RichTextSanitizer.Sanitize("<p>Hei</p><form action=\"https://evil.example/\"><p>Kirjaudu</p>"
            + "<input type=\"password\" name=\"p\"><button>OK</button></form>");

        Assert.Equal("<p>Hei</p>", html);
    }

    [Theory]
    [InlineData("<table><tr><td>Kunta</td><td>Hanke</td></tr></table>", "KuntaHanke")]
    [InlineData("<h3>Tavoite</h3><p>Uusia <span class=\"x\">palveluja</span> <u>kylille</u></p>", "Tavoite<p>Uusia palveluja kylille</p>")]
    public void Formatting_outside_the_list_goes_but_its_text_stays(string payload, string expected)
    {
        var html = RichTextSanitizer.Sanitize(payload);

        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("<div style=\"position: fixed; inset: 0; z-index: 9999\">Kirjaudu</div>", "<div>Kirjaudu</div>")]
    [InlineData("<p style=\"background: url(https://evil.example/x.png)\" class=\"hero\" id=\"login\">Teksti</p>", "<p>Teksti</p>")]
    [InlineData("<p>Kuva: <img src=\"https://evil.example/pixel.gif\"><img src=\"/media/kuva.jpg\" alt=\"Kuva\"></p>", "<p>Kuva: </p>")]
    [InlineData("<p>Katso <iframe src=\"https://evil.example/\"></iframe>tämä</p>", "<p>Katso tämä</p>")]
    public void Style_class_id_images_and_frames_are_removed(string payload, string expected)
    {
        var html = RichTextSanitizer.Sanitize(payload);

        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    public void Link_to_anything_but_a_web_page_or_mail_address_loses_its_address(string href)
    {
        var html = RichTextSanitizer.Sanitize($"<a href=\"{href}\">Lue</a>");

        Assert.Equal("<a>Lue</a>", html);
    }

    [Theory]
    [InlineData("<div>Tervetuloa <strong>kaikki</strong> <em>mukaan</em>!<br>Ilmoittaudu <a href=\"https://example.fi/ilmoittaudu?id=1&amp;kieli=fi\">tästä</a>.</div>")]
    [InlineData("<h1>Ohjelma</h1><ul><li>Kahvi</li><li><del>Sauna</del></li></ul><ol><li>Yksi</li><li>Kaksi</li></ol>")]
    [InlineData("<blockquote>Maaseutu elää</blockquote><pre>koodi   &lt;b&gt;</pre><div dir=\"rtl\">مرحبا</div>")]
    [InlineData("<h2>Yhteystiedot</h2><p><b>Sähköposti:</b> <a href=\"mailto:info@example.fi\">info@example.fi</a>, <i>katso myös</i> <a href=\"/tapahtumat\">tapahtumat</a></p>")]
    public void Editor_output_is_kept_unchanged(string html)
    {
        var sanitized = RichTextSanitizer.Sanitize(html);

        Assert.Equal(html, sanitized);
    }

    [Fact]
    public void Bodies_of_the_demo_recipes_are_kept_unchanged()
    {
        var bodies = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json", SearchOption.AllDirectories)
            .SelectMany(file => BodyParts(JsonNode.Parse(File.ReadAllText(file))))
            .Select(body => (string)body["html"]!).ToList();

        var changed = bodies.Where(html => Markup(RichTextSanitizer.Sanitize(html)) != Markup(html)).ToList();

        Assert.NotEmpty(bodies);
        Assert.Empty(changed);
    }

    [Theory]
    [InlineData(RichTextSanitizer.MaxDepth, true)]
    [InlineData(RichTextSanitizer.MaxDepth + 1, false)]
    [InlineData(50_000, false)]
    public void Text_nested_deeper_than_the_limit_is_refused_without_being_parsed(int depth, bool kept)
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", depth)) + "Lainaus" + string.Concat(Enumerable.Repeat("</blockquote>", depth));

        var sanitized = RichTextSanitizer.Sanitize(html);

        Assert.Equal(kept ? html : null, sanitized);
    }

    [Fact]
    public void Text_of_more_elements_than_the_parser_may_make_is_refused()
    {
        var html = string.Concat(Enumerable.Repeat("<p>Rivi</p>", RichTextSanitizer.MaxElements + 1));

        var sanitized = RichTextSanitizer.Sanitize(html);

        Assert.Null(sanitized);
    }

    [Fact]
    public void Tag_soup_that_the_parser_fails_on_is_refused_rather_than_thrown()
    {
        var sanitized = RichTextSanitizer.Sanitize("<p><select><xmp></xmp><select><embed>");

        Assert.Null(sanitized);
    }

    [Fact]
    public void Random_tag_soup_is_sanitised_or_refused_and_never_throws()
    {
        var seed = TestSeed.Or(2026);
        var failures = new List<string>();

        foreach (var html in Enumerable.Range(0, 400).Select(i => TagSoup.Of(seed.For(i), 300)))
        {
            try
            {
                failures.AddRange(Unexpected(RichTextSanitizer.Sanitize(html) ?? "").Select(u => $"{u} in {html}"));
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name} on {html}");
            }
        }

        Assert.True(failures.Count == 0, $"{seed.Replay}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(5))}");
    }

    /// <summary>Every element outside the allow-list, attribute other than href and dir, and link that is not http(s), mailto or relative.</summary>
    private static IEnumerable<string> Unexpected(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            if (!Allowed.Contains(element.LocalName) || element.NamespaceUri != "http://www.w3.org/1999/xhtml")
            {
                yield return $"<{element.LocalName}>";
            }
            foreach (var attribute in element.Attributes.Where(a => a.Name is not ("href" or "dir")))
            {
                yield return $"<{element.LocalName} {attribute.Name}>";
            }
            if (element.GetAttribute("href") is { } href && SchemeOf(href) is { } scheme && scheme is not ("http" or "https" or "mailto"))
            {
                yield return $"<a href=\"{href}\">";
            }
        }
    }

    // The same markup written the same way: the sanitizer writes a no-break space as &nbsp;, for one.
    private static string? Markup(string? html) => html is null ? null : new HtmlParser().ParseDocument("<!doctype html><body>" + html).Body!.InnerHtml;

    // A relative address has no scheme: no ':' before its first '/', '?' or '#'.
    private static string? SchemeOf(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        var end = href.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (end < 0 || colon < end) ? href[..colon].Trim().ToLowerInvariant() : null;
    }

    private static IEnumerable<JsonNode> BodyParts(JsonNode? node) => node switch
    {
        JsonObject json => json.SelectMany(p => p.Key == "BodyPart" && p.Value is not null ? [p.Value] : BodyParts(p.Value)),
        JsonArray array => array.SelectMany(BodyParts),
        _ => [],
    };
}
