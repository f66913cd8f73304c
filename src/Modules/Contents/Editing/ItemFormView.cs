using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Editing;

/// <summary>The whole editor form: each part's editor, and the errors for the summary at the top.</summary>
public sealed record ItemFormView(IReadOnlyList<PartEditor> Editors, IReadOnlyList<ContentError> Errors);
