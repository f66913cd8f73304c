using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Verkostoportaali.Localization.Tests;

public sealed class ListPageTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void A_value_that_is_not_a_page_number_shows_the_first_page_and_names_the_value(string asked)
    {
        var page = ListPage.Read(Query(asked)).Of(total: 95, pageSize: 20);

        Assert.Equal(new ListPage(1, 5, asked), page);
        Assert.False(page.PastTheEnd);
    }

    [Fact]
    public void A_page_past_the_end_shows_the_last_page()
    {
        var page = ListPage.Read(Query("9")).Of(total: 95, pageSize: 20);

        Assert.Equal(new ListPage(5, 5, "9"), page);
        Assert.True(page.PastTheEnd);
        Assert.Equal(80, page.Skip(20));
    }

    [Fact]
    public void An_empty_list_has_one_page_and_no_page_is_refused_without_a_value()
    {
        var page = ListPage.Read(new QueryCollection()).Of(total: 0, pageSize: 20);

        Assert.Equal(new ListPage(1, 1, null), page);
    }

    [Theory]
    [InlineData(1, 20, new[] { 1, 2, 3, 0, 20 })]
    [InlineData(6, 20, new[] { 1, 0, 4, 5, 6, 7, 8, 0, 20 })]
    [InlineData(3, 5, new[] { 1, 2, 3, 4, 5 })]
    public void The_pager_links_the_ends_and_two_pages_each_side_with_gaps_between(int number, int count, int[] expected)
    {
        var numbers = new ListPage(number, count, null).Numbers();

        Assert.Equal(expected, numbers.Select(n => n ?? 0));
    }

    [Fact]
    public void A_page_address_keeps_the_other_query_values_and_leaves_out_page_one()
    {
        var request = new DefaultHttpContext().Request;
        request.PathBase = "/mansikka";
        request.Path = "/hankkeet";
        request.QueryString = new QueryString("?status=ended&page=4&year=2021");

        Assert.Equal("/mansikka/hankkeet?status=ended&year=2021&page=3", ListPage.Address(request, 3));
        Assert.Equal("/mansikka/hankkeet?status=ended&year=2021", ListPage.Address(request, 1));
    }

    [Theory]
    [InlineData("?page=4")]
    [InlineData("?status=&page=4")]
    public void A_page_address_without_other_query_values_starts_its_query_with_the_page(string query)
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/hankkeet";
        request.QueryString = new QueryString(query);
        var addresses = new ListPage.Addresses(request);

        Assert.Equal(["/hankkeet", "/hankkeet?page=2", "/hankkeet?page=50"], new[] { 1, 2, 50 }.Select(addresses.Of));
    }

    private static QueryCollection Query(string page) => new(new Dictionary<string, StringValues> { [ListPage.QueryName] = page });
}
