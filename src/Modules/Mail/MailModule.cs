using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Mail.Files;
using Verkostoportaali.Mail.Sending;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Mail;

/// <summary>Mail that is really sent: a durable outbox in each tenant's database and a sender over SMTP (or to .eml files).</summary>
public sealed class MailModule() : Module(id: Feature, name: "Mail")
{
    public const string Feature = "Mail";

    public const string OutboxPath = "/admin/posti";

    // Administrators get it as they get every permission of their site's modules.
    public static readonly Permission ManageMail = new("ManageMail", "Set the site's mail sender and see its outgoing mail");

    public override IEnumerable<Type> Provides() => [typeof(IMailOutbox)];

    public override IEnumerable<MigrationStep> Migrations() => MailMigrations.Steps;

    public override IEnumerable<Permission> Permissions() => [ManageMail];

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Mail", OutboxPath, 80, ManageMail)];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .Validate(o => o.FirstRetry > TimeSpan.Zero && o.LongestRetry >= o.FirstRetry, "Portal:Mail:FirstRetry must be above zero and at most LongestRetry.")
            .Validate(o => o.Sweep > TimeSpan.Zero, "Portal:Mail:Sweep must be longer than zero.")
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Portal:Mail:From must be an e-mail address.")
            .ValidateOnStart();
        services
            .AddSiteSettings<MailSettings>()
            .AddTenantModel<QueuedMailTable>()
            .AddScoped<IMailOutbox, TenantMailOutbox>()
            .AddScoped<SiteSender>()
            .AddSingleton<MailSignal>()
            .AddSingleton<MailDelivery>()
            .AddSingleton<EmlFiles>()
            .AddScoped<OutboxDelivery>()
            .AddScoped<IAdminAttention, FailedMailAttention>()
            .AddHostedService<MailSender>();
    }
}
