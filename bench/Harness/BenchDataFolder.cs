using Microsoft.Data.Sqlite;

namespace Verkostoportaali.Bench.Harness;

/// <summary>A bench's data folder: a new one under /tmp, deleted when disposed, or one the user named, kept for the next run.</summary>
public sealed class BenchDataFolder : IDisposable
{
    private readonly bool temporary;

    private BenchDataFolder(string path, bool temporary) => (Path, this.temporary) = (path, temporary);

    public string Path { get; }

    public static BenchDataFolder Temporary(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName, temporary: true);

    /// <summary>A folder made for the run inside <paramref name="parent"/>, removed after it.</summary>
    public static BenchDataFolder TemporaryIn(string parent, string name) =>
        new(Directory.CreateDirectory(System.IO.Path.Combine(parent, name)).FullName, temporary: true);

    public static BenchDataFolder Kept(string path) => new(Directory.CreateDirectory(path).FullName, temporary: false);

    public void Dispose()
    {
        // Pooled SQLite connections keep the databases open.
        SqliteConnection.ClearAllPools();
        if (temporary)
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
