using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

public enum LoginOutcome
{
    SignedIn,
    Wrong,
    /// <summary>Right password, but an administrator has locked the account.</summary>
    Locked,
    /// <summary>This address guessed this user name too often; it must wait before trying again.</summary>
    Wait,
}

/// <summary>
/// A login that answers alike whether or not the account exists: an unknown name costs the same password hashing as a
/// known one, and a locked account says so only to someone who knows its password.
/// </summary>
public sealed class PasswordLogin(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, LoginThrottle throttle,
    IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly IdentityUser Decoy = new("decoy");
    private static string? decoyHash;

    public async Task<(LoginOutcome Outcome, TimeSpan Wait)> SignInAsync(string userName, string password)
    {
        var context = http.HttpContext!;
        var (tenant, address) = (context.GetTenant().Name, context.Connection.RemoteIpAddress);
        if (throttle.WaitBefore(tenant, userName, address) is var wait && wait > TimeSpan.Zero)
        {
            return (LoginOutcome.Wait, wait);
        }
        await Task.Delay(throttle.SlowDown(tenant, userName), clock, context.RequestAborted);
        var outcome = await CheckAsync(userName, password);
        if (outcome == LoginOutcome.SignedIn)
        {
            throttle.Succeeded(tenant, userName, address);
        }
        else if (outcome == LoginOutcome.Wrong)
        {
            throttle.Failed(tenant, userName, address);
        }
        return (outcome, TimeSpan.Zero);
    }

    private async Task<LoginOutcome> CheckAsync(string userName, string password)
    {
        if (await signIn.UserManager.FindByNameAsync(userName) is not { } user)
        {
            decoyHash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Decoy, decoyHash, password);
            return LoginOutcome.Wrong;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            return LoginOutcome.SignedIn;
        }
        // Identity answers "locked" before it checks the password; checking it here keeps the lock a secret from guessers.
        return result.IsLockedOut && await signIn.UserManager.CheckPasswordAsync(user, password) ? LoginOutcome.Locked : LoginOutcome.Wrong;
    }
}
