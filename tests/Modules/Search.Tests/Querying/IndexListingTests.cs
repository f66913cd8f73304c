using System.Globalization;
using Lucene.Net.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Testing;
using Verkostoportaali.Web;

namespace Verkostoportaali.Search.Tests.Querying;

/// <summary>
/// A listing over more sites than may have readers open reads them in batches and merges the batches' best items: its
/// pages follow one order across every site, whichever batch an item came from, with no item twice and none left out,
/// up to <see cref="ListingRequest.MaxWindow"/> items deep.
/// </summary>
public sealed class IndexListingTests : IAsyncLifetime
{
    // Four open readers: ten sites are read in five batches of two.
    private const int MaxOpenIndexes = 4;
    private const int EventsPerSite = 510;
    private static readonly Tenant[] Sites = [.. Enumerable.Range(0, 10).Select(i => new Tenant { Name = $"kyla-{i}" })];
    private static readonly DateOnly FirstDay = new(2030, 1, 1);
    private static readonly DateTime FirstPublished = new(2029, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string root = Path.Combine(Path.GetTempPath(), "vp-listing-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    private IContentListing Listing => app!.Services.GetRequiredService<IContentListing>();

    private TenantIndexes Indexes => app!.Services.GetRequiredService<TenantIndexes>();

    // Every site's events, the n-th overall (site by site in turn) on day n and published n hours in: each batch of two
    // sites holds every fifth pair of events in either order, so a page made of one batch after another is out of order.
    private static IEnumerable<(Tenant Site, string Id, int N)> Events =>
        Enumerable.Range(0, EventsPerSite).SelectMany(k => Sites.Select((site, s) => (site, $"{site.Name}-{k}", k * Sites.Length + s)));

    [Fact]
    public void Pages_of_events_soonest_first_follow_the_days_across_every_batch_without_gaps_or_repeats()
    {
        Assert.True(Sites.Length > Indexes.Readers.Capacity);
        var expected = Events.OrderBy(e => e.N).Select(e => e.Id).Take(200).ToList();

        var pages = Enumerable.Range(0, 200 / 7 + 1).Select(p => List(ListingOrder.Soonest, offset: p * 7, size: 7)).ToList();

        Assert.All(pages, page => Assert.Equal(Sites.Length * EventsPerSite, page.Total));
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(i => i.ContentItemId).Take(200));
        Assert.True(Indexes.Readers.Count <= MaxOpenIndexes);
    }

    [Fact]
    public void Pages_of_the_newest_follow_the_publishing_times_across_every_batch()
    {
        var expected = Events.OrderByDescending(e => e.N).Select(e => e.Id).Take(90).ToList();

        var pages = Enumerable.Range(0, 9).Select(p => List(ListingOrder.Newest, offset: p * 10, size: 10));

        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(i => i.ContentItemId));
    }

    [Fact]
    public void The_last_page_reachable_ends_at_the_window_and_an_offset_beyond_it_gives_that_page()
    {
        var expected = Events.OrderBy(e => e.N).Select(e => e.Id).Skip(ListingRequest.MaxWindow - 10).Take(10).ToList();

        var last = List(ListingOrder.Soonest, offset: ListingRequest.MaxWindow - 10, size: 10);
        var beyond = List(ListingOrder.Soonest, offset: ListingRequest.MaxWindow + 50, size: 10);

        Assert.Equal(Sites.Length * EventsPerSite, last.Total);
        Assert.Equal(ListingRequest.MaxWindow, last.Pageable);
        Assert.Equal(expected, last.Items.Select(i => i.ContentItemId));
        Assert.Equal(expected, beyond.Items.Select(i => i.ContentItemId));
    }

    [Fact]
    public void A_listing_asked_again_after_an_index_changed_shows_the_change()
    {
        var before = List(ListingOrder.Newest, offset: 0, size: 5);
        var again = List(ListingOrder.Newest, offset: 0, size: 5);

        var site = Sites[3];
        var writers = Indexes.OpenWriters(site.Name, fresh: false);
        var item = new ContentItem { ContentItemId = "uusin", VersionId = "uusin", ContentType = "Event", Culture = "fi", Slug = "uusin" };
        var document = SearchDocuments.For(site.Name, null, item, new SearchDocument().AddText(SearchFieldNames.Title, "Uusin kyläilta"));
        var published = FirstPublished.AddYears(5).Ticks;
        document.RemoveFields(LuceneFields.Published);
        document.Add(new StoredField(LuceneFields.Published, published));
        document.Add(new NumericDocValuesField(LuceneFields.Published, published));
        writers.Single(w => w.Culture == "fi").Put(item.ContentItemId, document);
        foreach (var writer in writers)
        {
            writer.Commit(cursor: 2);
            writer.Dispose();
        }
        Indexes.Refresh(site.Name);
        var after = List(ListingOrder.Newest, offset: 0, size: 5);

        Assert.Equal(before.Items.Select(i => i.ContentItemId), again.Items.Select(i => i.ContentItemId));
        Assert.Equal("uusin", after.Items[0].ContentItemId);
        Assert.Equal($"/{site.Name}/uusin", after.Items[0].Url);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal(before.Items.Take(4).Select(i => i.ContentItemId), after.Items.Skip(1).Select(i => i.ContentItemId));
    }

    public Task InitializeAsync()
    {
        // The listing as the portal composes it, with its reader bound; never started, as nothing here needs a request.
        Directory.CreateDirectory(root);
        var builder = TestPortal.CreateBuilder(root);
        builder.Configuration["Portal:Search:MaxOpenIndexes"] = MaxOpenIndexes.ToString(CultureInfo.InvariantCulture);
        builder.AddPortal().AddModule<ContentsModule>().AddModule<SearchModule>();
        app = builder.Build();
        foreach (var site in Sites)
        {
            Build(site);
        }
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private ListedPage List(ListingOrder order, int offset, int size) =>
        Listing.List(new ListingRequest("fi", ["Event"], order, Size: size, Offset: offset), Sites, (tenant, _, slug) => $"/{tenant}/{slug}");

    // As the Events module's mapper indexes an event: its day, and its start stored for the listing to show and merge by.
    private void Build(Tenant site)
    {
        var writers = Indexes.OpenWriters(site.Name, fresh: true);
        var finnish = writers.Single(w => w.Culture == "fi");
        foreach (var (_, id, n) in Events.Where(e => e.Site == site))
        {
            var day = FirstDay.AddDays(n);
            var item = new ContentItem { ContentItemId = id, VersionId = id, ContentType = "Event", Culture = "fi", Slug = id };
            var fields = new SearchDocument().AddText(SearchFieldNames.Title, $"Kyläilta {id}").AddDate(SearchFieldNames.Date, day)
                .AddStored(SearchFieldNames.Start, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var document = SearchDocuments.For(site.Name, null, item, fields);
            // Only the content manager sets an item's publishing time: it goes into the document as the listing fields hold it.
            var published = FirstPublished.AddHours(n).Ticks;
            document.RemoveFields(LuceneFields.Published);
            document.Add(new StoredField(LuceneFields.Published, published));
            document.Add(new NumericDocValuesField(LuceneFields.Published, published));
            finnish.Put(id, document);
        }
        foreach (var writer in writers)
        {
            writer.Commit(cursor: 1);
            writer.Dispose();
        }
    }
}
