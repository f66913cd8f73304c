using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Networks.Import;

/// <summary><c>dotnet run --project src/Web -- import networks --tenant X [--publish] FILE...</c></summary>
public static class NetworkImportCommand
{
    public static Command Create(IServiceProvider services) => ImportCommand.Create(services, new ImportKind<ListedNetwork>(
        Name: "networks",
        Description: "Import free-network listings (Verkoston nimi: …, Yhteyshenkilö: … or Nätverkets namn: …) from the old websites",
        Feature: NetworksModule.Feature,
        CanOverwrite: false,
        Read: NetworkListingReader.ReadAll,
        NothingFound: "No network was found: the text has no \"Verkoston nimi:\" or \"Nätverkets namn:\" line.",
        ImportAsync: (scope, network, options, cancellationToken) =>
            scope.GetRequiredService<NetworkImporter>().ImportAsync(network, options, cancellationToken)));
}
