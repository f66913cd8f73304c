using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users;

/// <summary>
/// Generated passwords of first accounts, kept in <c>{DataPath}/first-passwords.txt</c>, readable by the portal's
/// user only. Only the file's path is printed: a console's output ends up in log files, and a password with it.
/// </summary>
internal sealed class FirstPasswords(TenantDataPaths paths)
{
    public const string FileName = "first-passwords.txt";

    public string FilePath => Path.Combine(paths.Root, FileName);

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
        Console.WriteLine($"""

            The password of {userName} on {tenant} is in {FilePath} (site, user and password on one line;
            readable by you only). Delete the file once you have changed the password at /admin/tili.

            """);
    }
}
