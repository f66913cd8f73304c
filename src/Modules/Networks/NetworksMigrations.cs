using Verkostoportaali.Data;

namespace Verkostoportaali.Networks;

/// <summary>The steps of the module's tables: join requests.</summary>
internal static class NetworksMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "NetworkJoinRequests",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetworkContentItemId = table.Column<string>(maxLength: 100, nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Email = table.Column<string>(maxLength: 254, nullable: false),
                    Phone = table.Column<string>(maxLength: 50, nullable: true),
                    Message = table.Column<string>(maxLength: 2000, nullable: true),
                    ConsentGiven = table.Column<bool>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    HandledUtc = table.Column<DateTime>(nullable: true),
                    HandledBy = table.Column<string>(maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkJoinRequests", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_NetworkJoinRequests_CreatedUtc",
                table: "NetworkJoinRequests",
                column: "CreatedUtc");
            b.CreateIndex(
                name: "IX_NetworkJoinRequests_NetworkContentItemId_CreatedUtc",
                table: "NetworkJoinRequests",
                columns: ["NetworkContentItemId", "CreatedUtc"]);
        }),
    ];
}
