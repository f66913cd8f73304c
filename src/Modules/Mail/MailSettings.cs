using System.Net.Mail;

namespace Verkostoportaali.Mail;

/// <summary>
/// A site's own sender, set on the admin page <c>/admin/posti/lahettaja</c> or by recipes as the settings section
/// "MailSettings". Without an address, mail comes from <c>Portal:Mail:From</c> in the site's name.
/// </summary>
public sealed record MailSettings
{
    public const int MaxNameLength = 100;

    public string? FromAddress { get; init; }

    /// <summary>The sender's name; the site's display name when empty.</summary>
    public string? FromName { get; init; }

    /// <summary>A plain address with a dotted domain, as a mail server will take it (no name, no angle brackets).</summary>
    public static bool IsAddress(string? address) =>
        MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.Host.Contains('.')
        && address.Length <= QueuedMail.MaxAddressLength;
}
