using Verkostoportaali.Data;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>The steps of the module's tables: needs, their status history and the offers to providers.</summary>
internal static class ServiceNeedsMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        // Not a baseline: the module came after steps were recorded, so a database from before has none of its tables.
        MigrationStep.SchemaStep(1, "Baseline", b =>
        {
            b.CreateTable(
                name: "ServiceNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                    StatusTokenHash = table.Column<string>(maxLength: 64, nullable: false),
                    ServiceField = table.Column<string>(maxLength: 100, nullable: false),
                    Place = table.Column<string>(maxLength: 200, nullable: false),
                    Municipality = table.Column<string>(maxLength: 100, nullable: true),
                    NeededBy = table.Column<DateOnly>(nullable: true),
                    Urgency = table.Column<string>(maxLength: 20, nullable: false),
                    Recurring = table.Column<bool>(nullable: false),
                    OnBehalf = table.Column<bool>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    Language = table.Column<string>(maxLength: 2, nullable: false),
                    SiteAddress = table.Column<string>(maxLength: 500, nullable: false),
                    Status = table.Column<string>(maxLength: 20, nullable: false),
                    ClosedUtc = table.Column<DateTime>(nullable: true),
                    AssignedProvider = table.Column<string>(maxLength: 100, nullable: true),
                    FeedbackRating = table.Column<int>(nullable: true),
                    IsExample = table.Column<bool>(nullable: false),
                    Description = table.Column<string>(maxLength: 2000, nullable: true),
                    Address = table.Column<string>(maxLength: 300, nullable: true),
                    PersonName = table.Column<string>(maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(maxLength: 200, nullable: true),
                    Email = table.Column<string>(maxLength: 254, nullable: true),
                    Phone = table.Column<string>(maxLength: 50, nullable: true),
                    PreferredContact = table.Column<string>(maxLength: 20, nullable: false),
                    ShareContact = table.Column<bool>(nullable: false),
                    ShareAddress = table.Column<bool>(nullable: false),
                    Feedback = table.Column<string>(maxLength: 1000, nullable: true),
                    PersonalDataDeletedUtc = table.Column<DateTime>(nullable: true),
                },
                constraints: table => table.PrimaryKey("PK_ServiceNeeds", x => x.Id));
            b.CreateIndex(name: "IX_ServiceNeeds_StatusTokenHash", table: "ServiceNeeds", column: "StatusTokenHash", unique: true);
            b.CreateIndex(name: "IX_ServiceNeeds_CreatedUtc", table: "ServiceNeeds", column: "CreatedUtc");
            b.CreateIndex(name: "IX_ServiceNeeds_Email", table: "ServiceNeeds", column: "Email");

            b.CreateTable(
                name: "ServiceNeedEvents",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                    NeedId = table.Column<int>(nullable: false),
                    Status = table.Column<string>(maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    By = table.Column<string>(maxLength: 256, nullable: false),
                    Note = table.Column<string>(maxLength: 1000, nullable: true),
                },
                constraints: table => table.PrimaryKey("PK_ServiceNeedEvents", x => x.Id));
            b.CreateIndex(name: "IX_ServiceNeedEvents_NeedId", table: "ServiceNeedEvents", column: "NeedId");

            b.CreateTable(
                name: "ServiceNeedOffers",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                    NeedId = table.Column<int>(nullable: false),
                    ProviderContentItemId = table.Column<string>(maxLength: 100, nullable: false),
                    ProviderName = table.Column<string>(maxLength: 300, nullable: false),
                    Email = table.Column<string>(maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                    SentUtc = table.Column<DateTime>(nullable: false),
                    Answer = table.Column<string>(maxLength: 20, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(nullable: true),
                    Question = table.Column<string>(maxLength: 1000, nullable: true),
                },
                constraints: table => table.PrimaryKey("PK_ServiceNeedOffers", x => x.Id));
            b.CreateIndex(name: "IX_ServiceNeedOffers_TokenHash", table: "ServiceNeedOffers", column: "TokenHash", unique: true);
            b.CreateIndex(name: "IX_ServiceNeedOffers_NeedId", table: "ServiceNeedOffers", column: "NeedId");
        }),
        MigrationStep.SchemaStep(2, "Offer language", b =>
            b.AddColumn<string>(name: "Language", table: "ServiceNeedOffers", maxLength: 5, nullable: false, defaultValue: "fi")),
    ];
}
