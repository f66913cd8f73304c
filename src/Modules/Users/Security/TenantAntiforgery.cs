using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

/// <summary>
/// The antiforgery cookie's name and path carry the tenant, like the auth cookie's. The antiforgery options are one for
/// all tenants and are read once, so they are worked out per request here rather than set in the options.
/// </summary>
internal sealed class TenantAntiforgeryCookie(IHttpContextAccessor http) : CookieBuilder
{
    public const string BaseName = ".AspNetCore.Antiforgery";

    public override string? Name
    {
        get => http.HttpContext?.Features.Get<Tenant>() is { } tenant ? $"{BaseName}.{tenant.Name}" : BaseName;
        set { }
    }

    // Antiforgery reads the path from here, and takes the request's path base (with the language in it) where it is null.
    public override string? Path
    {
        get => http.HttpContext is { } context ? TenantCookies.PathOf(context) : null;
        set { }
    }

    public static void Configure(AntiforgeryOptions options, IHttpContextAccessor http) =>
        options.Cookie = new TenantAntiforgeryCookie(http)
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            SecurePolicy = CookieSecurePolicy.SameAsRequest,
        };
}

/// <summary>Binds each form's antiforgery token to its tenant: a token from one tenant's form is refused on another.</summary>
internal sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => context.GetTenant().Name;

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData, context.GetTenant().Name, StringComparison.Ordinal);
}
