using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Media.Uploads;

namespace Verkostoportaali.Media.Pages.Media;

/// <summary>The site's media library: its files, newest first, and the form that uploads one.</summary>
[RequirePermission("ManageMedia")]
// The site's own limit (MediaSettings) is checked after reading; this stops a request far beyond any site's limit early.
[RequestSizeLimit(MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(MediaLibrary library, MediaUpload upload) : PageModel
{
    private const long MaxRequestBytes = 100L * 1024 * 1024;
    public const string UploadedQuery = "ladattu";

    [BindProperty]
    public UploadForm Input { get; set; } = new();

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public MediaFile? Uploaded { get; private set; }

    /// <summary>The name of the file just deleted, for the notice.</summary>
    public string? Deleted { get; private set; }

    public async Task OnGetAsync(int? ladattu, string? poistettu, CancellationToken cancellationToken)
    {
        Files = await library.FilesAsync(cancellationToken: cancellationToken);
        Uploaded = Files.FirstOrDefault(f => f.Id == ladattu);
        Deleted = poistettu is { Length: > 0 and <= 255 } ? poistettu : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.File is { } file)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var result = await upload.UploadAsync(
                new MediaUploadInput(file.FileName, content.ToArray(), Input.AltFi, Input.AltSv, Input.AltEn), User.Identity?.Name, cancellationToken);
            if (result.File is { } stored)
            {
                return Redirect($"{Request.PathBase}{Request.Path}?{UploadedQuery}={stored.Id}");
            }
            ModelState.AddModelError("Input.File", result.Error!);
        }
        Files = await library.FilesAsync(cancellationToken: cancellationToken);
        return Page();
    }

    public sealed class UploadForm
    {
        [Required(ErrorMessage = "Choose a file to upload.")]
        public IFormFile? File { get; set; }

        public string? AltFi { get; set; }
        public string? AltSv { get; set; }
        public string? AltEn { get; set; }
    }
}
