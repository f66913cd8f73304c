using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Messaging;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Mail.Sending;

namespace Verkostoportaali.Mail;

/// <summary>Mail that is really sent: a durable outbox in each tenant's database and a sender over SMTP (or to .eml files).</summary>
public sealed class MailModule() : Module(id: Feature, name: "Mail")
{
    public const string Feature = "Mail";

    public override IEnumerable<Type> Provides() => [typeof(IMailOutbox)];

    public override IEnumerable<MigrationStep> Migrations() => MailMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .Validate(o => o.FirstRetry > TimeSpan.Zero && o.LongestRetry >= o.FirstRetry, "Portal:Mail:FirstRetry must be above zero and at most LongestRetry.")
            .Validate(o => o.Sweep > TimeSpan.Zero, "Portal:Mail:Sweep must be longer than zero.")
            .ValidateOnStart();
        services
            .AddTenantModel<QueuedMailTable>()
            .AddScoped<IMailOutbox, TenantMailOutbox>()
            .AddSingleton<MailSignal>()
            .AddSingleton<MailDelivery>()
            .AddScoped<OutboxDelivery>()
            .AddHostedService<MailSender>();
    }
}
