using System.CommandLine;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Commands;

/// <summary>
/// <c>tenants create --name X --display-name "…" [--prefix X | --host h] --recipe R [--region …] --admin-user U
/// --admin-email E [--admin-password P]</c>. Without <c>--admin-password</c> the password is read from the
/// environment variable <see cref="PasswordVariable"/>, so that it stays out of shell history; it is never printed.
/// </summary>
internal static class CreateTenantCommand
{
    public const string PasswordVariable = "TENANT_ADMIN_PASSWORD";

    // The option that carries each input field, to point at it in an error.
    private static readonly Dictionary<string, string> OptionOf = new()
    {
        [nameof(NewTenantInput.Name)] = "--name",
        [nameof(NewTenantInput.DisplayName)] = "--display-name",
        [nameof(NewTenantInput.UrlPrefix)] = "--prefix",
        [nameof(NewTenantInput.HostName)] = "--host",
        [nameof(NewTenantInput.Recipe)] = "--recipe",
        [nameof(NewTenantInput.Region)] = "--region",
        [nameof(NewTenantInput.AdminUserName)] = "--admin-user",
        [nameof(NewTenantInput.AdminEmail)] = "--admin-email",
        [nameof(NewTenantInput.AdminPassword)] = "--admin-password",
    };

    public static Command Create(TenantAdministration administration)
    {
        var name = new Option<string>("--name") { Description = "Name: lowercase letters, digits and hyphens", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "The site's name as visitors see it", Required = true };
        var prefix = new Option<string?>("--prefix") { Description = "First path segment (default: the name)" };
        var host = new Option<string?>("--host") { Description = "Host name, for a site on its own domain" };
        var recipe = new Option<string>("--recipe") { Description = "Recipe to set the site up from", Required = true };
        var region = new Option<string?>("--region") { Description = "Region id or Finnish name, e.g. keski-suomi" };
        var unlisted = new Option<bool>("--unlisted") { Description = "Leave the site out of portal search" };
        var user = new Option<string>("--admin-user") { Description = "User name of the first administrator", Required = true };
        var email = new Option<string>("--admin-email") { Description = "E-mail of the first administrator", Required = true };
        var password = new Option<string?>("--admin-password") { Description = $"Password (default: ${PasswordVariable})" };
        var command = new Command("create", "Create a site from a recipe, with its first administrator")
        {
            name, displayName, prefix, host, recipe, region, unlisted, user, email, password,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = new NewTenantInput
            {
                Name = result.GetValue(name),
                DisplayName = result.GetValue(displayName),
                UrlPrefix = result.GetValue(prefix),
                HostName = result.GetValue(host),
                Recipe = result.GetValue(recipe),
                Region = result.GetValue(region),
                ListedInPortalSearch = !result.GetValue(unlisted),
                AdminUserName = result.GetValue(user),
                AdminEmail = result.GetValue(email),
                AdminPassword = result.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable),
            };
            var created = await administration.CreateAsync(input, cancellationToken);
            foreach (var problem in created.Problems)
            {
                var option = OptionOf.GetValueOrDefault(problem.Field) is { } o ? $"{o}: " : "";
                result.InvocationConfiguration.Error.WriteLine(option + problem);
            }
            if (!created.Succeeded)
            {
                return 1;
            }
            var tenant = created.Tenant!;
            var address = tenant.UrlPrefix is { } p ? $"/{p}/" : $"https://{tenant.HostNames[0]}/";
            result.InvocationConfiguration.Output.WriteLine(
                $"{tenant.Name}: running at {address}; {input.AdminUserName!.Trim()} can log in at {address}login");
            return 0;
        });
        return command;
    }
}
