using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Users.Sites;

/// <summary>
/// <c>tenants invite NAME --email X --role Administrator</c>: the portal admin's invitation from the command line; the
/// mail goes through the site's outbox, so a running server sends it. The links need <c>Portal:BaseUrl</c>.
/// </summary>
public static class InviteCommand
{
    public static Command Create(IServiceProvider services)
    {
        var name = new Argument<string>("name") { Description = "The site's name" };
        var email = new Option<string>("--email") { Description = "The new user's e-mail address", Required = true };
        var role = new Option<string>("--role") { Description = "The role on the site", DefaultValueFactory = _ => PortalRoles.Administrator };
        var language = new Option<string>("--language") { Description = "The mail's language: fi, sv or en", DefaultValueFactory = _ => PortalCultures.Default };
        language.AcceptOnlyFromAmong([.. PortalCultures.All]);
        var invite = new Command("invite", "Invite a user of a site by e-mail, with a role") { name, email, role, language };
        invite.SetAction(async (result, cancellationToken) =>
        {
            var administrators = services.GetRequiredService<SiteAdministrators>();
            var error = result.InvocationConfiguration.Error;
            if (administrators.Find(result.GetValue(name)) is not { } site)
            {
                error.WriteLine($"There is no running site '{result.GetValue(name)}' (see tenants list).");
                return 1;
            }
            try
            {
                var invited = await administrators.InviteAsync(site, result.GetValue(email)!, result.GetValue(role)!, null, result.GetValue(language)!, cancellationToken);
                foreach (var problem in invited.Errors)
                {
                    error.WriteLine(problem.Code == "UnknownRole" ? $"The site has no role '{problem.Description}'." : problem.Description);
                }
                if (invited.Succeeded)
                {
                    result.InvocationConfiguration.Output.WriteLine($"{site.Name}: invited {result.GetValue(email)} as {result.GetValue(role)}; the mail is in the site's outbox.");
                }
                return invited.Succeeded ? 0 : 1;
            }
            catch (TenantException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        });
        return new Command("tenants") { invite };
    }
}
