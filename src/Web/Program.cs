using Verkostoportaali.Articles;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Contents;
using Verkostoportaali.Events;
using Verkostoportaali.Mail;
using Verkostoportaali.Maps;
using Verkostoportaali.Media;
using Verkostoportaali.Networks;
using Verkostoportaali.OpenData;
using Verkostoportaali.Projects;
using Verkostoportaali.Providers;
using Verkostoportaali.Search;
using Verkostoportaali.ServiceNeeds;
using Verkostoportaali.Statements;
using Verkostoportaali.Syndication;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Tenants;
using Verkostoportaali.Users;
using Verkostoportaali.Web;

// Settings are read at start only: watching appsettings.json watches the content root's whole tree, the data folder
// (App_Data) with it; at 10,000 sites that was 50,000 inotify watches and 1.2 s more to start.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.AddPortal()
    .AddModule<MailModule>()
    .AddModule<UsersModule>()
    .AddModule<ContentsModule>()
    .AddModule<MediaModule>()
    .AddModule<TaxonomiesModule>()
    .AddModule<ProjectsModule>()
    .AddModule<NetworksModule>()
    .AddModule<ProvidersModule>()
    .AddModule<ServiceNeedsModule>()
    .AddModule<EventsModule>()
    .AddModule<ArticlesModule>()
    .AddModule<SearchModule>()
    .AddModule<MapsModule>()
    .AddModule<OpenDataModule>()
    .AddModule<AuditTrailModule>()
    .AddModule<StatementsModule>()
    .AddModule<SyndicationModule>()
    .AddModule<TenantsModule>();

// The footer's statements are public pages that no navigation names; Syndication's sitemaps list them all the same.
SyndicationModule.AddSitemapPaths(builder.Services, StatementsModule.Feature, StatementsModule.AccessibilityPath, StatementsModule.PrivacyPath);

var app = builder.Build();
if (OpsCommands.IsCommand(args))
{
    return await app.RunCommandAsync(args);
}
await app.UsePortal().RunAsync();
return 0;

/// <summary>The host, named so that tests can start it in-process.</summary>
public partial class Program;
