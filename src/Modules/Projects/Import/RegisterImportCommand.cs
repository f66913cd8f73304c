using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary><c>dotnet run --project src/Web -- import register --tenant X [--publish] [--overwrite] FILE...</c></summary>
public static class RegisterImportCommand
{
    public static Command Create(IServiceProvider services) => ImportCommand.Create(services, new ImportKind<RegisterCard>(
        Name: "register",
        Description: "Import project cards copied from the national rural project register",
        Feature: ProjectsModule.Feature,
        CanOverwrite: true,
        Read: RegisterCardReader.ReadAll,
        NothingFound: NothingFound,
        ImportAsync: (scope, card, options, cancellationToken) =>
            scope.GetRequiredService<RegisterImporter>().ImportAsync(card, options, cancellationToken)));

    public const string NothingFound = "No register card was found: the text has neither a card's header nor its labels.";
}
