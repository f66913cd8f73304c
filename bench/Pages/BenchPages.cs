using System.Globalization;

namespace Verkostoportaali.Bench.Pages;

/// <summary>A measured address, and what its answer must hold (after HTML decoding) for the figure to count.</summary>
public sealed record BenchPage(string Figure, string Path, IReadOnlyList<string> Shows);

/// <summary>The pages of issue 15's benchmark, in the bench site.</summary>
public static class BenchPages
{
    public const string ListPage = "project list, page 1";

    public static IReadOnlyList<BenchPage> Of(BenchSite site)
    {
        var home = $"/{site.Name}";
        var pages = (BenchSite.ProjectCount + 19) / 20;
        var month = site.EventMonth;
        return
        [
            new("portal home", "/", [site.DisplayName]),
            new("site home", home + "/", [site.DisplayName, "Uusimmat sisällöt"]),
            new(ListPage, home + "/hankkeet", [$"{BenchSite.ProjectCount} hanketta", $"Sivu 1/{pages}"]),
            new($"project list, page {pages / 2} of {pages}", $"{home}/hankkeet?page={pages / 2}", [$"Sivu {pages / 2}/{pages}"]),
            new("project list, filtered (ongoing Leader projects)", home + "/hankkeet?status=ongoing&leader=yes", ["hanketta", "class=\"content-list\""]),
            new("project page", $"{home}/{site.Project.Slug}", [site.Project.DisplayText, "Hankenumero"]),
            new("provider directory, filtered (service field and region)", $"{home}/toimijat?field={SiteItems.FilteredServiceField}&region={SiteItems.Region}",
                [$"{SiteItems.ProvidersIn(SiteItems.FilteredServiceField)} toimijaa"]),
            new(string.Create(CultureInfo.InvariantCulture, $"event month ({month:yyyy-MM})"), $"{home}/tapahtumat/kuukausi/{month.Year}/{month.Month}",
                [site.EventInMonth.DisplayText]),
            new("search page, \"kylä\"", home + "/search?q=kylä", ["tulosta"]),
            new("/api/content?type=Project", home + "/api/content?type=Project", [$"\"total\":{BenchSite.ProjectCount}"]),
            new("events.ics", home + "/events.ics", ["BEGIN:VCALENDAR", "BEGIN:VEVENT"]),
        ];
    }
}
