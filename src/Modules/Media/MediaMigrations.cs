using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Data;

namespace Verkostoportaali.Media;

/// <summary>The steps of the module's tables (the media library), and the image parts it adds to the content types.</summary>
internal static class MediaMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "MediaFiles",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(maxLength: 20, nullable: false),
                    FileName = table.Column<string>(maxLength: 255, nullable: false),
                    Kind = table.Column<string>(maxLength: 20, nullable: false),
                    Width = table.Column<int>(nullable: false),
                    Height = table.Column<int>(nullable: false),
                    Widths = table.Column<string>(maxLength: 100, nullable: false),
                    FallbackExtension = table.Column<string>(maxLength: 10, nullable: false),
                    StoredBytes = table.Column<long>(nullable: false),
                    AltFi = table.Column<string>(maxLength: 300, nullable: true),
                    AltSv = table.Column<string>(maxLength: 300, nullable: true),
                    AltEn = table.Column<string>(maxLength: 300, nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    CreatedBy = table.Column<string>(maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFiles", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_MediaFiles_Hash",
                table: "MediaFiles",
                column: "Hash",
                unique: true);
        }),
        // The types' own definitions name these parts for a new site; a site made before gets them here.
        MigrationStep.DataStep(2, "Cover images and logos", StoredTypeParts.Adding(
            ("Project", nameof(CoverImagePart)), ("Article", nameof(CoverImagePart)), ("Event", nameof(CoverImagePart)),
            ("Provider", nameof(LogoPart)), ("Network", nameof(LogoPart)))),
    ];
}
