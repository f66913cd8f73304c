using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Modules;

/// <summary>A module's manifest and startup: what it is, what it needs, and what it adds to the portal.</summary>
public abstract class Module(string id, string name, string[]? dependsOn = null, bool enabledByDefault = true)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public IReadOnlyList<string> DependsOn { get; } = dependsOn ?? [];
    /// <summary>Whether a new tenant has this feature without asking for it.</summary>
    public bool EnabledByDefault { get; } = enabledByDefault;

    /// <summary>Adds the module's services to the one application container.</summary>
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Maps the module's endpoints; a tenant without the feature gets 404 from them.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder routes)
    {
    }

    /// <summary>Contracts (interfaces of Core or of a project beside it) the module implements for other modules.</summary>
    public virtual IEnumerable<Type> Provides() => [];

    /// <summary>
    /// Contracts the module uses that another module implements: from a module it depends on, or an optional one
    /// the kernel stands in for with a null implementation (<see cref="ModuleCatalog.Optional"/>).
    /// </summary>
    public virtual IEnumerable<Type> Needs() => [];

    /// <summary>Numbered steps that make and change the module's tables in each tenant database, oldest first.</summary>
    public virtual IEnumerable<MigrationStep> Migrations() => [];

    /// <summary>Content types the module brings; saved into a tenant when the feature is enabled there.</summary>
    public virtual IEnumerable<ContentTypeDefinition> ContentTypes() => [];

    /// <summary>Links the module adds to the public site's main navigation, in tenants that enable it.</summary>
    public virtual IEnumerable<NavigationLink> PublicNavigation() => [];

    /// <summary>Links the module adds to the admin dashboard, in tenants that enable it.</summary>
    public virtual IEnumerable<NavigationLink> AdminNavigation() => [];

    /// <summary>Permissions the module's endpoints and pages require, shown in the role editor.</summary>
    public virtual IEnumerable<Permission> Permissions() => [];

    /// <summary>Which of the module's permissions each default role gets in a new tenant.</summary>
    public virtual IEnumerable<RoleDefaults> DefaultRoles() => [];

    /// <summary>Ops commands, run as <c>dotnet run --project src/Web -- &lt;command&gt;</c> instead of serving.</summary>
    public virtual IEnumerable<Command> Commands(WebApplication app) => [];
}

/// <summary>
/// A navigation link: <paramref name="Text"/> is a msgid, <paramref name="Path"/> is under the tenant; an admin link
/// with a <paramref name="Permission"/> is shown only to users who hold it.
/// </summary>
public sealed record NavigationLink(string Text, string Path, int Order, Permission? Permission = null)
{
    /// <summary>The module that added the link (the catalogue sets it), whose PO files translate <see cref="Text"/>.</summary>
    public Type DeclaredBy { get; init; } = typeof(Module);

    /// <summary>The text in the current UI language, from the declaring module's PO files, not those of the layout showing it.</summary>
    public LocalizedString TextIn(IStringLocalizerFactory localizers) => localizers.Create(DeclaredBy)[Text];
}

/// <summary>Endpoint metadata naming the module (feature) that an endpoint belongs to.</summary>
public sealed record ModuleFeature(string ModuleId);
