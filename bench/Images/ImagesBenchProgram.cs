using System.Diagnostics;
using ImageMagick;
using NetVips;

// Times what an upload costs the server with each candidate library: decode a 12-megapixel JPEG, drop its metadata,
// and write the three widths the Media module serves, each as WebP and as JPEG. The photo is generated (noise over
// gradients, so that the encoders have real work), written once, then each library runs Warmup + Runs times.
const int Warmup = 2;
const int Runs = 7;
int[] widths = [480, 960, 1600];
var runs = args.Length > 0 ? int.Parse(args[0]) : Runs;

var photo = MakePhoto(4000, 3000);
Console.Error.WriteLine($"12 MP JPEG: {photo.Length / 1024} KiB");

var vips = Measure("NetVips 3.2.0 (libvips 8.18.7)", () => ResizeWithVips(photo));
var magick = Measure("Magick.NET-Q8-x64 15.1.0", () => ResizeWithMagick(photo));
Console.WriteLine("| library | median ms | min ms | max ms |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
Console.WriteLine(vips);
Console.WriteLine(magick);
return;

string Measure(string name, Func<int> resize)
{
    for (var i = 0; i < Warmup; i++)
    {
        resize();
    }
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        var bytes = resize();
        times.Add(watch.Elapsed.TotalMilliseconds);
        Console.Error.WriteLine($"{name}: {watch.ElapsedMilliseconds} ms, {bytes / 1024} KiB written");
    }
    times.Sort();
    return $"| {name} | {times[times.Count / 2]:F0} | {times[0]:F0} | {times[^1]:F0} |";
}

int ResizeWithVips(byte[] source)
{
    var written = 0;
    foreach (var width in widths)
    {
        // Thumbnail from the buffer lets libvips shrink while decoding (JPEG shrink-on-load); the small result is
        // kept in memory because it is encoded twice and the decoder reads its source only once, in order.
        using var thumbnail = NetVips.Image.ThumbnailBuffer(source, width);
        using var image = thumbnail.CopyMemory();
        written += image.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None).Length;
        written += image.JpegsaveBuffer(q: 82, keep: Enums.ForeignKeep.None).Length;
    }
    return written;
}

int ResizeWithMagick(byte[] source)
{
    var written = 0;
    using var original = new MagickImage(source);
    original.Strip();
    foreach (var width in widths)
    {
        using var image = original.Clone();
        image.Resize(new MagickGeometry((uint)width, 0));
        image.Quality = 80;
        written += image.ToByteArray(MagickFormat.WebP).Length;
        image.Quality = 82;
        written += image.ToByteArray(MagickFormat.Jpeg).Length;
    }
    return written;
}

static byte[] MakePhoto(int width, int height)
{
    using var gradient = NetVips.Image.Xyz(width, height);
    using var noise = NetVips.Image.Gaussnoise(width, height, sigma: 40);
    using var red = gradient[0] * (255.0 / width) + noise;
    using var green = gradient[1] * (255.0 / height) + noise;
    using var blue = (gradient[0] + gradient[1]) * (255.0 / (width + height));
    using var rgb = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar);
    return rgb.JpegsaveBuffer(q: 90);
}
