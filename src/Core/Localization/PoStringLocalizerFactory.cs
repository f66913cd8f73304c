using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Localization;

/// <summary>
/// Localizers whose msgctxt is the type's full name, or the view's path ("Views.Content.Content.Detail"); in a request,
/// the tenant's own translations (when the portal registers <see cref="TenantTranslations"/>) win over the modules'.
/// </summary>
public sealed class PoStringLocalizerFactory(PoCatalogue catalogue, TenantTranslations? tenants = null, IHttpContextAccessor? http = null)
    : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PoStringLocalizer(catalogue, resourceSource.FullName, TenantCatalogue);

    // ViewLocalizer prefixes the view path with the host app's name even for a module's view, so the prefix says nothing.
    public IStringLocalizer Create(string baseName, string location) => new PoStringLocalizer(catalogue,
        baseName.StartsWith(location + ".", StringComparison.Ordinal) ? baseName[(location.Length + 1)..] : baseName, TenantCatalogue);

    // Outside a request (jobs, start-up) there is no tenant to ask, and the modules' strings serve.
    private PoCatalogue? TenantCatalogue() =>
        tenants is not null && http?.HttpContext?.Features.Get<Tenant>() is { } tenant ? tenants.For(tenant.Name) : null;
}
