using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Users;

/// <summary>Identity's validation messages from the PO files, in the request's language; the codes stay Identity's.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> T) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(base.DefaultError(), T["Something went wrong. Please try again."]);
    public override IdentityError ConcurrencyFailure() => Error(base.ConcurrencyFailure(), T["Someone else changed this at the same time. Please reload the page and try again."]);
    public override IdentityError PasswordMismatch() => Error(base.PasswordMismatch(), T["The password is wrong."]);
    public override IdentityError InvalidToken() => Error(base.InvalidToken(), T["The link or code is not valid any more."]);
    public override IdentityError InvalidUserName(string? userName) => Error(base.InvalidUserName(userName), T["The user name \"{0}\" may contain only letters, digits and the characters - . _ @ +", userName ?? ""]);
    public override IdentityError InvalidEmail(string? email) => Error(base.InvalidEmail(email), T["\"{0}\" is not a valid e-mail address.", email ?? ""]);
    public override IdentityError DuplicateUserName(string userName) => Error(base.DuplicateUserName(userName), T["The user name \"{0}\" is already taken.", userName]);
    public override IdentityError DuplicateEmail(string email) => Error(base.DuplicateEmail(email), T["The e-mail address \"{0}\" is already in use.", email]);
    public override IdentityError InvalidRoleName(string? role) => Error(base.InvalidRoleName(role), T["\"{0}\" is not a valid role name.", role ?? ""]);
    public override IdentityError DuplicateRoleName(string role) => Error(base.DuplicateRoleName(role), T["There is already a role named \"{0}\".", role]);
    public override IdentityError UserAlreadyHasPassword() => Error(base.UserAlreadyHasPassword(), T["The user already has a password."]);
    public override IdentityError UserLockoutNotEnabled() => Error(base.UserLockoutNotEnabled(), T["Locking is not enabled for this user."]);
    public override IdentityError UserAlreadyInRole(string role) => Error(base.UserAlreadyInRole(role), T["The user already has the role {0}.", role]);
    public override IdentityError UserNotInRole(string role) => Error(base.UserNotInRole(role), T["The user does not have the role {0}.", role]);
    public override IdentityError PasswordTooShort(int length) => Error(base.PasswordTooShort(length), T["The password must be at least {0} characters long.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(base.PasswordRequiresUniqueChars(uniqueChars), T["The password must contain at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(base.PasswordRequiresNonAlphanumeric(), T["The password must contain a character that is not a letter or a digit, such as ! or -."]);
    public override IdentityError PasswordRequiresDigit() => Error(base.PasswordRequiresDigit(), T["The password must contain a digit (0–9)."]);
    public override IdentityError PasswordRequiresLower() => Error(base.PasswordRequiresLower(), T["The password must contain a lowercase letter (a–z)."]);
    public override IdentityError PasswordRequiresUpper() => Error(base.PasswordRequiresUpper(), T["The password must contain an uppercase letter (A–Z)."]);
    public override IdentityError LoginAlreadyAssociated() => Error(base.LoginAlreadyAssociated(), T["This login is already linked to another user."]);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(base.RecoveryCodeRedemptionFailed(), T["The recovery code is not valid."]);

    private static IdentityError Error(IdentityError original, string description) => new() { Code = original.Code, Description = description };
}
