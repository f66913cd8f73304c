using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Verkostoportaali.Search.Analysis;

/// <summary>
/// Splits text into words of letters and digits, keeping "EU:n" and, when asked, "Leader-ryhmän" whole. Hand-written
/// because Lucene's tokenizers drop or cut words over 255 characters, and search must keep every word.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    private readonly bool keepHyphens;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private string text = "";
    private int position;

    public WordTokenizer(TextReader input, bool keepHyphens) : base(input)
    {
        this.keepHyphens = keepHyphens;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }
        if (position >= text.Length)
        {
            return false;
        }
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || IsJoiner(position)))
        {
            position++;
        }
        term.SetEmpty().Append(text, start, position - start);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(position));
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(text.Length);
        offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        text = m_input.ReadToEnd();
        position = 0;
    }

    // A joiner binds two word characters: "EU:n", "Leader-ryhmä" (with hyphens kept), "Aktion's".
    private bool IsJoiner(int at) =>
        at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]) && at > 0 && char.IsLetterOrDigit(text[at - 1])
        && (text[at] is ':' or '\'' or '’' || (keepHyphens && text[at] is '-' or '‐'));
}
