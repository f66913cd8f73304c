using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Verkostoportaali.Search.Analysis;

/// <summary>
/// Finnish word analyses from libvoikko, cached. A voikko handle is not thread-safe, so handles are pooled and
/// each call borrows one; at most one handle per concurrent caller is ever made.
/// </summary>
internal sealed class VoikkoAnalyses : IDisposable
{
    // voikko refuses longer words; such a "word" (a URL, a hash) is kept whole by the filter instead.
    public const int MaxWordBytes = 255;
    // Bounded: a cache that only grows would hold every typo ever searched. Dropping it all at the limit is
    // simpler than LRU and costs one cold start per 200,000 distinct words.
    private const int CacheLimit = 200_000;

    private readonly ConcurrentBag<VoikkoHandle> idle = [];
    private readonly ConcurrentDictionary<string, WordAnalysis> cache = new(StringComparer.Ordinal);

    private VoikkoAnalyses(VoikkoHandle first) => idle.Add(first);

    /// <summary>Voikko with the Finnish dictionary, or null (with the reason) when libvoikko or voikko-fi is missing.</summary>
    public static VoikkoAnalyses? TryCreate(out string? problem)
    {
        try
        {
            var handle = Open();
            problem = handle is null ? "voikkoInit found no Finnish dictionary (install voikko-fi)" : null;
            return handle is null ? null : new VoikkoAnalyses(handle);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = $"libvoikko.so.1 could not be loaded (install libvoikko1): {e.Message}";
            return null;
        }
    }

    public WordAnalysis Analyze(string word)
    {
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }
        var analysis = Encoding.UTF8.GetByteCount(word) > MaxWordBytes ? WordAnalysis.Unknown : AnalyzeWithVoikko(word);
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }
        cache[word] = analysis;
        return analysis;
    }

    public void Dispose()
    {
        while (idle.TryTake(out var handle))
        {
            handle.Dispose();
        }
    }

    private static VoikkoHandle? Open()
    {
        var handle = VoikkoNative.voikkoInit(out _, "fi", null);
        if (!handle.IsInvalid)
        {
            return handle;
        }
        handle.Dispose();
        return null;
    }

    private WordAnalysis AnalyzeWithVoikko(string word)
    {
        var handle = idle.TryTake(out var free) ? free : Open() ?? throw new InvalidOperationException("voikkoInit failed.");
        try
        {
            return Read(handle, word);
        }
        finally
        {
            idle.Add(handle);
        }
    }

    private static WordAnalysis Read(VoikkoHandle handle, string word)
    {
        var bytes = Encoding.UTF8.GetBytes(word + "\0");
        var analyses = VoikkoNative.voikkoAnalyzeWordCstr(handle, bytes);
        if (analyses == nint.Zero)
        {
            return WordAnalysis.Unknown;
        }
        try
        {
            var baseForms = new List<string>();
            var parts = new List<string>();
            for (var i = 0; Marshal.ReadIntPtr(analyses, i * nint.Size) is var analysis && analysis != nint.Zero; i++)
            {
                if (Value(analysis, "BASEFORM") is not { } baseForm)
                {
                    continue;
                }
                baseForms.Add(baseForm.ToLowerInvariant());
                if (Value(analysis, "WORDBASES") is { } wordBases)
                {
                    parts.AddRange(WordAnalysis.PartsOf(wordBases, baseForm));
                }
            }
            return baseForms.Count == 0 ? WordAnalysis.Unknown : new WordAnalysis([.. baseForms.Distinct()], [.. parts.Distinct()]);
        }
        finally
        {
            VoikkoNative.voikko_free_mor_analysis(analyses);
        }
    }

    private static string? Value(nint analysis, string key)
    {
        var value = VoikkoNative.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == nint.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            VoikkoNative.voikko_free_mor_analysis_value_cstr(value);
        }
    }
}
