using System.Net;
using System.Text;
using Verkostoportaali.Testing;
using Xunit.Abstractions;

namespace Verkostoportaali.Search.Tests.Querying;

[Collection(PortalCollection.Name)]
public sealed class QueryFuzzTests(PortalHost host, ITestOutputHelper output)
{
    private static readonly string[] Hostile =
    [
        "\"", "\"kylä", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "*", "?", "~", "^", ":", "\\", "/", "-", "+", "&&", "||",
        "palvelu", "kylä", "hanke~2", "title:kylä", "*:*", "\u0000", "\u001f", "\ud800", "ä", "Å", "<script>", "%", "'", ";",
    ];

    [Fact]
    public async Task Ten_thousand_random_and_hostile_queries_give_no_server_error()
    {
        await DemoSearch.AskAsync(host, "/api/search?q=palvelu");
        var seed = TestSeed.Or(4711);
        output.WriteLine($"Queries made from {seed.Replay}.");
        using var client = host.CreateClient();
        var failures = new List<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 10_000), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var query = Query(seed.For(i), i);
            var path = (i % 3 == 0 ? "/mansikka" : "") + "/api/search?q=" + Uri.EscapeDataString(query) + (i % 7 == 0 ? "&page=" + i : "");
            using var response = await client.GetAsync(path, ct);
            if ((int)response.StatusCode >= 500)
            {
                lock (failures)
                {
                    failures.Add($"{response.StatusCode}: {query}");
                }
            }
        });

        Assert.True(failures.Count == 0, $"{seed.Replay}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public async Task A_query_that_finds_nothing_is_an_empty_result_not_an_error()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString("((\"]]~*"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/mansikka/api/search?q=")]
    public async Task A_query_with_a_code_point_that_cannot_be_normalized_is_answered_not_an_error(string path)
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync(path + Uri.EscapeDataString("kylä\uFFFE palvelu"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Query(Random random, int i)
    {
        if (i % 500 == 0)
        {
            return new string('x', 10_000);
        }
        var text = new StringBuilder();
        for (var n = random.Next(1, 12); n > 0; n--)
        {
            text.Append(random.Next(3) switch
            {
                0 => Hostile[random.Next(Hostile.Length)],
                1 => ((char)random.Next(0x20, 0x2FF)).ToString(),
                _ => ((char)random.Next(0, 0xFFFF)).ToString(),
            });
            text.Append(random.Next(2) == 0 ? " " : "");
        }
        return text.ToString();
    }
}
