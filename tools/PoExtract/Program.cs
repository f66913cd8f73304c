using System.CommandLine;
using Verkostoportaali.PoExtract;

// dotnet run --project tools/PoExtract -- [--check] [--root <repository>]
var check = new Option<bool>("--check") { Description = "Only report what is missing or unused; change no file; exit 1 on any problem" };
var rootOption = new Option<DirectoryInfo?>("--root") { Description = "The repository (default: the one holding the current folder)" };
var command = new RootCommand("Refreshes each module's Localization/{fi,sv,en}.po from the msgids its code uses.") { check, rootOption };
command.SetAction(result =>
{
    var root = result.GetValue(rootOption)?.FullName ?? Repository.Find(Environment.CurrentDirectory);
    return result.GetValue(check) ? Extraction.Check(root, Console.Out) : Extraction.Refresh(root, Console.Out);
});
return await command.Parse(args).InvokeAsync();
