using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.ContentFields;

/// <summary><c>builder.AddKernel().AddContentFields()</c>: the simple fields an admin adds to a content type.</summary>
public static class ContentFieldsRegistration
{
    public static PortalBuilder AddContentFields(this PortalBuilder portal)
    {
        portal.AddOptionalContract<ITermFieldVocabularies, NoVocabularies>();
        portal.Services.AddContentPart<FieldsPart>().AddContentHandler<FieldsPartHandler>().AddScoped<FieldRemoval>();
        return portal;
    }
}
