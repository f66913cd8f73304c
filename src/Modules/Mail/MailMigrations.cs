using Verkostoportaali.Data;

namespace Verkostoportaali.Mail;

/// <summary>The steps of the module's tables: the outbox.</summary>
internal static class MailMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.SchemaStep(1, "Outbox", b =>
        {
            b.CreateTable(
                name: "MailOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(maxLength: 320, nullable: false),
                    Subject = table.Column<string>(maxLength: 500, nullable: false),
                    Text = table.Column<string>(nullable: false),
                    Html = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(nullable: false),
                    SentUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailOutbox", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_MailOutbox_SentUtc_NextAttemptUtc",
                table: "MailOutbox",
                columns: ["SentUtc", "NextAttemptUtc"]);
        }),
    ];
}
