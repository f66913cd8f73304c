using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests.Uploads;

[Collection(PortalCollection.Name)]
public sealed class VipsThreadsTests(PortalHost host)
{
    // The fixed set libvips makes when VIPS_MAX_THREADS is set; the set that grows on demand had 6 threads at this point.
    private const int FixedThreads = 32;

    [Fact]
    public async Task Libvips_resizes_an_upload_with_a_fixed_set_of_threads_made_at_its_start()
    {
        var site = await MediaSite.CreateAsync(host);

        var upload = await site.UploadAsync("kuva.jpg", TestImages.Jpeg(1200, 800));

        Assert.NotNull(upload.File);
        var workers = Directory.GetDirectories("/proc/self/task").Count(task => NameOf(task) == "libvips worker");
        Assert.True(workers >= FixedThreads, $"libvips has {workers} worker threads, not the fixed {FixedThreads}.");
    }

    private static string? NameOf(string task)
    {
        try
        {
            return File.ReadAllText(Path.Combine(task, "comm")).Trim();
        }
        catch (IOException)
        {
            return null; // the thread ended while the list was read
        }
    }
}
