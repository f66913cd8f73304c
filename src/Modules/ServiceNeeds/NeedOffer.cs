namespace Verkostoportaali.ServiceNeeds;

/// <summary>
/// A need forwarded to one provider's contact address, answered through a token link without an account. The token is
/// for this offer only, and stops working once the offer is answered, superseded or the need is closed.
/// </summary>
public sealed class NeedOffer
{
    public int Id { get; init; }
    public int NeedId { get; init; }
    public required string ProviderContentItemId { get; init; }
    public required string ProviderName { get; init; }
    public required string Email { get; init; }
    public required string TokenHash { get; init; }
    /// <summary>The provider page's language, the language of the mails and the link to this offer.</summary>
    public string Language { get; init; } = "fi";
    public DateTime SentUtc { get; init; }
    public OfferAnswer Answer { get; set; } = OfferAnswer.Pending;
    public DateTime? AnsweredUtc { get; set; }
    /// <summary>The provider's question when it asks for more information.</summary>
    public string? Question { get; set; }

    public bool IsOpen => Answer is OfferAnswer.Pending or OfferAnswer.AskedForInformation;
}

public enum OfferAnswer { Pending, Accepted, Declined, AskedForInformation, Superseded, Expired }
