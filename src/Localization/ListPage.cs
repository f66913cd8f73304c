using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Localization;

/// <summary>
/// The page of a list a request asks for with <c>?page=</c>, and every list's one rule for a bad one: a value that is
/// not a page number shows the first page, one past the end the last, each with a notice; never an error page.
/// Here, out of Core, because the theme's pager and every module's list share it.
/// </summary>
public sealed record ListPage(int Number, int Count, string? Refused)
{
    public const string QueryName = "page";
    private const int MaxNumber = 100_000;

    /// <summary>The asked page, before the list is counted; <see cref="Of"/> then keeps it within the list.</summary>
    public static ListPage Read(IQueryCollection query)
    {
        var asked = query[QueryName].ToString().Trim();
        return asked.Length == 0 ? new ListPage(1, 0, null)
            : int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxNumber
                ? new ListPage(number, 0, null)
                : new ListPage(1, 0, asked);
    }

    /// <summary>This page within a list of <paramref name="total"/> items: past its end, the last page.</summary>
    public ListPage Of(int total, int pageSize)
    {
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        return Number <= count ? this with { Count = count }
            : new ListPage(count, count, Number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the page asked for is a number past the last page, so that the last is shown.</summary>
    public bool PastTheEnd => int.TryParse(Refused, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked > Count;

    public int Skip(int pageSize) => (Number - 1) * pageSize;

    /// <summary>Page <paramref name="number"/> of the same list: this request's address with only its page changed.</summary>
    public static string Address(HttpRequest request, int number) => new Addresses(request).Of(number);

    /// <summary>The addresses of a list's pages: what the request asks beside the page is read once for all of a pager's links.</summary>
    public sealed class Addresses
    {
        private readonly string first;
        private readonly char separator;

        public Addresses(HttpRequest request)
        {
            var others = QueryString.Create(request.Query.Where(p => p.Key != QueryName)
                .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
                .Where(p => !string.IsNullOrEmpty(p.Value)));
            (first, separator) = (request.PathBase + request.Path + others, others.HasValue ? '&' : '?');
        }

        /// <summary>The first page's address has no page number; the others end with it.</summary>
        public string Of(int number) =>
            number > 1 ? string.Create(CultureInfo.InvariantCulture, $"{first}{separator}{QueryName}={number}") : first;
    }

    /// <summary>The numbers the pager links: the first, the last and two each side of this one; null marks a gap.</summary>
    public IEnumerable<int?> Numbers()
    {
        var shown = new[] { 1, Count }.Concat(Enumerable.Range(Number - 2, 5)).Where(n => n >= 1 && n <= Count).Distinct().Order();
        var previous = 0;
        foreach (var number in shown)
        {
            if (number > previous + 1)
            {
                yield return null;
            }
            yield return previous = number;
        }
    }
}
