using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Verkostoportaali.Search.Analysis;

/// <summary>
/// Puts each Finnish word's base forms at the word's own position, so that "kylä" matches "kylien". When indexing,
/// the lower-cased word itself and its compound parts are put there too, so that "palvelu" matches "luontopalveluihin".
/// A word voikko does not know is kept, and if it has hyphens its parts are analysed too ("Leader-ryhmän").
/// </summary>
internal sealed class VoikkoFilter : TokenFilter
{
    private readonly VoikkoAnalyses voikko;
    private readonly bool withParts;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly Queue<string> pending = new();

    public VoikkoFilter(TokenStream input, VoikkoAnalyses voikko, bool withParts) : base(input)
    {
        this.voikko = voikko;
        this.withParts = withParts;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            // The other attributes (offsets, type) still hold the word's values: this filter ends its chain and nothing
            // changes them between its tokens, so no state is captured and restored (cloning it cost a fifth of indexing).
            term.SetEmpty().Append(pending.Dequeue());
            increment.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var word = term.ToString();
        // Most words are lower-case already; lower-casing through ICU was a tenth of indexing time.
        var lower = word.Any(char.IsUpper) ? word.ToLowerInvariant() : word;
        // An index keeps the word itself beside its forms. A query needs only the forms when voikko knows the word:
        // every document with the word holds them too, and one term is much cheaper to search than several.
        var first = withParts ? lower : null;
        foreach (var form in FormsOf(word))
        {
            if (form.Length == 0 || form == first || pending.Contains(form))
            {
                continue;
            }
            if (first is null)
            {
                first = form;
            }
            else
            {
                pending.Enqueue(form);
            }
        }
        term.SetEmpty().Append(first ?? lower);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
    }

    private IEnumerable<string> FormsOf(string word)
    {
        var analysis = voikko.Analyze(word);
        var forms = withParts ? analysis.BaseForms.Concat(analysis.Parts) : analysis.BaseForms;
        var hyphenParts = word.Split(['-', '‐'], StringSplitOptions.RemoveEmptyEntries);
        if (hyphenParts.Length < 2 || (!withParts && analysis.IsKnown))
        {
            // A query for a hyphenated word voikko knows ("ely-keskus") wants that word, not any of its parts.
            return forms;
        }
        // Parts of a hyphenated word are searched alone: "ryhmä" finds "Leader-ryhmän", "leader" finds it too.
        return forms.Concat(hyphenParts.SelectMany(part =>
        {
            var partAnalysis = voikko.Analyze(part);
            return partAnalysis.BaseForms.Append(part.ToLowerInvariant());
        }));
    }
}
