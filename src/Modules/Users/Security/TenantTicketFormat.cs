using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

/// <summary>
/// Protects auth tickets with a data-protection purpose per tenant, so a cookie made for one tenant cannot even be
/// decrypted on another: the cookie scheme is one for all tenants, and its options cannot vary per request.
/// </summary>
internal sealed class TenantTicketFormat(IDataProtectionProvider provider, IHttpContextAccessor http) : ISecureDataFormat<AuthenticationTicket>
{
    private const string Purpose = "Verkostoportaali.Users.AuthTicket.v1";
    private readonly ConcurrentDictionary<string, TicketDataFormat> formats = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => Current().Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => Current().Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Current().Unprotect(protectedText);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => Current().Unprotect(protectedText, purpose);

    private TicketDataFormat Current()
    {
        var tenant = (http.HttpContext ?? throw new InvalidOperationException("Auth tickets are read and written in requests only.")).GetTenant();
        return formats.GetOrAdd(tenant.Name, name => new TicketDataFormat(provider.CreateProtector(Purpose, name)));
    }
}
