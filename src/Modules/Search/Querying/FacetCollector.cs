using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Counts facet values over every hit (not only the page shown), segment by segment on ordinals, and turns the
/// ordinals into values once per segment. A value every document of a segment has (its site's name; often its region)
/// is counted once per segment, not per hit.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] segmentCounts = new int[fields.Count][];
    private readonly bool[] everyDocument = new bool[fields.Count];
    private int segmentHits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        for (var f = 0; f < fields.Count; f++)
        {
            var docValues = reader.GetSortedSetDocValues(fields[f]);
            values[f] = docValues;
            segmentCounts[f] = docValues is null ? [] : new int[docValues.ValueCount];
            // One value in the segment, and every document has the field: every hit has that value.
            everyDocument[f] = docValues is { ValueCount: 1 } && reader.GetTerms(fields[f])?.DocCount == reader.MaxDoc;
        }
    }

    public void Collect(int doc)
    {
        segmentHits++;
        for (var f = 0; f < values.Length; f++)
        {
            if (everyDocument[f] || values[f] is not { } docValues)
            {
                continue;
            }
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                segmentCounts[f][ord]++;
            }
        }
    }

    /// <summary>The counts, most frequent first; call after the search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Counts()
    {
        Flush();
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyList<FacetCount>)
            [.. c.Value.Select(v => new FacetCount(v.Key, v.Value)).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)]);
    }

    /// <summary>Turns the current segment's ordinals into values: call before the segment's reader is released.</summary>
    public void Flush()
    {
        var text = new BytesRef();
        for (var f = 0; f < values.Length; f++)
        {
            if (values[f] is not { } docValues)
            {
                continue;
            }
            if (everyDocument[f])
            {
                segmentCounts[f][0] = segmentHits;
            }
            var fieldCounts = counts[fields[f]];
            for (var ord = 0; ord < segmentCounts[f].Length; ord++)
            {
                if (segmentCounts[f][ord] > 0)
                {
                    docValues.LookupOrd(ord, text);
                    var value = text.Utf8ToString();
                    fieldCounts[value] = fieldCounts.GetValueOrDefault(value) + segmentCounts[f][ord];
                }
            }
            values[f] = null;
        }
        segmentHits = 0;
    }
}
