using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Contents.Import;

/// <summary>What a module imports with <c>import &lt;Name&gt;</c>: how it reads a text into items and imports one item in a tenant scope.</summary>
public sealed record ImportKind<TItem>(
    string Name,
    string Description,
    string Feature,
    bool CanOverwrite,
    Func<string, IReadOnlyList<TItem>> Read,
    string NothingFound,
    Func<IServiceProvider, TItem, ImportOptions, CancellationToken, Task<ImportOutcome>> ImportAsync);

/// <summary>
/// <c>dotnet run --project src/Web -- import &lt;kind&gt; --tenant X [--publish] [--overwrite] FILE...</c>: reads each file,
/// imports its items one by one, each in a tenant scope of its own, with a progress bar and a summary. A file that
/// cannot be read writes nothing; any failure makes the exit code 1.
/// </summary>
public static class ImportCommand
{
    /// <summary>Modules contribute their kinds under this one verb; the kernel merges the commands of the same name.</summary>
    public const string Verb = "import";
    public const string CommandUser = "import";

    public static Command Create<TItem>(IServiceProvider services, ImportKind<TItem> kind)
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant to import into", Required = true };
        var publish = new Option<bool>("--publish") { Description = "Publish what is created or updated (default: drafts)" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Overwrite fields that editors changed by hand since the last import" };
        var files = new Argument<FileInfo[]>("FILE") { Description = "UTF-8 or Latin-1 text files", Arity = ArgumentArity.OneOrMore };
        var command = new Command(kind.Name, kind.Description) { tenant, publish, files };
        if (kind.CanOverwrite)
        {
            command.Options.Add(overwrite);
        }
        command.SetAction((result, cancellationToken) => RunAsync(services, kind,
            new Run(result.GetValue(tenant)!, result.GetValue(files)!, new ImportOptions(result.GetValue(publish), result.GetValue(overwrite), CommandUser)),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));
        return new Command(Verb, "Import content from text files") { command };
    }

    private sealed record Run(string Tenant, FileInfo[] Files, ImportOptions Options);

    private static async Task<int> RunAsync<TItem>(IServiceProvider services, ImportKind<TItem> kind, Run run,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var tenant = services.GetRequiredService<TenantRegistry>().Find(run.Tenant);
        if (tenant is not { State: TenantState.Running } || !tenant.HasFeature(kind.Feature))
        {
            await error.WriteLineAsync($"There is no running tenant '{run.Tenant}' with the {kind.Feature} feature.");
            return 1;
        }
        var summary = new ImportSummary();
        var readable = new List<(string File, IReadOnlyList<TItem> Items)>();
        foreach (var file in run.Files)
        {
            var (items, problem) = await ReadAsync(file, kind, cancellationToken);
            if (items is null)
            {
                await error.WriteLineAsync($"{file.Name}: {problem!.Format()}");
                summary.AddFailedFile();
                continue;
            }
            if (problem is not null)
            {
                await output.WriteLineAsync($"{file.Name}: warning: {problem.Format()}");
                summary.AddWarning();
            }
            readable.Add((file.Name, items));
        }
        var reports = await ImportAllAsync(services, tenant, kind, readable, run.Options, summary, output, cancellationToken);
        foreach (var line in reports)
        {
            await output.WriteLineAsync(line);
        }
        await output.WriteLineAsync($"{tenant.Name}: {summary}.");
        return summary.Failed > 0 ? 1 : 0;
    }

    /// <summary>The file's items, or null with the reason it cannot be imported; a decoding warning comes with the items.</summary>
    private static async Task<(IReadOnlyList<TItem>? Items, ImportMessage? Problem)> ReadAsync<TItem>(FileInfo file, ImportKind<TItem> kind,
        CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            // dotnet run starts the host in src/Web, so a relative path is read from there: the full path says so.
            return (null, new ImportMessage(null, "There is no such file: {0}", file.FullName));
        }
        var text = ImportText.Decode(await File.ReadAllBytesAsync(file.FullName, cancellationToken));
        if (text.Text is null)
        {
            return (null, text.Error);
        }
        var items = kind.Read(text.Text);
        return items.Count == 0 ? (null, new ImportMessage(null, kind.NothingFound)) : (items, text.Warning);
    }

    private static async Task<List<string>> ImportAllAsync<TItem>(IServiceProvider services, Tenant tenant, ImportKind<TItem> kind,
        List<(string File, IReadOnlyList<TItem> Items)> files, ImportOptions options, ImportSummary summary, TextWriter output,
        CancellationToken cancellationToken)
    {
        var scopes = services.GetRequiredService<TenantScopes>();
        var (done, total, reports) = (0, files.Sum(f => f.Items.Count), new List<string>());
        foreach (var (file, items) in files)
        {
            foreach (var item in items)
            {
                await using var scope = scopes.Create(tenant);
                var outcome = await kind.ImportAsync(scope.ServiceProvider, item, options, cancellationToken);
                summary.Add(outcome);
                reports.AddRange(Report(file, outcome, options.Overwrite));
                await DrawAsync(output, ++done, total);
            }
        }
        await output.WriteLineAsync();
        return reports;
    }

    private static IEnumerable<string> Report(string file, ImportOutcome outcome, bool overwrite)
    {
        var subject = $"{file}: {outcome.Subject}";
        if (outcome.Error is { } failure)
        {
            yield return $"{subject}: FAILED: {failure.Format()}";
        }
        if (outcome.NotPublished is { } notPublished)
        {
            yield return $"{subject}: {notPublished.Format()}";
        }
        foreach (var conflict in outcome.Conflicts)
        {
            var done = overwrite ? "overwrote" : "kept";
            yield return $"{subject}: conflict in {conflict.Field}: {done} the editor's \"{conflict.Before}\", the file says \"{conflict.After}\"";
        }
        foreach (var warning in outcome.Warnings)
        {
            yield return $"{subject}: warning: {warning.Format()}";
        }
    }

    private static Task DrawAsync(TextWriter output, int done, int total)
    {
        const int Width = 30;
        var filled = total == 0 ? Width : Width * done / total;
        return output.WriteAsync($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}   ");
    }
}
