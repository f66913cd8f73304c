using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Projects.Import;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Import;

/// <summary>Runs <c>import register</c> as the ops command runs it, in the test host, and reads what it left in the tenant.</summary>
internal sealed class ImportRun(PortalHost host, Tenant site)
{
    public Tenant Site => site;

    // In the test portal's data folder, which goes with the portal.
    private readonly string folder = Path.Combine(host.DataPath, "import-files", Guid.NewGuid().ToString("N"));

    public sealed record Result(int ExitCode, string Output, string Error);

    public async Task<Result> RegisterAsync(params string[] arguments)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var command = RegisterImportCommand.Create(host.Services);
        var exitCode = await command.Parse(["register", "--tenant", site.Name, .. arguments])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A file of these bytes, for input that is no fixture: other encodings, binary data, edited cards.</summary>
    public string File(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateDirectory(folder).FullName, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    public Task<List<ContentItem>> ProjectsAsync() =>
        host.InTenantAsync<ContentManager, List<ContentItem>>(site, content =>
            content.Query(ProjectsModule.ProjectType, VersionOptions.Latest).OrderBy(i => i.Id).ToListAsync());

    /// <summary>Every version of every project: an import that changes nothing adds none.</summary>
    public Task<int> VersionCountAsync() =>
        host.InTenantAsync<TenantDbContext, int>(site, db => db.ContentItems.CountAsync(i => i.ContentType == ProjectsModule.ProjectType));
}
