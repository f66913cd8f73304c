using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Verkostoportaali.Projects.Pages.Projects;

namespace Verkostoportaali.Projects.Tests.Pages.Projects;

public sealed class ProjectFilterTests
{
    [Fact]
    public void Good_values_become_the_filter()
    {
        var problems = new List<FilterProblem>();

        var filter = ProjectFilter.Read(Query(("status", "ended"), ("leader", "yes"), ("year", "2021"), ("submeasure", "7.4 Maaseudun palvelut")), problems);

        Assert.Equal(new ProjectFilter(ProjectStatus.Ended, null, "7.4 Maaseudun palvelut", true, 2021), filter);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("status", "maybe")]
    [InlineData("leader", "kyllä")]
    [InlineData("year", "abc")]
    [InlineData("year", "20219")]
    public void Bad_value_is_left_out_and_reported(string key, string value)
    {
        var problems = new List<FilterProblem>();

        var filter = ProjectFilter.Read(Query((key, value)), problems);

        Assert.Equal(new ProjectFilter(null, null, null, null, null), filter);
        Assert.Equal(value, Assert.Single(problems).Value);
    }

    private static QueryCollection Query(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => new StringValues(v.Value)));
}
