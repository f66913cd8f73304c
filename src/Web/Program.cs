using Verkostoportaali.Contents;
using Verkostoportaali.Core;
using Verkostoportaali.Tenants;
using Verkostoportaali.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal()
    .AddModule<ContentsModule>()
    .AddModule<UsersModule>()
    .AddModule<TenantsModule>();

var app = builder.Build();
app.UsePortal();
app.Run();

/// <summary>The host, named so that tests can start it in-process.</summary>
public partial class Program;
