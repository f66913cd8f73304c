using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Taxonomies;

/// <summary>How a term is recognised by its name where its id was expected: in Finnish, Swedish or English, case and outer spaces aside.</summary>
public static class TermNames
{
    public static bool Matches(LocalizedText name, string text) =>
        new[] { name.Fi, name.Sv, name.En }.Any(n => string.Equals(n?.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
