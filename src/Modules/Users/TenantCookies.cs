using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Users;

/// <summary>
/// One cookie scheme serves every tenant, so the cookie's name carries the tenant and the ticket carries a
/// tenant claim: a ticket made for one tenant is rejected on any other, whatever cookie path tricks are tried.
/// The cookie's path is the tenant's prefix, so that a browser does not send it to the other sites of the host; that
/// keeps it out of their logs, but is no security boundary, as a page of one prefix can read the others' (README.md).
/// The ticket also carries when the tenant was created, so that a cookie of a removed site is rejected by a new site
/// given the same name later, even where that site's accounts were restored with the same ids.
/// </summary>
internal static class TenantCookies
{
    public const string TenantClaim = "vp:tenant";
    public const string TenantCreatedClaim = "vp:tenant-created";

    /// <summary>
    /// The path of a tenant's cookies: its prefix (<c>/mansikka</c>) in every language, or <c>/</c> for the portal and a site
    /// on its own host name. Without this, a cookie set on <c>/mansikka/sv/login</c> would be sent to Swedish pages only.
    /// </summary>
    public static string PathOf(HttpContext context) => context.TenantBase() is { HasValue: true } tenantBase ? tenantBase.Value : "/";

    /// <summary>The tenant's creation as the ticket carries it: UTC ticks, which the host database keeps exactly.</summary>
    public static string CreationOf(Tenant tenant) => tenant.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/login";
        options.LogoutPath = "/logout";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.CookieManager = new TenantCookieManager();
        options.Events.OnValidatePrincipal = RejectOtherTenantsAsync;
        // A signed-in user without the permission gets 403 and the error page, not the login form again.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static async Task RejectOtherTenantsAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.GetTenant();
        if (context.Principal?.FindFirstValue(TenantClaim) != tenant.Name
            || context.Principal.FindFirstValue(TenantCreatedClaim) != CreationOf(tenant))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private sealed class TenantCookieManager : ICookieManager
    {
        private readonly ChunkingCookieManager inner = new();

        public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Named(context, key));

        public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
            inner.AppendResponseCookie(context, Named(context, key), value, new CookieOptions(options) { Path = PathOf(context) });

        public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
            inner.DeleteCookie(context, Named(context, key), new CookieOptions(options) { Path = PathOf(context) });

        private static string Named(HttpContext context, string key) =>
            $"{key}.{context.GetTenant().Name}";
    }
}

internal sealed class TenantClaimsPrincipalFactory(
    UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, TenantContext tenant)
    : UserClaimsPrincipalFactory<IdentityUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantCookies.TenantClaim, tenant.Tenant.Name));
        identity.AddClaim(new Claim(TenantCookies.TenantCreatedClaim, TenantCookies.CreationOf(tenant.Tenant)));
        return identity;
    }
}
