using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Testing;

/// <summary>
/// A token of Identity's DataProtectorTokenProvider as it would have been made <c>age</c> ago, put into a mailed link
/// in place of its own. Identity reads the clock itself (it takes no TimeProvider), so a link's expiry is tried by
/// backdating its token; a test backdates by less than the lifetime too, to show the token is otherwise right.
/// </summary>
public static class BackdatedTokens
{
    /// <summary>The protector name of Identity's default token provider (password reset, e-mail change).</summary>
    public const string DefaultProvider = "DataProtectorTokenProvider";

    public static async Task<string> LinkAsync(IServiceProvider services, Tenant tenant, string link, string protector, string purpose, TimeSpan age)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var userId = query["user"].ToString();
        await using var scope = services.GetRequiredService<TenantScopes>().Create(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId} in {tenant.Name}.");
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write((DateTimeOffset.UtcNow - age).UtcTicks);
            writer.Write(userId);
            writer.Write(purpose);
            writer.Write(await users.GetSecurityStampAsync(user) ?? "");
        }
        var token = Convert.ToBase64String(services.GetRequiredService<IDataProtectionProvider>().CreateProtector(protector).Protect(payload.ToArray()));
        var tokenStart = link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length;
        var tokenEnd = link.IndexOf('&', tokenStart) is var end and >= 0 ? end : link.Length;
        return link[..tokenStart] + Uri.EscapeDataString(token) + link[tokenEnd..];
    }
}
