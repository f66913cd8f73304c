using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents;

/// <summary>
/// <c>&lt;content-type-label type="Project" /&gt;</c>: the paragraph naming an item's type in the request's language,
/// as every summary and detail view shows it. The name is data (the type definition's label in fi/sv/en), not a
/// msgid: an admin-made type has one too. A tag helper rather than a partial view: a list shows it once per item, and
/// each partial view costs a view lookup, a view context and a view data dictionary.
/// </summary>
[HtmlTargetElement("content-type-label", Attributes = "type", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentTypeLabelTagHelper(SiteContentTypes types) : TagHelper
{
    public required string Type { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "content-type");
        output.Content.SetContent(await types.LabelAsync(Type, ViewContext.HttpContext.Language(), ViewContext.HttpContext.RequestAborted));
    }
}
