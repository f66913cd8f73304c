namespace Verkostoportaali.Localization;

/// <summary>PO entries that win over the modules' in the current request: the host's own source, such as a tenant's PO files.</summary>
public interface IRequestTranslations
{
    /// <summary>The current request's catalogue; null outside a request, or when the request has none of its own.</summary>
    PoCatalogue? Current { get; }
}
