using System.Security.Cryptography;
using System.Text;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>
/// The unguessable tokens of the status and offer links: 32 random bytes, base64url. Only their SHA-256 is stored, so
/// a copy of the database opens no link; a token from one site finds nothing in another's database.
/// </summary>
public static class AccessToken
{
    public const int MaxLength = 64;

    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The hash to look the token up by; null for text that cannot be a token, answered 404 before a database query.</summary>
    public static string? HashOf(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? Hash(token) : null;
}
