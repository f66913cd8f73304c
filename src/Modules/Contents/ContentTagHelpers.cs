using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>
/// Items through their types' views (<see cref="ContentDisplay.ViewFor"/>), kept rendered in the <see cref="SummaryCache"/>:
/// every summary, and the detail of a type whose module says its view allows it (<see cref="KeptDetailView"/>).
/// </summary>
public sealed class KeptDisplay(ContentDisplay display, SummaryCache kept, HtmlEncoder encoder)
{
    public ValueTask<HtmlString> RenderAsync(ContentItem item, DisplayMode mode, ViewContext page) =>
        RenderAsync(KeptFor(page), item, mode, page);

    /// <summary>The page's kept summaries, for a list to look up once.</summary>
    public SummaryCache.Summaries KeptFor(ViewContext page) => kept.For(page.HttpContext);

    public ValueTask<HtmlString> RenderAsync(SummaryCache.Summaries summaries, ContentItem item, DisplayMode mode, ViewContext page) =>
        mode == DisplayMode.Summary || display.KeepsDetail(item.ContentType)
            ? summaries.GetOrRenderAsync(item, mode, (Display: this, Item: item, Mode: mode, Page: page),
                static asked => asked.Display.RenderViewAsync(asked.Item, asked.Mode, asked.Page))
            : new(RenderViewAsync(item, mode, page));

    private async Task<HtmlString> RenderViewAsync(ContentItem item, DisplayMode mode, ViewContext page)
    {
        // Asked for only when the view is not kept: an HTML helper is costly to make.
        var html = page.HttpContext.RequestServices.GetRequiredService<IHtmlHelper>();
        ((IViewContextAware)html).Contextualize(page);
        var rendered = await html.PartialAsync(display.ViewFor(item.ContentType, mode), item);
        // Written out as the page would write it, with the page's encoder, so that what is kept is plain HTML.
        await using var text = new StringWriter();
        rendered.WriteTo(text, encoder);
        return new HtmlString(text.ToString());
    }
}

/// <summary>
/// <c>&lt;content-detail item="@item" /&gt;</c>: a published item as its own page shows it; kept rendered when its
/// module says the view allows it. A network's view, with its join form, does not.
/// </summary>
[HtmlTargetElement("content-detail", Attributes = "item", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentDetailTagHelper(KeptDisplay display) : TagHelper
{
    public required ContentItem Item { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(await display.RenderAsync(Item, DisplayMode.Detail, ViewContext));
    }
}

/// <summary>
/// <c>&lt;content-list items="@items" /&gt;</c>: a list's items as summaries in a <c>div.content-list</c>. One tag helper
/// for the whole list: a list page shows twenty, and the framework's work per tag helper costs more than a kept summary.
/// With <c>item-languages</c>, each summary is in a <c>div</c> naming its item's language, for a list of every language's items.
/// </summary>
[HtmlTargetElement("content-list", Attributes = "items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentListTagHelper(KeptDisplay display) : TagHelper
{
    public required IEnumerable<ContentItem> Items { get; set; }

    public bool ItemLanguages { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "content-list");
        var summaries = display.KeptFor(ViewContext);
        foreach (var item in Items)
        {
            var summary = await display.RenderAsync(summaries, item, DisplayMode.Summary, ViewContext);
            if (ItemLanguages)
            {
                output.Content.AppendHtml("<div lang=\"").Append(item.Culture).AppendHtml("\">").AppendHtml(summary).AppendHtml("</div>");
            }
            else
            {
                output.Content.AppendHtml(summary);
            }
        }
    }
}
