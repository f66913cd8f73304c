using System.Net;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Messaging;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.JoinRequests;

[Collection(PortalCollection.Name)]
public sealed class JoinRequestRateLimitTests(PortalHost host)
{
    [Fact]
    public async Task Sixth_request_within_ten_minutes_is_refused_while_another_tenant_still_accepts()
    {
        var site = await NetworkSite.CreateAsync(host);
        var other = await NetworkSite.CreateAsync(host);
        var client = site.NewClient();
        var accepted = new List<HttpStatusCode>();
        for (var i = 0; i < PublicFormRateLimit.PermitLimit; i++)
        {
            accepted.Add((await site.SendJoinRequestAsync(client, NetworkSite.ValidForm())).StatusCode);
        }

        var refused = await site.SendJoinRequestAsync(client, NetworkSite.ValidForm());
        var elsewhere = await other.SendJoinRequestAsync(client, NetworkSite.ValidForm());

        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(PublicFormRateLimit.PermitLimit, (await site.RequestsAsync()).Count);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public void Posts_are_counted_per_tenant_and_address()
    {
        var key = PublicFormRateLimit.Partition(Post("elava-kainuu", "192.0.2.1")).PartitionKey;

        Assert.NotEqual(key, PublicFormRateLimit.Partition(Post("elava-kainuu", "192.0.2.2")).PartitionKey);
        Assert.NotEqual(key, PublicFormRateLimit.Partition(Post("mansikka", "192.0.2.1")).PartitionKey);
        Assert.Equal(key, PublicFormRateLimit.Partition(Post("elava-kainuu", "192.0.2.1")).PartitionKey);
    }

    [Fact]
    public void Limit_allows_five_posts_in_a_window_and_never_limits_reading_the_form()
    {
        var post = PublicFormRateLimit.Partition(Post("elava-kainuu", "192.0.2.1"));
        var get = PublicFormRateLimit.Partition(Get("elava-kainuu", "192.0.2.1"));
        using var posts = post.Factory(post.PartitionKey);
        using var gets = get.Factory(get.PartitionKey);

        var allowed = Enumerable.Range(0, 6).Select(_ => posts.AttemptAcquire().IsAcquired).ToList();
        var reads = Enumerable.Range(0, 100).All(_ => gets.AttemptAcquire().IsAcquired);

        Assert.Equal([true, true, true, true, true, false], allowed);
        Assert.True(reads);
        Assert.Equal(TimeSpan.FromMinutes(10), PublicFormRateLimit.Window);
    }

    private static DefaultHttpContext Post(string tenant, string address) => Request(HttpMethods.Post, tenant, address);

    private static DefaultHttpContext Get(string tenant, string address) => Request(HttpMethods.Get, tenant, address);

    private static DefaultHttpContext Request(string method, string tenant, string address)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Features.Set(new Tenant { Name = tenant });
        return context;
    }
}
