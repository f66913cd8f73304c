using Verkostoportaali.Data;

namespace Verkostoportaali.AuditTrail;

/// <summary>The steps of the module's tables: the audit trail.</summary>
internal static class AuditTrailMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tenant = table.Column<string>(maxLength: 100, nullable: false),
                    UtcTime = table.Column<DateTime>(nullable: false),
                    UserName = table.Column<string>(maxLength: 256, nullable: false),
                    Action = table.Column<string>(maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(maxLength: 128, nullable: false),
                    SubjectId = table.Column<string>(maxLength: 256, nullable: false),
                    Description = table.Column<string>(maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_AuditEntries_UserName_UtcTime",
                table: "AuditEntries",
                columns: ["UserName", "UtcTime"]);
            b.CreateIndex(
                name: "IX_AuditEntries_UtcTime",
                table: "AuditEntries",
                column: "UtcTime");
        }),
    ];
}
