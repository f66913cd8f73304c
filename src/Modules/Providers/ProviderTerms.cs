namespace Verkostoportaali.Providers;

/// <summary>The vocabularies a provider's TermsPart uses: its service fields and its service area.</summary>
public static class ProviderTerms
{
    public const string ServiceFields = "service-fields";
    public const string Regions = "regions";
    public const string Municipalities = "municipalities";
}
