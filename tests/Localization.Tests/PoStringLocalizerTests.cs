using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Localization.Tests;

public sealed class PoStringLocalizerTests : IDisposable
{
    private const string Finnish = """
        msgid "Sites"
        msgstr "Sivustot"

        msgid "Signed in as {0}."
        msgstr "Kirjautunut käyttäjänä {0}."

        msgid "{0} item"
        msgid_plural "{0} items"
        msgstr[0] "{0} kohde"
        msgstr[1] "{0} kohdetta"

        msgctxt "Verkostoportaali.Localization.Tests.PoStringLocalizerTests"
        msgid "Page not found"
        msgstr "Testisivua ei löytynyt"

        msgctxt "Views.Content.Content.Detail"
        msgid "Project"
        msgstr "Hanke (yksityiskohdat)"

        msgid "Project"
        msgstr "Hanke"
        """;

    private const string Swedish = """
        msgid "Sites"
        msgstr "Webbplatser"
        """;

    private const string Own = "Verkostoportaali.Localization.Tests";

    private readonly CultureInfo original = CultureInfo.CurrentUICulture;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "po-" + Guid.NewGuid().ToString("N"));
    private readonly PoStringLocalizerFactory factory = new(new PoCatalogue(
        [(Own, "fi", PoReader.Parse(Finnish, "fi.po")), (Own, "sv", PoReader.Parse(Swedish, "sv.po"))]));

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = original;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("fi-FI", "Sivustot")]
    [InlineData("sv-FI", "Webbplatser")]
    [InlineData("en-GB", "Sites")]
    [InlineData("de-DE", "Sites")]
    public void Current_ui_culture_picks_the_language(string culture, string expected)
    {
        var localizer = factory.Create(typeof(PoStringLocalizerTests));
        CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var text = localizer["Sites"];

        Assert.Equal(expected, text.Value);
    }

    [Fact]
    public void Missing_translation_shows_the_msgid_and_says_it_was_not_found()
    {
        var localizer = factory.Create(typeof(PoStringLocalizerTests));
        CultureInfo.CurrentUICulture = new CultureInfo("sv-FI");

        var text = localizer["Project"];

        Assert.Equal("Project", text.Value);
        Assert.True(text.ResourceNotFound);
        Assert.False(localizer["Sites"].ResourceNotFound);
    }

    [Fact]
    public void Arguments_are_formatted_into_the_translation()
    {
        var localizer = factory.Create(typeof(PoStringLocalizerTests));
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = localizer["Signed in as {0}.", "maija"];

        Assert.Equal("Kirjautunut käyttäjänä maija.", text.Value);
    }

    [Theory]
    [InlineData("fi-FI", 1, "1 kohde")]
    [InlineData("fi-FI", 3, "3 kohdetta")]
    [InlineData("sv-FI", 1, "1 item")]
    [InlineData("sv-FI", 3, "3 items")]
    public void Plural_picks_the_form_for_the_count_and_falls_back_to_the_msgids(string culture, int count, string expected)
    {
        var localizer = factory.Create(typeof(PoStringLocalizerTests));
        CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var text = localizer.Plural(count, "{0} item", "{0} items");

        Assert.Equal(expected, text.Value);
    }

    [Fact]
    public void Plural_reaches_the_catalogue_through_the_html_localizer_views_use()
    {
        IHtmlLocalizer localizer = new HtmlLocalizer(factory.Create(typeof(PoStringLocalizerTests)));
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = localizer.Plural(7, "{0} item", "{0} items");

        Assert.Equal("7 kohdetta", text.Value);
    }

    [Fact]
    public void String_localizer_of_a_type_tries_its_full_name_as_context_first()
    {
        var localizer = new StringLocalizer<PoStringLocalizerTests>(factory);
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = localizer["Page not found"];

        Assert.Equal("Testisivua ei löytynyt", text.Value);
        Assert.Equal("Page not found", factory.Create(typeof(PoStringLocalizer))["Page not found"].Value);
    }

    [Fact]
    public void Add_po_localization_serves_string_localizers_from_po_files_whatever_the_order_of_add_localization()
    {
        Write($"{Own}/fi.po", Finnish);
        using var services = new ServiceCollection().AddLocalization().AddPoLocalization(folder).AddLocalization()
            .BuildServiceProvider();
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = services.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>()["Sites"];

        Assert.Equal("Sivustot", text.Value);
    }

    [Theory]
    [InlineData("/Views/Content/Content.Detail.cshtml", "Hanke (yksityiskohdat)")]
    [InlineData("/Views/Content/Content.Summary.cshtml", "Hanke")]
    public void View_localizer_of_a_module_view_reads_po_strings_with_the_view_path_as_context(string view, string expected)
    {
        Write("Verkostoportaali.Contents/fi.po", Finnish);
        using var app = App();
        var localizer = ViewLocalizer(app, view);
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = localizer["Project"];

        Assert.Equal(expected, text.Value);
    }

    [Theory]
    [InlineData("/Views/Content/Content.Detail.cshtml", "Tehtävä")]
    [InlineData("/Pages/Admin/Users/Edit.cshtml", "Rooli")]
    [InlineData("/Pages/Shared/_Layout.cshtml", "Rooli (sivusto)")]
    public void View_reads_its_own_modules_entry_before_the_apps_and_not_another_modules(string view, string expected)
    {
        Write("Verkostoportaali.Contents/fi.po", "msgid \"Role\"\nmsgstr \"Tehtävä\"");
        Write("Verkostoportaali.Users/fi.po", "msgid \"Role\"\nmsgstr \"Rooli\"");
        Write("Verkostoportaali.Web/fi.po", "msgid \"Role\"\nmsgstr \"Rooli (sivusto)\"");
        using var app = App("Verkostoportaali.Web");
        var localizer = ViewLocalizer(app, view);
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var text = localizer["Role"];

        Assert.Equal(expected, text.Value);
    }

    [Fact]
    public void Type_reads_its_own_assemblys_entry_then_the_apps_then_cores()
    {
        Write("Verkostoportaali.Localization.Tests/fi.po", "msgid \"Role\"\nmsgstr \"Testirooli\"");
        Write("Verkostoportaali.Users/fi.po", "msgid \"Role\"\nmsgstr \"Rooli\"\n\nmsgid \"Roles\"\nmsgstr \"Roolit\"");
        Write("Verkostoportaali.Web/fi.po", "msgid \"Sites\"\nmsgstr \"Sivustot\"");
        Write("Verkostoportaali.Core/fi.po", "msgid \"Sites\"\nmsgstr \"Sivustot (ydin)\"\n\nmsgid \"Page not found\"\nmsgstr \"Sivua ei löytynyt\"");
        using var app = App("Verkostoportaali.Web");
        var localizer = app.Services.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>();
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        string[] texts = [localizer["Role"], localizer["Sites"], localizer["Page not found"], localizer["Roles"]];

        Assert.Equal(["Testirooli", "Sivustot", "Sivua ei löytynyt", "Roles"], texts);
    }

    [Fact]
    public void Msgid_that_only_another_modules_po_file_translates_shows_as_written_and_is_logged_once()
    {
        var catalogue = new PoCatalogue([("Verkostoportaali.Users", "fi", PoReader.Parse("msgid \"Role\"\nmsgstr \"Rooli\"", "Users/fi.po"))]);
        var log = new LogCapture(LogLevel.Warning);
        using var loggers = new LoggerFactory([log]);
        var localizer = new PoStringLocalizerFactory(catalogue, logger: loggers.CreateLogger<PoStringLocalizerFactory>()).Create(typeof(PoStringLocalizerTests));
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        string[] texts = [localizer["Role"], localizer["Role"], localizer["Unknown"]];

        Assert.Equal(["Role", "Role", "Unknown"], texts);
        var warning = Assert.Single(log.Messages);
        Assert.Contains("\"Role\" has no fi translation in the PO files that Verkostoportaali.Localization.Tests reads, only in Verkostoportaali.Users's",
            warning, StringComparison.Ordinal);
    }

    [Fact]
    public void All_strings_are_those_of_the_current_culture_and_context()
    {
        var localizer = factory.Create($"{Own}.Views.Content.Content.Detail", Own);
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        var all = localizer.GetAllStrings(includeParentCultures: false).Select(s => s.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["Hanke (yksityiskohdat)", "Kirjautunut käyttäjänä {0}.", "Sivustot", "{0} kohde"], all);
    }

    [Fact]
    public void A_malformed_file_fails_the_first_localizer_made_naming_its_file_and_line()
    {
        var path = Write("Verkostoportaali.Web/sv.po", "msgid \"Sites\"\nmsgstr \"Webbplatser");
        using var services = new ServiceCollection().AddPoLocalization(folder).BuildServiceProvider();

        var error = Assert.Throws<PoFormatException>(() => services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(PoStringLocalizerTests)));

        Assert.StartsWith($"{path}, line 2: unterminated string", error.Message);
    }

    // The services as the host registers them, reading the PO files written to this test's folder.
    private WebApplication App(string? applicationName = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = applicationName });
        builder.Services.AddPoLocalization(folder).AddRazorPages().AddViewLocalization();
        return builder.Build();
    }

    private static IViewLocalizer ViewLocalizer(WebApplication app, string view)
    {
        var localizer = app.Services.GetRequiredService<IViewLocalizer>();
        ((IViewContextAware)localizer).Contextualize(new ViewContext { ExecutingFilePath = view });
        return localizer;
    }

    private string Write(string relativePath, string po)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, po);
        return path;
    }
}
