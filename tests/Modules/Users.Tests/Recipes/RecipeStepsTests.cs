using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Recipes;

[Collection(PortalCollection.Name)]
public sealed class RecipeStepsTests(PortalHost host)
{
    private const string Steps = """
        { "name": "Features", "enable": ["Contents"] },
        { "name": "ContentDefinition", "types": [ { "name": "Page", "label": { "fi": "Sivu" }, "parts": ["TitlePart"] } ] },
        { "name": "Roles", "roles": [
            { "name": "Sivuvastaava", "permissions": ["AccessAdmin", "Edit_Page", "Publish_Page"] },
            { "name": "Contributor", "permissions": ["AccessAdmin"] } ] },
        { "name": "Users", "users": [
            { "userName": "vastaava", "email": "vastaava@example.fi", "password": "Verkosto-testi-2026!", "roles": ["Sivuvastaava", "Editor"] } ] }
        """;

    [Fact]
    public async Task Recipe_creates_roles_with_their_permissions_and_users_with_their_roles()
    {
        var tenant = await host.CreateSiteAsync($$"""{ "name": "roles", "steps": [ {{Steps}} ] }""");

        var (permissions, contributor, roles) = await ReadAsync(tenant);

        Assert.Equal(["AccessAdmin", "Edit_Page", "Publish_Page"], permissions);
        Assert.Equal(["AccessAdmin"], contributor);
        Assert.Equal(["Editor", "Sivuvastaava"], roles);
    }

    [Fact]
    public async Task Running_the_steps_again_changes_nothing()
    {
        var tenant = await host.CreateSiteAsync($$"""{ "name": "roles", "steps": [ {{Steps}} ] }""");
        var before = await ReadAsync(tenant);

        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant))
        {
            var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
            var recipe = RecipeFiles.Parse($$"""{ "name": "again", "steps": [ {{Steps}} ] }""", "again.recipe.json");
            await runner.RunAsync(recipe, await runner.ParseAsync(recipe), tenant, CancellationToken.None);
        }
        var after = await ReadAsync(tenant);

        Assert.Equal(before.Permissions, after.Permissions);
        Assert.Equal(before.Roles, after.Roles);
        Assert.Equal(1, await host.InTenantAsync<UserManager<IdentityUser>, int>(tenant, users => users.Users.CountAsync(u => u.UserName == "vastaava")));
    }

    [Theory]
    [InlineData("""{ "name": "Roles", "roles": [ { "name": "X", "permissions": ["NoSuchPermission"] } ] }""", "NoSuchPermission")]
    [InlineData("""{ "name": "Users", "users": [ { "userName": "x", "password": "", "roles": [] } ] }""", "password")]
    [InlineData("""{ "name": "Users", "users": [ { "userName": "x", "password": "lyhyt", "roles": [] } ] }""", "12")]
    [InlineData("""{ "name": "Users", "users": [ { "userName": "x", "password": "Verkosto-testi-2026!", "roles": ["Nobody"] } ] }""", "Nobody")]
    public async Task Bad_role_or_user_step_fails_the_recipe_naming_the_problem(string step, string named)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.CreateSiteAsync($$"""{ "name": "bad", "steps": [ {{step}} ] }"""));

        Assert.True(failure.Message.Contains(named, StringComparison.Ordinal), failure.Message);
    }

    private async Task<(List<string> Permissions, List<string> Contributor, List<string> Roles)> ReadAsync(Tenant tenant)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        async Task<List<string>> PermissionsOf(string name) =>
            [.. (await roles.GetClaimsAsync((await roles.FindByNameAsync(name))!)).Select(c => c.Value).Order()];
        return (await PermissionsOf("Sivuvastaava"), await PermissionsOf("Contributor"),
            [.. (await users.GetRolesAsync((await users.FindByNameAsync("vastaava"))!)).Order()]);
    }
}
