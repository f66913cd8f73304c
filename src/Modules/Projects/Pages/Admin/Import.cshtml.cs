using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Projects.Import;

namespace Verkostoportaali.Projects.Pages.Admin;

/// <summary>
/// <c>/admin/tuonti</c>: an editor pastes register cards or uploads .txt files, sees what each card would create or
/// change (fields, conflicts, warnings), and confirms. The confirmation posts the text read for the preview, and the
/// same <see cref="RegisterImporter"/> as the ops command imports it.
/// </summary>
[RequirePermission("ImportProjects")]
public sealed class ImportModel(RegisterImporter importer, IStringLocalizer<ImportModel> localizer) : PageModel
{
    public const int MaxFileBytes = 1_000_000;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public bool Publish { get; set; }

    [BindProperty]
    public bool Overwrite { get; set; }

    public List<string> FileProblems { get; } = [];
    public List<string> FileWarnings { get; } = [];
    public IReadOnlyList<(RegisterCard Card, ImportOutcome Outcome)> Cards { get; private set; } = [];

    /// <summary>Whether <see cref="Cards"/> tell what was done, not what would be.</summary>
    public bool Imported { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Text = await GatherAsync(cancellationToken);
        Cards = await RunAsync(importer.PreviewAsync, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        Cards = await RunAsync(importer.ImportAsync, cancellationToken);
        Imported = Cards.Count > 0;
        return Page();
    }

    public string Show(ImportMessage message) => message.Format(localizer);

    private async Task<IReadOnlyList<(RegisterCard, ImportOutcome)>> RunAsync(
        Func<RegisterCard, ImportOptions, CancellationToken, Task<ImportOutcome>> action, CancellationToken cancellationToken)
    {
        var cards = RegisterCardReader.ReadAll(Text ?? "");
        if (cards.Count == 0 && FileProblems.Count == 0)
        {
            ModelState.AddModelError(nameof(Text), string.IsNullOrWhiteSpace(Text)
                ? localizer["Paste the text of a card or choose a file."]
                : localizer[RegisterImportCommand.NothingFound]);
        }
        var options = new ImportOptions(Publish, Overwrite, User.Identity!.Name!, User);
        var outcomes = new List<(RegisterCard, ImportOutcome)>();
        foreach (var card in cards)
        {
            outcomes.Add((card, await action(card, options, cancellationToken)));
        }
        return outcomes;
    }

    // The pasted text and every readable file as one text; a file that cannot be read is named and left out.
    private async Task<string> GatherAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder(Text);
        foreach (var file in Files)
        {
            if (file.Length > MaxFileBytes)
            {
                FileProblems.Add(localizer["{0}: the file is larger than {1} MB.", file.FileName, MaxFileBytes / 1_000_000]);
                continue;
            }
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, cancellationToken);
            var read = ImportText.Decode(bytes.ToArray());
            if (read.Error is { } error)
            {
                FileProblems.Add($"{file.FileName}: {Show(error)}");
                continue;
            }
            if (read.Warning is { } warning)
            {
                FileWarnings.Add($"{file.FileName}: {Show(warning)}");
            }
            text.Append("\n\n").Append(read.Text);
        }
        return text.ToString().Trim();
    }
}
