using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Verkostoportaali.Data;

/// <summary>
/// The steps mark generated keys for SQLite only (<c>Sqlite:Autoincrement</c>), and released steps are never edited;
/// on PostgreSQL each such column becomes an identity column, which is what Npgsql's own migrations would make.
/// </summary>
internal static class PostgresIdentity
{
    private const string SqliteAutoincrement = "Sqlite:Autoincrement";
    private const string NpgsqlValueGeneration = "Npgsql:ValueGenerationStrategy";

    public static void Add(IEnumerable<MigrationOperation> operations)
    {
        var columns = operations.SelectMany(o => o switch
        {
            CreateTableOperation table => table.Columns.Cast<ColumnOperation>(),
            ColumnOperation column => [column],
            _ => [],
        });
        foreach (var column in columns.Where(c => c[SqliteAutoincrement] is true))
        {
            column[NpgsqlValueGeneration] = NpgsqlValueGenerationStrategy.IdentityByDefaultColumn;
        }
    }
}
