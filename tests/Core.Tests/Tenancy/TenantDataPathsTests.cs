using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class TenantDataPathsTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public void Site_folder_is_under_sites_in_the_data_root()
    {
        var paths = portal.Paths;

        var folder = paths.SiteFolder("keski-suomi");

        Assert.Equal(Path.Combine(paths.Root, "Sites", "keski-suomi"), folder);
    }

    [Fact]
    public void Default_tenant_has_its_own_site_folder()
    {
        var paths = portal.Paths;

        var folder = paths.SiteFolder(TenantName.Default);

        Assert.Equal(Path.Combine(paths.Root, "Sites", "Default"), folder);
    }

    [Fact]
    public void Content_database_lives_in_the_site_folder()
    {
        var paths = portal.Paths;

        var database = paths.ContentDatabase("keski-suomi");

        Assert.Equal(Path.Combine(paths.SiteFolder("keski-suomi"), "content.db"), database);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("/etc")]
    [InlineData("")]
    public void Name_that_could_leave_the_sites_folder_is_refused(string name)
    {
        var paths = portal.Paths;

        var error = Assert.Throws<TenantException>(() => paths.SiteFolder(name));

        Assert.Equal(TenantName.Problem(name), error.Message);
    }
}
