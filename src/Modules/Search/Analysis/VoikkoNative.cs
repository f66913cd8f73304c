using System.Runtime.InteropServices;

namespace Verkostoportaali.Search.Analysis;

/// <summary>The few libvoikko calls search needs (libvoikko.so.1 from Debian's libvoikko1, dictionary from voikko-fi).</summary>
internal static partial class VoikkoNative
{
    private const string Library = "libvoikko.so.1";

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial VoikkoHandle voikkoInit(out nint error, string langcode, string? path);

    [LibraryImport(Library)]
    internal static partial void voikkoTerminate(nint handle);

    /// <summary>A null-terminated array of analyses, freed with <see cref="voikko_free_mor_analysis"/>.</summary>
    [LibraryImport(Library)]
    internal static partial nint voikkoAnalyzeWordCstr(VoikkoHandle handle, ReadOnlySpan<byte> word);

    [LibraryImport(Library)]
    internal static partial void voikko_free_mor_analysis(nint analyses);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint voikko_mor_analysis_value_cstr(nint analysis, string key);

    [LibraryImport(Library)]
    internal static partial void voikko_free_mor_analysis_value_cstr(nint value);
}

/// <summary>One voikko instance; not thread-safe, so <see cref="VoikkoAnalyses"/> lends each to one thread at a time.</summary>
internal sealed class VoikkoHandle() : SafeHandle(nint.Zero, ownsHandle: true)
{
    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        VoikkoNative.voikkoTerminate(handle);
        return true;
    }
}
