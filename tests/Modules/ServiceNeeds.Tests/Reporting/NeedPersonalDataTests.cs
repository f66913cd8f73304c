using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Messaging;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests.Reporting;

[Collection(PortalCollection.Name)]
public sealed class NeedPersonalDataTests(PortalHost host)
{
    [Fact]
    public async Task The_sites_personal_data_search_finds_a_reporters_needs_by_their_address()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        var admin = await site.LogInAsync(NeedSite.AdminUser);

        var response = await HtmlPages.SubmitAsync(admin, site.Url("admin/henkilotiedot"), "main form", new Dictionary<string, string> { ["Email"] = "VILLE@example.fi" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Palvelutarve", text, StringComparison.Ordinal);
        Assert.Contains("Aino Asukas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_a_reporters_data_blanks_their_needs_and_keeps_the_counts()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        var counts = await site.NewClient().GetStringAsync(site.Url("palvelutarpeet/kysynta.csv"));

        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(site.Tenant))
        {
            var erased = await scope.ServiceProvider.GetServices<IPersonalData>().OfType<NeedPersonalData>().Single().DeleteAsync("ville@example.fi");
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
            Assert.Equal(1, erased);
        }

        var need = Assert.Single(await site.NeedsAsync());
        Assert.Null(need.Email);
        Assert.Null(need.PersonName);
        Assert.Null(need.Description);
        Assert.NotNull(need.PersonalDataDeletedUtc);
        Assert.Equal(counts, await site.NewClient().GetStringAsync(site.Url("palvelutarpeet/kysynta.csv")));
    }
}
