using System.CommandLine;
using Verkostoportaali.Tenants.Commands;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Commands;

/// <summary>Runs a <c>tenants</c> command in the test host's services, as <c>dotnet run -- tenants …</c> would.</summary>
public static class CommandLine
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(PortalHost host, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var root = new RootCommand { TenantsCommand.Create(host.Services) };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
