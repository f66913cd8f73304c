using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;

namespace Verkostoportaali.Media.Pages.Branding;

/// <summary>The site's look: logo and header image from the library, accent colour (checked for WCAG AA contrast), front page intro and footer.</summary>
[RequirePermission("ManageTheme")]
public sealed class ThemeModel(SiteSettingsStore settings, MediaLibrary library, IStringLocalizer<ThemeModel> T) : PageModel
{
    public const string SavedQuery = "tallennettu";

    [BindProperty]
    public ThemeForm Input { get; set; } = new();

    public IReadOnlyList<MediaFile> Images { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var theme = await settings.GetAsync<ThemeSettings>(cancellationToken);
        Input = new ThemeForm
        {
            AccentColor = theme.AccentColor,
            LogoMediaId = theme.LogoMediaId,
            HeaderMediaId = theme.HeaderMediaId,
            HomeIntro = theme.HomeIntro,
            FooterContact = theme.FooterContact,
            SocialLinks = string.Join('\n', theme.SocialLinks),
        };
        Images = await library.FilesAsync(MediaKind.Image, cancellationToken);
        Saved = Request.Query.ContainsKey(SavedQuery);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Images = await library.FilesAsync(MediaKind.Image, cancellationToken);
        var links = (Input.SocialLinks ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Validate(links);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var theme = await settings.GetAsync<ThemeSettings>(cancellationToken);
        await settings.SaveAsync(theme with
        {
            AccentColor = Input.AccentColor!.ToLowerInvariant(),
            LogoMediaId = Input.LogoMediaId,
            HeaderMediaId = Input.HeaderMediaId,
            HomeIntro = Blank(Input.HomeIntro?.ReplaceLineEndings("\n")),
            FooterContact = Blank(Input.FooterContact),
            SocialLinks = links,
        }, cancellationToken);
        return Redirect($"{Request.PathBase}{Request.Path}?{SavedQuery}=1");
    }

    private void Validate(string[] links)
    {
        if (Input.AccentColor is { } color && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, null, out var rgb)
            && AccentContrast.RatioWithWhite(rgb) is var ratio && ratio < AccentContrast.MinimumRatio)
        {
            ModelState.AddModelError("Input.AccentColor", T["White text on this colour has a contrast of {0:0.0}:1; WCAG AA needs at least 4.5:1. Choose a darker colour.", ratio]);
        }
        if (Input.LogoMediaId is { } logo && Images.All(i => i.Id != logo))
        {
            ModelState.AddModelError("Input.LogoMediaId", T["Choose the logo from the library's images."]);
        }
        if (Input.HeaderMediaId is { } header && Images.All(i => i.Id != header))
        {
            ModelState.AddModelError("Input.HeaderMediaId", T["Choose the header image from the library's images."]);
        }
        if (links.Length > ThemeSettings.MaxSocialLinks
            || links.Any(l => !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            ModelState.AddModelError("Input.SocialLinks", T["Give at most {0} addresses, one a line, each starting with https://.", ThemeSettings.MaxSocialLinks]);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class ThemeForm
    {
        [Required(ErrorMessage = "Give the colour as #rrggbb, for example #1f5f3a.")]
        [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Give the colour as #rrggbb, for example #1f5f3a.")]
        public string? AccentColor { get; set; }

        public int? LogoMediaId { get; set; }

        public int? HeaderMediaId { get; set; }

        [MaxLength(ThemeSettings.HomeIntroMaxLength, ErrorMessage = "Write at most {1} characters.")]
        public string? HomeIntro { get; set; }

        [MaxLength(ThemeSettings.FooterContactMaxLength, ErrorMessage = "Write at most {1} characters.")]
        public string? FooterContact { get; set; }

        public string? SocialLinks { get; set; }
    }
}
