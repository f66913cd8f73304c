using Microsoft.Data.Sqlite;

namespace Verkostoportaali.Testing;

/// <summary>Removes a test portal's data folder once its host has stopped.</summary>
public static class DataFolders
{
    public static void Delete(string path)
    {
        // Connections the portal returned to Microsoft.Data.Sqlite's pool outlive its host and keep its databases open:
        // closed first, they are done with the folder before it goes, not while another test's clearing of the pools
        // closes them in the middle of the delete.
        SqliteConnection.ClearAllPools();
        if (!Directory.Exists(path))
        {
            return;
        }
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException e)
        {
            // What was left names what still wrote to the folder after the host stopped.
            var left = Directory.Exists(path) ? Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories).Take(20).ToList() : [];
            throw new IOException($"{path} could not be deleted after its portal stopped ({e.Message}); left: {string.Join(", ", left)}", e);
        }
    }
}
