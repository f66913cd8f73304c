using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Users.Invitations;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users;

/// <summary>Identity with its stores in the tenant database, and cookies, tickets and antiforgery tokens bound to the tenant.</summary>
internal static class TenantIdentity
{
    public static IServiceCollection AddTenantIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters += "åäöÅÄÖ";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokens>(InvitationTokens.ProviderName)
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();
        // A password reset link is valid this long, and once: the reset changes the security stamp the token holds.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordResetMail.LinkLifetime);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(TenantCookies.Configure);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IDataProtectionProvider, IHttpContextAccessor>((options, provider, http) =>
                options.TicketDataFormat = new TenantTicketFormat(provider, http));
        // Checked on every request rather than every 30 minutes, so that a changed role, a lock or a deletion
        // applies at the user's next request; it costs one read of the user's row and roles.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<AntiforgeryOptions>().Configure<IHttpContextAccessor>(TenantAntiforgeryCookie.Configure);
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        return services;
    }
}
