using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class TenantNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("keski-suomi")]
    [InlineData("leader-2024")]
    [InlineData("7veljesta")]
    [InlineData("admin")]
    [InlineData(TenantName.Default)]
    public void Lowercase_slugs_and_default_are_written_as_names_whatever_the_portal_serves(string name)
    {
        var problem = TenantName.Problem(name);

        Assert.Null(problem);
    }

    [Fact]
    public void Name_of_63_characters_is_valid()
    {
        var name = new string('a', 63);

        var problem = TenantName.Problem(name);

        Assert.Null(problem);
    }

    [Fact]
    public void Name_of_64_characters_is_too_long()
    {
        var name = new string('a', 64);

        var problem = TenantName.Problem(name);

        Assert.Equal("A tenant name has at most 63 characters.", problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_name_is_required(string? name)
    {
        var problem = TenantName.Problem(name);

        Assert.Equal("A tenant name is required.", problem);
    }

    [Theory]
    [InlineData("Keski-Suomi")]
    [InlineData("keski suomi")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("-keski")]
    [InlineData("keski-")]
    [InlineData("hämeenlinna")]
    [InlineData("default ")]
    public void Name_that_is_not_a_lowercase_slug_is_refused_with_the_rule(string name)
    {
        var problem = TenantName.Problem(name);

        Assert.Equal(
            $"'{name}' is not a valid tenant name: use lowercase letters a-z, digits and hyphens, starting and ending with a letter or digit.",
            problem);
    }

    [Fact]
    public void Ensure_valid_throws_a_tenant_exception_with_the_problem()
    {
        var name = "../etc";

        var error = Assert.Throws<TenantException>(() => TenantName.EnsureValid(name));

        Assert.Equal(TenantName.Problem(name), error.Message);
    }
}
