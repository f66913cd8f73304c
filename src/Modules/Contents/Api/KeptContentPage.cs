using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Contents.Api;

/// <summary>
/// A site's <see cref="ContentPage"/>, written with each item's kept JSON text as it is. Written here by hand: a
/// converter for the items would do the same, but the API document describes a type with its own converter as any
/// JSON at all; the endpoint's <c>Ok&lt;ContentPage&gt;</c> describes this answer, which has the same names and values.
/// </summary>
public sealed class KeptContentPage(int total, int page, int size, IReadOnlyList<KeptItemJson> items) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        string Name(string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber(Name(nameof(ContentPage.Total)), total);
            writer.WriteNumber(Name(nameof(ContentPage.Page)), page);
            writer.WriteNumber(Name(nameof(ContentPage.Size)), size);
            writer.WriteStartArray(Name(nameof(ContentPage.Items)));
            foreach (var item in items)
            {
                writer.WriteRawValue(item.Utf8, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
