using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>
/// <c>&lt;content-summary item="@item" /&gt;</c>: an item as a list shows it, through its type's summary view
/// (<see cref="ContentDisplay.ViewFor"/>), kept rendered in the <see cref="SummaryCache"/>.
/// </summary>
[HtmlTargetElement("content-summary", Attributes = "item", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentSummaryTagHelper(ContentDisplay display, SummaryCache summaries, HtmlEncoder encoder) : TagHelper
{
    public required ContentItem Item { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(await summaries.GetOrRenderAsync(Item, ViewContext.HttpContext, RenderAsync));
    }

    private async Task<HtmlString> RenderAsync()
    {
        // Asked for only when the summary is not kept: a list page has a tag helper per item, and an HTML helper is costly to make.
        var html = ViewContext.HttpContext.RequestServices.GetRequiredService<IHtmlHelper>();
        ((IViewContextAware)html).Contextualize(ViewContext);
        var rendered = await html.PartialAsync(display.ViewFor(Item.ContentType, DisplayMode.Summary), Item);
        // Written out as the page would write it, with the page's encoder, so that a kept summary is plain HTML.
        await using var text = new StringWriter();
        rendered.WriteTo(text, encoder);
        return new HtmlString(text.ToString());
    }
}
