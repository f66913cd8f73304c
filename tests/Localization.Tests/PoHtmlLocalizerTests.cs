using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Localization.Tests;

/// <summary>What views write of a translation: text, whoever wrote the PO file, and never an error for a bad placeholder.</summary>
public sealed class PoHtmlLocalizerTests : IDisposable
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string folder = Directory.CreateTempSubdirectory("po-html-").FullName;
    private readonly LogCapture log = new(LogLevel.Warning);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Translation_with_markup_is_written_as_text_and_its_arguments_encoded_as_ever()
    {
        using var services = Services("msgid \"Signed in as {0}.\"\nmsgstr \"<b>Kirjautunut</b> käyttäjänä {0} & <script>x</script>\"\n\n"
            + "msgid \"Sites\"\nmsgstr \"<i>Sivustot</i>\"");
        var localizer = services.GetRequiredService<IHtmlLocalizer<PoHtmlLocalizerTests>>();

        var (formatted, plain, markup) = UiLanguage.In("fi", () =>
            (localizer["Signed in as {0}.", "<i>maija</i>"], localizer["Sites"], localizer["Signed in as {0}.", new HtmlString("<em>maija</em>")]));

        Assert.Equal("&lt;b&gt;Kirjautunut&lt;/b&gt; käyttäjänä &lt;i&gt;maija&lt;/i&gt; &amp; &lt;script&gt;x&lt;/script&gt;", Html(formatted));
        Assert.Equal("&lt;i&gt;Sivustot&lt;/i&gt;", Html(plain));
        Assert.Equal("<i>Sivustot</i>", plain.Value);
        Assert.Equal("<b>Kirjautunut</b> käyttäjänä <i>maija</i> & <script>x</script>", formatted.Value);
        Assert.StartsWith("&lt;b&gt;Kirjautunut&lt;/b&gt; käyttäjänä <em>maija</em>", Html(markup), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kirjautunut käyttäjänä {5}.")]
    [InlineData("Kirjautunut käyttäjänä {0.")]
    [InlineData("Kirjautunut } käyttäjänä {0}.")]
    public void Translation_whose_placeholders_do_not_fit_the_arguments_shows_the_msgid_formatted_and_is_logged_once(string broken)
    {
        using var services = Services($"msgid \"Signed in as {{0}}.\"\nmsgstr \"{broken}\"");
        var html = services.GetRequiredService<IHtmlLocalizer<PoHtmlLocalizerTests>>();
        var strings = services.GetRequiredService<IStringLocalizer<PoHtmlLocalizerTests>>();

        var shown = UiLanguage.In("fi", () => new[]
        {
            Html(html["Signed in as {0}.", "<maija>"]), Html(html["Signed in as {0}.", "<maija>"]), strings["Signed in as {0}.", "<maija>"].Value,
        });

        Assert.Equal(["Signed in as &lt;maija&gt;.", "Signed in as &lt;maija&gt;.", "Signed in as <maija>."], shown);
        var warning = Assert.Single(log.Messages);
        Assert.Contains(broken, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Plural_form_whose_placeholder_does_not_fit_shows_the_msgid_of_the_count()
    {
        using var services = Services("msgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{1} kohde\"\nmsgstr[1] \"{0 kohdetta\"");
        var html = services.GetRequiredService<IHtmlLocalizer<PoHtmlLocalizerTests>>();

        var shown = UiLanguage.In("fi", () => new[] { html.Plural(1, "{0} item", "{0} items").Value, html.Plural(3, "{0} item", "{0} items").Value });

        Assert.Equal(["1 item", "3 items"], shown);
        Assert.Equal(2, log.Messages.Count);
    }

    private ServiceProvider Services(string finnish)
    {
        var own = Directory.CreateDirectory(Path.Combine(folder, "Verkostoportaali.Localization.Tests")).FullName;
        File.WriteAllText(Path.Combine(own, "fi.po"), finnish);
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(log)).AddPoLocalization(folder);
        services.AddRazorPages().AddViewLocalization();
        return services.BuildServiceProvider();
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, Encoder);
        return writer.ToString();
    }
}
