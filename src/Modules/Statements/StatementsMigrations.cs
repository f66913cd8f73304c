using Verkostoportaali.Data;

namespace Verkostoportaali.Statements;

/// <summary>The steps of the module's tables: accessibility feedback.</summary>
internal static class StatementsMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.SchemaStep(1, "Accessibility feedback", b =>
        {
            b.CreateTable(
                name: "AccessibilityFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(maxLength: 200, nullable: true),
                    Email = table.Column<string>(maxLength: 254, nullable: false),
                    Message = table.Column<string>(maxLength: 4000, nullable: false),
                    Language = table.Column<string>(maxLength: 2, nullable: false),
                    SiteAddress = table.Column<string>(maxLength: 500, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(nullable: false),
                    ReminderSentUtc = table.Column<DateTime>(nullable: true),
                    AnsweredUtc = table.Column<DateTime>(nullable: true),
                    AnsweredBy = table.Column<string>(maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessibilityFeedback", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_AccessibilityFeedback_ReceivedUtc",
                table: "AccessibilityFeedback",
                column: "ReceivedUtc");
            b.CreateIndex(
                name: "IX_AccessibilityFeedback_Email",
                table: "AccessibilityFeedback",
                column: "Email");
        }),
    ];
}
