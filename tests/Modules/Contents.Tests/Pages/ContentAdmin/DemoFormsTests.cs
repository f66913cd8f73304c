using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class DemoFormsTests(PortalHost host)
{
    public static TheoryData<string> DemoTenants => ["elava-kainuu", "green-care-keski-suomi", "mansikka", "majakka", "saarijarvi"];

    [Theory]
    [MemberData(nameof(DemoTenants))]
    public async Task New_and_edit_forms_render_for_every_content_type_of_the_demo_tenant(string tenantName)
    {
        var site = AdminSite.Of(host, host.Services.GetRequiredService<TenantRegistry>().Find(tenantName)!);
        var admin = await site.UserAsync("sisalto-" + Guid.NewGuid().ToString("N")[..8], "Administrator");
        var types = await host.InTenantAsync<ContentDefinitionStore, IReadOnlyList<ContentTypeDefinition>>(site.Tenant, d => d.ListAsync());

        foreach (var type in types)
        {
            var form = await site.PageAsync(admin, $"admin/sisalto/uusi/{type.Name}");
            Assert.NotNull(form.GetElementById("TitlePart_Title"));
            var items = await site.LatestAsync(type.Name);
            if (items.FirstOrDefault() is { } item)
            {
                var edit = await site.PageAsync(admin, $"admin/sisalto/{item.ContentItemId}");
                Assert.Equal(item.Get<TitlePart>()?.Title, edit.GetElementById("TitlePart_Title")!.GetAttribute("value"));
                var unchanged = await site.SubmitAsync(admin, $"admin/sisalto/{item.ContentItemId}", "Save");
                Assert.True(unchanged.StatusCode == HttpStatusCode.Redirect, $"{type.Name} {item.DisplayText}: {await unchanged.Content.ReadAsStringAsync()}");
            }
        }
        Assert.NotEmpty(types);
    }
}
