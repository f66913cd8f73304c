namespace Verkostoportaali.Core.Content;

/// <summary>
/// Hears every change the content manager makes. The "-ing" events run before SaveChanges, so what they add
/// (lookup rows, outbox rows, audit rows) is saved in the same transaction; the "-ed" events run after it.
/// </summary>
public interface IContentHandler
{
    /// <summary>Before a new item's first version is saved, after <see cref="UpdatingAsync"/> accepted it.</summary>
    Task CreatingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before a version's parts are saved: derive columns, normalise or sanitise parts.</summary>
    Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before a version becomes the published one.</summary>
    Task PublishingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After a version became the published one.</summary>
    Task PublishedAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before an item stops being published (unpublished or removed), in the same SaveChanges.</summary>
    Task UnpublishingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After an item stopped being published (unpublished or removed).</summary>
    Task UnpublishedAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before an item is removed, in the same SaveChanges.</summary>
    Task RemovingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After an item was removed; its versions stay as history but none is latest or published.</summary>
    Task RemovedAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Before the published version's stored parts are changed in place, with no new version (a removed field's values
    /// taken out), in the same transaction.
    /// </summary>
    Task RewritingAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the published version's stored parts were changed in place.</summary>
    Task RewrittenAsync(ContentItem version, CancellationToken cancellationToken) => Task.CompletedTask;
}
