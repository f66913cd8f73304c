using System.Collections.Concurrent;
using System.Security.Cryptography;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users;

/// <summary>
/// Generated passwords of first accounts, kept in <c>{DataPath}/first-passwords.txt</c>, readable by the portal's
/// user only. Only the file's path is printed: a console's output ends up in log files, and a password with it.
/// One user name gets one password in a setup, so that the demo admin logs in to every demo site alike.
/// </summary>
internal sealed class FirstPasswords(TenantDataPaths paths)
{
    public const string FileName = "first-passwords.txt";

    private readonly ConcurrentDictionary<string, string> generated = new(StringComparer.OrdinalIgnoreCase);
    private int printed;

    public string FilePath => Path.Combine(paths.Root, FileName);

    /// <summary>The password generated for this user name in this process, made on first asking.</summary>
    public string For(string userName) => generated.GetOrAdd(userName, _ => Generate());

    public async Task AddAsync(string tenant, string userName, string password, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var writer = new StreamWriter(FilePath, options))
        {
            await writer.WriteLineAsync($"{tenant}\t{userName}\t{password}".AsMemory(), cancellationToken);
        }
        if (Interlocked.Exchange(ref printed, 1) == 0)
        {
            Console.WriteLine($"""

                The generated passwords of the first accounts are in {FilePath} (site, user and password on each line;
                readable by you only). Delete the file once you have changed them at /admin/tili.

                """);
        }
    }

    // 20 characters from four classes: far beyond Identity's rules, and no look-alike characters.
    private static string Generate()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!#%+-=?@";
        var chars = RandomNumberGenerator.GetItems<char>(lower + upper + digits + symbols, 16).ToList();
        chars.AddRange([lower[RandomNumberGenerator.GetInt32(lower.Length)], upper[RandomNumberGenerator.GetInt32(upper.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], symbols[RandomNumberGenerator.GetInt32(symbols.Length)]]);
        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chars));
        return new string([.. chars]);
    }
}
