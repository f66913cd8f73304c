using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>
/// <c>&lt;site-cache vary-by="..."&gt;</c>: ASP.NET Core's <c>&lt;cache&gt;</c>, kept per site, language and
/// version of what a site's pages are made of (its committed data and the registry's row for it). Parts that many
/// addresses share, such as the layout's header and footer or a list's filter form, and a list's or search's results
/// for one address, are made once per change instead of on every request, and any change shows on the next page, on
/// every node, without eviction. Unlike the output
/// cache, it helps a page that was never asked for before. <c>vary-by</c> adds what else the part depends on.
/// </summary>
[HtmlTargetElement("site-cache")]
public sealed class SiteCacheTagHelper(CacheTagHelperMemoryCacheFactory factory, HtmlEncoder encoder, TenantContext tenant, TenantChanges changes)
    : CacheTagHelper(factory, encoder)
{
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // Read before the part is made, so that one made while a change commits is kept under the older version.
        var site = tenant.IsSet ? tenant.Tenant.Name : "";
        var request = ViewContext.HttpContext.Request;
        VaryBy = $"{site}:{changes.Of(site)}:{changes.Registry}:{request.Scheme}://{request.Host}{request.PathBase}|{VaryBy}";
        VaryByCulture = true;
        ExpiresSliding ??= KeptUnused;
        return base.ProcessAsync(context, output);
    }
}
