using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Tests.Security;

public sealed class PermissionTests
{
    private static readonly Permission ManageFerries = new("ManageFerries", "Manage ferries");
    private static readonly Permission SailFerries = new("SailFerries", "Sail ferries", ManageFerries);

    private sealed class FerriesModule() : Module(id: "Ferries", name: "Ferries", enabledByDefault: false)
    {
        public override IEnumerable<Permission> Permissions() => [ManageFerries, SailFerries];

        public override IEnumerable<RoleDefaults> DefaultRoles() => [new(PortalRoles.Editor, SailFerries)];
    }

    private static PermissionCatalog Catalog()
    {
        var modules = new ModuleCatalog();
        modules.Add(new FerriesModule());
        return new PermissionCatalog(modules);
    }

    private static readonly Tenant WithFerries = new() { Name = "saaristo", Features = ["Ferries"] };
    private static readonly Tenant WithoutFerries = new() { Name = "sisamaa" };

    [Fact]
    public void A_permission_is_held_through_one_that_implies_it()
    {
        Assert.True(SailFerries.IsGrantedBy(new HashSet<string> { "ManageFerries" }));
        Assert.False(ManageFerries.IsGrantedBy(new HashSet<string> { "SailFerries" }));
    }

    [Theory]
    [InlineData("EditContent", true, true)]
    [InlineData("EditOwnContent", true, false)]
    [InlineData("Edit_Event", true, true)]
    [InlineData("EditOwn_Event", true, false)]
    [InlineData("Edit_Project", false, false)]
    [InlineData("PublishContent", false, false)]
    public void Editing_an_event_is_granted_by_the_every_type_or_the_event_permission(string granted, bool ownAllowed, bool othersAllowed)
    {
        var grants = new HashSet<string> { granted };

        Assert.Equal(ownAllowed, ContentPermissions.For("Event", ContentOperation.Edit, own: true).IsGrantedBy(grants));
        Assert.Equal(othersAllowed, ContentPermissions.For("Event", ContentOperation.Edit, own: false).IsGrantedBy(grants));
    }

    [Theory]
    [InlineData("Publish_Event", "PublishContent")]
    [InlineData("DeleteOwn_Project", "DeleteOwnContent")]
    [InlineData("EditOwn_Network", "Edit_Network")]
    public void Per_type_permissions_are_found_by_name_with_what_implies_them(string name, string implier)
    {
        var permission = Catalog().Find(name);

        Assert.NotNull(permission);
        Assert.True(permission.IsGrantedBy(new HashSet<string> { implier }));
    }

    [Theory]
    [InlineData("Fly_Event")]
    [InlineData("0_Event")]
    [InlineData("Edit_")]
    [InlineData("NoSuchPermission")]
    public void Unknown_permission_names_are_not_found(string name) => Assert.Null(Catalog().Find(name));

    [Fact]
    public void A_tenant_lists_the_permissions_of_its_modules_and_six_per_content_type()
    {
        var type = new ContentTypeDefinition { Name = "Ferry", Label = new("Lautta") };

        var with = Catalog().For(WithFerries, [type]).Select(p => p.Name).ToList();
        var without = Catalog().For(WithoutFerries, [type]).Select(p => p.Name).ToList();

        Assert.Contains("ManageFerries", with);
        Assert.DoesNotContain("ManageFerries", without);
        Assert.Equal(6, with.Count(n => n.EndsWith("_Ferry", StringComparison.Ordinal)));
    }

    [Fact]
    public void Administrator_starts_with_every_permission_and_other_roles_with_their_defaults()
    {
        var catalog = Catalog();

        var administrator = catalog.DefaultsFor(PortalRoles.Administrator, WithFerries);
        var editor = catalog.DefaultsFor(PortalRoles.Editor, WithFerries);
        var contributor = catalog.DefaultsFor(PortalRoles.Contributor, WithFerries);

        Assert.Superset(new HashSet<string> { "ManageFerries", "SailFerries", "AccessAdmin", "PublishContent", "DeleteContent" }, administrator.ToHashSet());
        Assert.Equal(new HashSet<string> { "AccessAdmin", "EditContent", "PublishContent", "DeleteContent", "SailFerries" }, editor);
        Assert.Equal(new HashSet<string> { "AccessAdmin", "EditOwnContent" }, contributor);
        Assert.DoesNotContain("SailFerries", catalog.DefaultsFor(PortalRoles.Editor, WithoutFerries));
    }
}
