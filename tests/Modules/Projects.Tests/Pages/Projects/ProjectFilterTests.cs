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

        var filter = ProjectFilter.Read(Query(("status", "ended"), ("leader", "yes"), ("year", "2021"), ("submeasure", "7.4 Maaseudun palvelut"), ("page", "2")), problems);

        Assert.Equal(new ProjectFilter(ProjectStatus.Ended, null, "7.4 Maaseudun palvelut", true, 2021, 2), filter);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("status", "maybe")]
    [InlineData("leader", "kyllä")]
    [InlineData("year", "abc")]
    [InlineData("year", "20219")]
    [InlineData("page", "-1")]
    [InlineData("page", "0")]
    [InlineData("page", "99999999999")]
    public void Bad_value_is_left_out_and_reported(string key, string value)
    {
        var problems = new List<FilterProblem>();

        var filter = ProjectFilter.Read(Query((key, value)), problems);

        Assert.Equal(new ProjectFilter(null, null, null, null, null, 1), filter);
        Assert.Equal(value, Assert.Single(problems).Value);
    }

    [Fact]
    public void Pager_link_keeps_the_filters_and_changes_the_page()
    {
        var filter = new ProjectFilter(ProjectStatus.Ongoing, "Manner-Suomen maaseudun kehittämisohjelma 2014–2020", null, false, null, 1);

        var query = filter.QueryFor(3);

        var parsed = ProjectFilter.Read(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)), []);
        Assert.Equal(filter with { Page = 3 }, parsed);
    }

    private static QueryCollection Query(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => new StringValues(v.Value)));
}
