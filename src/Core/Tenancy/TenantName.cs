using System.Text.RegularExpressions;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>Rules for tenant names, which are also folder names and default URL prefixes.</summary>
public static partial class TenantName
{
    /// <summary>The portal's own tenant, served at the site root.</summary>
    public const string Default = "Default";

    // One DNS label, so that a name can also become a host name.
    private const int MaxLength = 63;

    // First path segments the portal itself answers (and the public list pages in fi/sv/en);
    // neither a tenant prefix nor an item slug may shadow them.
    private static readonly HashSet<string> Reserved =
        ["api", "admin", "search", "health", "login", "logout", "account", "sv", "en", "fi",
         "css", "js", "lib", "media", "static", "error", "not-found", "sites", "default", "_content",
         "haku", "sok", "hankkeet", "projekt", "projects", "verkostot", "natverk", "networks",
         "toimijat", "aktorer", "providers", "tapahtumat", "evenemang", "events", "artikkelit", "artiklar", "articles",
         "events.ics"];

    /// <summary>Returns why <paramref name="name"/> cannot name a tenant, or null when it can.</summary>
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
        if (!SlugPattern().IsMatch(name))
        {
            return $"'{name}' is not a valid tenant name: use lowercase letters a-z, digits and hyphens, starting and ending with a letter or digit.";
        }
        return Reserved.Contains(name) ? $"'{name}' is reserved for the portal's own addresses." : null;
    }

    /// <summary>Whether a first path segment belongs to the portal's own addresses.</summary>
    public static bool IsReserved(string segment) => Reserved.Contains(segment);

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
