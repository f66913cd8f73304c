using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Verkostoportaali.Localization;

/// <summary>
/// <c>&lt;list-pager page="..." /&gt;</c>: the one pager of every list, public and admin: previous, the pages around
/// this one, next; its links keep the list's filters. Tag helpers rather than partial views, as every list shows
/// them: a partial's lookup and view cost more than its markup.
/// </summary>
[HtmlTargetElement("list-pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ListPagerTagHelper(IHtmlLocalizer<ListPage> localizer) : TagHelper
{
    public ListPage Page { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Page.Count <= 1)
        {
            output.SuppressOutput();
            return;
        }
        var (addresses, pager) = (new ListPage.Addresses(ViewContext.HttpContext.Request), output.Content);
        pager.AppendHtml("<nav class=\"pager\" aria-label=\"").AppendHtml(localizer["Pages"]).AppendHtml("\"><ul>");
        if (Page.Number > 1)
        {
            Item(pager, addresses.Of(Page.Number - 1), " rel=\"prev\"", localizer["Previous page"]);
        }
        foreach (var number in Page.Numbers())
        {
            if (number is { } n)
            {
                var current = n == Page.Number ? " aria-current=\"page\"" : "";
                pager.AppendHtml("<li><a href=\"").Append(addresses.Of(n)).AppendHtml($"\"{current} aria-label=\"")
                    .AppendHtml(localizer["Page {0} of {1}", n, Page.Count]).AppendHtml("\">")
                    .Append(n.ToString(CultureInfo.InvariantCulture)).AppendHtml("</a></li>");
            }
            else
            {
                pager.AppendHtml("<li aria-hidden=\"true\">…</li>");
            }
        }
        if (Page.Number < Page.Count)
        {
            Item(pager, addresses.Of(Page.Number + 1), " rel=\"next\"", localizer["Next page"]);
        }
        pager.AppendHtml("</ul></nav>");
    }

    private static void Item(TagHelperContent pager, string address, string relation, IHtmlContent text) =>
        pager.AppendHtml("<li><a href=\"").Append(address).AppendHtml($"\"{relation}>").AppendHtml(text).AppendHtml("</a></li>");
}

/// <summary><c>&lt;list-notice page="..." /&gt;</c>: every list's notice when it shows another page than the one asked for.</summary>
[HtmlTargetElement("list-notice", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ListNoticeTagHelper(IHtmlLocalizer<ListPage> localizer) : TagHelper
{
    public ListPage Page { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Page.Refused is null)
        {
            output.SuppressOutput();
            return;
        }
        (output.TagName, output.TagMode) = ("p", TagMode.StartTagAndEndTag);
        output.Attributes.SetAttribute("class", "filter-notice");
        output.Attributes.SetAttribute("role", "status");
        output.Content.SetHtmlContent(Page.PastTheEnd
            ? localizer["There is no page {0}; the last page is shown.", Page.Refused]
            : localizer["There is no page \"{0}\"; the first page is shown.", Page.Refused]);
    }
}
