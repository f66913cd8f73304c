using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.ContentFields;

/// <summary><c>builder.AddKernel().AddContentFields()</c>: the simple fields an admin adds to a content type, image parts and the site's look.</summary>
public static class ContentFieldsRegistration
{
    public static PortalBuilder AddContentFields(this PortalBuilder portal)
    {
        portal.AddOptionalContract<ITermFieldVocabularies, NoVocabularies>().AddOptionalContract<IMediaImages, NoMediaImages>();
        // The theme reads the site's look on every page, with or without the Media module that edits it.
        portal.Services.AddSiteSettings<ThemeSettings>();
        portal.Services.AddContentPart<FieldsPart>().AddContentHandler<FieldsPartHandler>().AddScoped<FieldRemoval>();
        portal.Services.AddContentPart<CoverImagePart>().AddContentPart<LogoPart>().AddContentHandler<MediaImagePartHandler>()
            .AddScoped<MediaImageUses>();
        return portal;
    }
}
