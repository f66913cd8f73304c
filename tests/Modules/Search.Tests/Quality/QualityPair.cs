namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>
/// One query of the quality set: what a visitor types, in which culture, the item it must find in the top ten of
/// its tenant's search, and the morphology it exercises. <see cref="Tenant"/> is null for the Swedish test site.
/// </summary>
public sealed record QualityPair(string Query, string Culture, string? Tenant, string ContentItemId, string Reason)
{
    public override string ToString() => $"'{Query}' ({Culture}) → {Tenant ?? "sv-site"}/{ContentItemId}: {Reason}";
}
