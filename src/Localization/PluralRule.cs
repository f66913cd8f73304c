namespace Verkostoportaali.Localization;

/// <summary>Which msgstr[n] a count picks, from a PO header's Plural-Forms.</summary>
public sealed record PluralRule(int Count, Func<int, int> FormFor)
{
    /// <summary>Finnish, Swedish and English: one form for 1, the other for every other count.</summary>
    public static readonly PluralRule NotOne = new(2, n => n == 1 ? 0 : 1);

    // Only the rule our three languages share is known; evaluating arbitrary C expressions is left out on purpose.
    public static PluralRule? Parse(string pluralForms) =>
        string.Concat(pluralForms.Where(c => !char.IsWhiteSpace(c))).TrimEnd(';')
            is "nplurals=2;plural=(n!=1)" or "nplurals=2;plural=n!=1" ? NotOne : null;

    public override string ToString() => "nplurals=2; plural=(n != 1);";
}
