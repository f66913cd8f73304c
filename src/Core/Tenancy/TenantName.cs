using System.Text.RegularExpressions;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// How tenant names are written; they are also folder names and default URL prefixes. Which names the portal's own
/// addresses take is for <see cref="ReservedSegments"/> to say.
/// </summary>
public static partial class TenantName
{
    /// <summary>The portal's own tenant, served at the site root.</summary>
    public const string Default = "Default";

    // One DNS label, so that a name can also become a host name.
    private const int MaxLength = 63;

    /// <summary>Returns why <paramref name="name"/> is not written as a tenant name, or null when it is.</summary>
    public static string? Problem(string? name)
    {
        if (name == Default)
        {
            return null;
        }
        if (string.IsNullOrEmpty(name))
        {
            return "A tenant name is required.";
        }
        if (name.Length > MaxLength)
        {
            return $"A tenant name has at most {MaxLength} characters.";
        }
        return SlugPattern().IsMatch(name) ? null
            : $"'{name}' is not a valid tenant name: use lowercase letters a-z, digits and hyphens, starting and ending with a letter or digit.";
    }

    public static void EnsureValid(string? name)
    {
        if (Problem(name) is { } problem)
        {
            throw new TenantException(problem);
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}

/// <summary>A tenant operation was refused; the message says why, for the person who asked.</summary>
public sealed class TenantException(string message) : Exception(message);
