using Microsoft.Extensions.Options;
using MimeKit;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Mail.Sending;

/// <summary>Who the scope's site sends as, and whether its mail goes to the SMTP server or to .eml files.</summary>
public sealed class SiteSender(TenantContext tenant, SiteSettingsStore settings, IOptions<MailOptions> options)
{
    public Tenant Tenant => tenant.Tenant;

    /// <summary>The site's own sender address and name where it has them, else <c>Portal:Mail:From</c> and the site's display name.</summary>
    public async Task<MailboxAddress> AddressAsync(CancellationToken cancellationToken = default)
    {
        var own = await settings.GetAsync<MailSettings>(cancellationToken);
        var address = own.FromAddress is { } set && MailSettings.IsAddress(set) ? set : MailboxAddress.Parse(options.Value.From).Address;
        return new MailboxAddress(string.IsNullOrWhiteSpace(own.FromName) ? Tenant.DisplayName : own.FromName, address);
    }

    /// <summary>Without an SMTP server, or on a demo site (unless <c>Portal:Mail:SendFromDemoSites</c>), mail is written to files.</summary>
    public bool WritesFiles => string.IsNullOrWhiteSpace(options.Value.Smtp.Host) || (IsDemo && !options.Value.SendFromDemoSites);

    /// <summary>
    /// Made by the demo recipe or one of its sites' (<c>demo-*</c>): their content holds the real contact addresses of
    /// the organisations whose pages they copy, which a join request or a test of the forms would mail.
    /// </summary>
    public bool IsDemo => Tenant.Recipe is { } recipe && (recipe == "demo" || recipe.StartsWith("demo-", StringComparison.Ordinal));
}
