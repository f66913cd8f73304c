using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>The kernel's own steps: content versions, types and settings in each tenant database; the registry in the host's.</summary>
public static class CoreMigrations
{
    public static ModuleMigrations Tenant { get; } = new("Core",
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "ContentItems",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(nullable: false),
                    VersionId = table.Column<string>(nullable: false),
                    ContentType = table.Column<string>(nullable: false),
                    Latest = table.Column<bool>(nullable: false),
                    Published = table.Column<bool>(nullable: false),
                    Culture = table.Column<string>(nullable: false),
                    LocalizationSet = table.Column<string>(nullable: true),
                    DisplayText = table.Column<string>(nullable: false),
                    Slug = table.Column<string>(nullable: true),
                    Owner = table.Column<string>(nullable: true),
                    Author = table.Column<string>(nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    ModifiedUtc = table.Column<DateTime>(nullable: false),
                    PublishedUtc = table.Column<DateTime>(nullable: true),
                    Data = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItems", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Latest",
                table: "ContentItems",
                columns: ["ContentItemId", "Latest"]);
            b.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Published",
                table: "ContentItems",
                columns: ["ContentItemId", "Published"]);
            b.CreateIndex(
                name: "IX_ContentItems_ContentType_Published_Culture",
                table: "ContentItems",
                columns: ["ContentType", "Published", "Culture"]);
            b.CreateIndex(
                name: "IX_ContentItems_LocalizationSet",
                table: "ContentItems",
                column: "LocalizationSet");
            b.CreateIndex(
                name: "IX_ContentItems_Slug_Culture_Published",
                table: "ContentItems",
                columns: ["Slug", "Culture", "Published"]);
            b.CreateIndex(
                name: "IX_ContentItems_VersionId",
                table: "ContentItems",
                column: "VersionId",
                unique: true);
            b.CreateTable(
                name: "ContentTypes",
                columns: table => new
                {
                    Name = table.Column<string>(nullable: false),
                    Definition = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentTypes", x => x.Name);
                });
            b.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Name = table.Column<string>(nullable: false),
                    Json = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Name);
                });
        }),
        MigrationStep.SchemaStep(2, "Revision of a version", b =>
            b.AddColumn<int>(name: "Revision", table: "ContentItems", nullable: false, defaultValue: 0)),
        MigrationStep.DataStep(3, "One latest and published version", VersionRepair.RepairAsync),
        MigrationStep.SchemaStep(4, "Unique current versions and slugs", b =>
        {
            b.DropIndex(name: "IX_ContentItems_ContentItemId_Latest", table: "ContentItems");
            b.DropIndex(name: "IX_ContentItems_ContentItemId_Published", table: "ContentItems");
            b.DropIndex(name: "IX_ContentItems_Slug_Culture_Published", table: "ContentItems");
            b.CreateIndex(name: "IX_ContentItems_ContentItemId", table: "ContentItems", column: "ContentItemId");
            b.CreateIndex(name: "IX_ContentItems_Latest", table: "ContentItems", column: "ContentItemId", unique: true, filter: VersionFilters.Latest);
            b.CreateIndex(name: "IX_ContentItems_Published", table: "ContentItems", column: "ContentItemId", unique: true, filter: VersionFilters.Published);
            b.CreateIndex(name: "IX_ContentItems_PublishedSlug", table: "ContentItems", columns: ["Slug", "Culture"], unique: true,
                filter: VersionFilters.Published);
        }),
    ]);

    public static ModuleMigrations Host { get; } = new("Host",
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Name = table.Column<string>(nullable: false),
                    DisplayName = table.Column<string>(nullable: false),
                    State = table.Column<string>(nullable: false),
                    UrlPrefix = table.Column<string>(nullable: true),
                    HostNames = table.Column<string>(nullable: false),
                    Recipe = table.Column<string>(nullable: true),
                    Region = table.Column<string>(nullable: true),
                    ListedInPortalSearch = table.Column<bool>(nullable: false),
                    Features = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Name);
                });
        }),
        MigrationStep.DataStep(2, "Tenant region by term id", TenantRegions.ToIdsAsync),
    ]);

    /// <summary>Brings the host database up to date; at start-up and before an ops command reads the registry.</summary>
    internal static async Task UpgradeHostAsync(HostConnections connections, IDbContextFactory<HostDbContext> hostDb, ILogger logger,
        CancellationToken cancellationToken)
    {
        await using (var connection = connections.Create())
        {
            await connection.OpenAsync(cancellationToken);
            if (await MigrationRunner.AllAppliedAsync(connection, [Host], cancellationToken))
            {
                return;
            }
        }
        await using var db = await hostDb.CreateDbContextAsync(cancellationToken);
        var ran = await MigrationRunner.RunAsync(db, [Host], logger, cancellationToken);
        if (ran.Count > 0)
        {
            logger.LogInformation("Host database: ran migration steps {Steps}.", string.Join(", ", ran));
        }
    }
}
