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
public sealed class ContentSummaryTagHelper(ContentDisplay display, SummaryCache kept, HtmlEncoder encoder)
    : KeptDisplayTagHelper(display, kept, encoder)
{
    protected override DisplayMode Mode => DisplayMode.Summary;
}

/// <summary>
/// <c>&lt;content-detail item="@item" /&gt;</c>: a published item as its own page shows it, through its type's detail
/// view; kept rendered in the <see cref="SummaryCache"/> as summaries are when its module says the view allows it
/// (<see cref="KeptDetailView"/>). A network's view, with its join form, does not.
/// </summary>
[HtmlTargetElement("content-detail", Attributes = "item", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentDetailTagHelper(ContentDisplay display, SummaryCache kept, HtmlEncoder encoder)
    : KeptDisplayTagHelper(display, kept, encoder)
{
    protected override DisplayMode Mode => DisplayMode.Detail;
}

/// <summary>An item through its type's view for a <see cref="DisplayMode"/>, kept rendered in the <see cref="SummaryCache"/>.</summary>
public abstract class KeptDisplayTagHelper(ContentDisplay display, SummaryCache kept, HtmlEncoder encoder) : TagHelper
{
    public required ContentItem Item { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    protected abstract DisplayMode Mode { get; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Mode == DisplayMode.Summary || display.KeepsDetail(Item.ContentType)
            ? await kept.GetOrRenderAsync(Item, Mode, ViewContext.HttpContext, RenderAsync)
            : await RenderAsync());
    }

    private async Task<HtmlString> RenderAsync()
    {
        // Asked for only when the view is not kept: a list page has a tag helper per item, and an HTML helper is costly to make.
        var html = ViewContext.HttpContext.RequestServices.GetRequiredService<IHtmlHelper>();
        ((IViewContextAware)html).Contextualize(ViewContext);
        var rendered = await html.PartialAsync(display.ViewFor(Item.ContentType, Mode), Item);
        // Written out as the page would write it, with the page's encoder, so that what is kept is plain HTML.
        await using var text = new StringWriter();
        rendered.WriteTo(text, encoder);
        return new HtmlString(text.ToString());
    }
}
