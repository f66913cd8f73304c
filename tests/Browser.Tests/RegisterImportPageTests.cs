using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

public sealed class RegisterImportPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Editor_pastes_a_register_card_previews_it_and_imports_it_as_a_published_project()
    {
        var tenant = await CreateSiteWithEditorAsync();
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

        await BrowserHost.LogInAsync(page, $"/{tenant}/admin/tuonti", "toimittaja");
        var label = (await page.Locator("label[for=Text]").BoundingBoxAsync())!;
        var textBox = (await page.GetByLabel("Kortin teksti").BoundingBoxAsync())!;
        var violations = await AdminPages.ViolationsAsync(page);
        await page.GetByLabel("Kortin teksti").FillAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "001_059ec08fc9ddb978.txt")));
        await page.GetByLabel("Julkaise hankkeet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Esikatsele" }).ClickAsync();

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Tuonnin esikatselu" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 3 }))
            .ToHaveTextAsync("145432 Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon");
        await Assertions.Expect(preview.Locator(".import-action")).ToHaveTextAsync("Luodaan");
        await Assertions.Expect(preview.GetByRole(AriaRole.Row, new() { Name = "Alatoimenpide" })).ToContainTextAsync("7.4 Maaseudun palvelut");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tuo 1 kortti" }).ClickAsync();

        var done = page.GetByRole(AriaRole.Region, new() { Name = "Tuonti tehty" });
        await Assertions.Expect(done.Locator(".import-action")).ToHaveTextAsync("Luotu");
        await page.GotoAsync($"/{tenant}/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Osallisuudella uusia palveluratkaisuja ja hyvinvointia Pohjois-Savoon");
        Assert.True(textBox.Y >= label.Y + label.Height && textBox.Width > 300, $"The text box is {textBox.Width} px wide at {textBox.X},{textBox.Y}, its label at {label.X},{label.Y}.");
        Assert.Empty(violations);
    }

    private async Task<string> CreateSiteWithEditorAsync()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var recipe = RecipeFiles.Parse("""{ "name": "t", "steps": [ { "name": "Features", "enable": ["Projects"] } ] }""", "t.recipe.json");
        var tenant = await host.Services.GetRequiredService<TenantSetup>().CreateAsync(new Tenant { Name = name, UrlPrefix = name }, recipe);
        await TenantUsers.AddAsync(host.Services, tenant, "toimittaja", "Editor");
        return name;
    }
}
