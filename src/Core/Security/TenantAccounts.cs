namespace Verkostoportaali.Core.Security;

/// <summary>An account to create in the current tenant, with its roles.</summary>
public sealed record NewAccount(string UserName, string? Email, string Password, IReadOnlyList<string> Roles);

/// <summary>Creates accounts in the current tenant; implemented by the Users module, used by tenant setup and recipes.</summary>
public interface ITenantAccounts
{
    /// <summary>The password rules' complaints about a password, localized; empty when it is good.</summary>
    Task<IReadOnlyList<string>> CheckPasswordAsync(string password, CancellationToken cancellationToken = default);

    /// <summary>Creates the account; returns what was wrong (localized), empty on success.</summary>
    Task<IReadOnlyList<string>> CreateAsync(NewAccount account, CancellationToken cancellationToken = default);
}
