using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Articles.Search;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Articles;

/// <summary>Stories and news: entrepreneur stories, project news.</summary>
public sealed class ArticlesModule() : Module(id: "Articles", name: "Articles", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public const string ArticleType = "Article";

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<ArticlePart>()
        .AddSearchFields<ArticleSearchFields>()
        .AddKeptDetailView(ArticleType);

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Stories and news", "/artikkelit", 50)];

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = ArticleType,
            Label = new("Artikkeli", "Artikel", "Article"),
            Parts = ["TitlePart", "ArticlePart", "BodyPart", "ContactsPart", "AutoroutePart", "LocalizationPart", "TermsPart", "CoverImagePart"],
        },
    ];

    public override IEnumerable<MigrationStep> Migrations() => [MigrationStep.DataStep(1, "Stories have contact people", StoredArticleType.AddContactsAsync)];
}
