using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Localization;

/// <summary><c>services.AddPoLocalization()</c>: IStringLocalizer, IHtmlLocalizer and IViewLocalizer read PO files.</summary>
public static class PoLocalization
{
    /// <summary>Reads the PO files under <paramref name="folder"/> (default: <c>Localization/</c> beside the app).</summary>
    public static IServiceCollection AddPoLocalization(this IServiceCollection services, string? folder = null)
    {
        // Read from now on, on another thread while the host starts, rather than on first use: a malformed PO file
        // stops start-up (the first service that localizes throws), naming its file and line.
        var reading = Task.Run(() => PoCatalogue.Load(folder ?? Path.Combine(AppContext.BaseDirectory, "Localization")));
        services.AddSingleton(_ => reading.GetAwaiter().GetResult());
        services.AddLocalization().AddSingleton<PoStringLocalizerFactory>().AddSingleton<ViewLocalizers>();
        return services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(s => s.GetRequiredService<PoStringLocalizerFactory>()))
            .Replace(ServiceDescriptor.Singleton<IHtmlLocalizerFactory, PoHtmlLocalizerFactory>())
            .Replace(ServiceDescriptor.Transient<IViewLocalizer, PoViewLocalizer>());
    }
}
