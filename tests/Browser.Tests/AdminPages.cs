using Microsoft.Playwright;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>What the admin tests do on many pages: log in as a person would, and check the page against WCAG 2.1 A/AA.</summary>
internal static class AdminPages
{
    /// <summary>Fills the Finnish login form at <paramref name="loginUrl"/> and waits until it has let the user in.</summary>
    public static async Task LogInAsync(IPage page, string loginUrl, string userName, string password)
    {
        await page.GotoAsync(loginUrl);
        await page.GetByLabel("Käyttäjätunnus").FillAsync(userName);
        await page.GetByLabel("Salasana").FillAsync(password);
        await BrowserLogin.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }));
    }

    /// <summary>Serious and critical WCAG 2.1 A/AA violations on the page.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await AxeChecks.RunAsync(page);
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{page.Url}: {v.Id} ({v.Impact}) at {string.Join(" ", n.Target)}: {v.Help}"))];
    }
}
