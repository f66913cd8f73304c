using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Verkostoportaali.Users.Administration;

/// <summary>Shows Identity's localized errors on a page: next to the field <c>fieldOf</c> names, or in the summary.</summary>
internal static class IdentityResultErrors
{
    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, Func<IdentityError, string>? fieldOf = null)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(fieldOf?.Invoke(error) ?? "", error.Description);
        }
    }
}
