using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Users.Invitations;

/// <summary>
/// The tokens of invitation links: a provider of their own, since an invitee may read the mail days later while a
/// password reset link lasts two hours. Like the reset token it holds the security stamp, so setting the password ends it.
/// </summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options,
    ILogger<DataProtectorTokenProvider<IdentityUser>> logger) : DataProtectorTokenProvider<IdentityUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "Invitation";
}

/// <summary>The lifespan and protector name of <see cref="InvitationTokens"/>.</summary>
public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenOptions()
    {
        Name = InvitationTokens.ProviderName;
        TokenLifespan = InvitationMail.LinkLifetime;
    }
}
