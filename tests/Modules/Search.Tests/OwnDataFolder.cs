namespace Verkostoportaali.Search.Tests;

/// <summary>For tests that start portals of their own: a fresh data folder, deleted afterwards.</summary>
public abstract class OwnDataFolder : IAsyncLifetime
{
    protected string DataPath { get; } = Path.Combine(Path.GetTempPath(), "vp-search-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
        return Task.CompletedTask;
    }
}
