using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Entities.Lexicons;

/// <summary>
/// Name and word lists for the entity tagger's features and the document-level pass: for a word as written,
/// the <see cref="GazetteerFlags"/> of the language. Both languages share one embedded key table (names are
/// mostly the same in German and English text; each key carries a German and an English flag set), built by
/// <c>NewsAnalysis.Training gazetteer</c>. Immutable, thread-safe, look-ups allocate nothing.
/// </summary>
internal sealed class NerGazetteer
{
    /// <summary>The table's path below <c>Resources/</c>.</summary>
    public const string ResourcePath = "Entities/gazetteer.bin";

    /// <summary>
    /// The flags that also hold for a capitalised word when only its lower-case form is listed: a
    /// sentence-initial "Die" is the function word, a sentence-initial English "Bank" may be the common noun.
    /// </summary>
    public const GazetteerFlags LowerCaseFlags =
        GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.Demonym | GazetteerFlags.PersonTitle | GazetteerFlags.Currency;

    // Longer words are never listed, and the case fallbacks copy the word to the stack.
    private const int MaxFallbackLength = 64;

    private static readonly Lazy<KeyTable> s_table = new(
        () =>
        {
            using var stream = EmbeddedResources.Open(ResourcePath);
            return KeyTable.Read(stream);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<NerGazetteer> s_german = new(() => new NerGazetteer(s_table.Value, 0), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<NerGazetteer> s_english = new(() => new NerGazetteer(s_table.Value, 16), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly KeyTable _table;
    private readonly int _shift;

    private NerGazetteer(KeyTable table, int shift)
    {
        _table = table;
        _shift = shift;
    }

    /// <summary>
    /// The gazetteer of <paramref name="language"/> (English for <see cref="Language.Other"/>: foreign text in
    /// the press is most often English). Loaded once, on first use.
    /// </summary>
    public static NerGazetteer ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>The number of distinct words in the shared table (both languages).</summary>
    public int Count => _table.Count;

    /// <summary>The flags of exactly this form (case-sensitive), without fallbacks.</summary>
    public GazetteerFlags LookupExact(ReadOnlySpan<char> word) =>
        _table.TryGetValue(word, out var value) ? (GazetteerFlags)(ushort)(value >> _shift) : GazetteerFlags.None;

    /// <summary>
    /// The flags of <paramref name="word"/>: its exact form; for a word in capitals ("MÜLLER") also the
    /// capitalised form ("Müller"); for a capitalised word also the <see cref="LowerCaseFlags"/> of its
    /// lower-case form. Allocation-free.
    /// </summary>
    public GazetteerFlags Lookup(ReadOnlySpan<char> word)
    {
        var flags = LookupExact(word);
        if (word.Length < 2 || word.Length > MaxFallbackLength || !char.IsUpper(word[0]))
        {
            return flags;
        }

        Span<char> buffer = stackalloc char[word.Length];
        var allUpper = true;
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                allUpper = false;
                break;
            }
        }

        if (allUpper)
        {
            // "BERLIN": look up the title-cased form "Berlin" when the word itself is unknown.
            buffer[0] = word[0];
            for (var i = 1; i < word.Length; i++)
            {
                buffer[i] = char.ToLowerInvariant(word[i]);
            }

            if (flags == GazetteerFlags.None)
            {
                flags = LookupExact(buffer);
            }
        }
        else
        {
            // Keep inner capitals ("McDonald" → "mcDonald" is never listed; only the first letter matters here).
            word[1..].CopyTo(buffer[1..]);
        }

        buffer[0] = char.ToLowerInvariant(word[0]);

        return flags | (LookupExact(buffer) & LowerCaseFlags);
    }

    /// <summary>
    /// An English nationality word the lists do not hold, made of a country's or region's name and "n" or "an"
    /// ("Kenyan", "Chilean"), never a word they know as a person's or a place's name ("Adrian", "Roman").
    /// </summary>
    public bool IsDerivedDemonym(ReadOnlySpan<char> word)
    {
        const GazetteerFlags country = GazetteerFlags.Country | GazetteerFlags.Region;
        if (word.Length < 6 || !word.EndsWith("n", StringComparison.Ordinal)
            || (LookupExact(word) & (GazetteerFlags.FirstName | GazetteerFlags.Surname | country | GazetteerFlags.City)) != 0)
        {
            return false;
        }

        return (LookupExact(word[..^1]) & country) != 0
            || word.EndsWith("an", StringComparison.Ordinal) && (LookupExact(word[..^2]) & country) != 0;
    }

    /// <summary>
    /// An English nationality noun: a nationality word the lists know and "man" or "woman" ("Englishman",
    /// "Dutchwoman"), with <paramref name="plural"/> also "men" or "women" ("Irishwomen", "Dutchmen").
    /// </summary>
    public bool IsNationalityNoun(ReadOnlySpan<char> word, bool plural)
    {
        ReadOnlySpan<string> endings = plural ? ["man", "men", "woman", "women"] : ["man", "woman"];
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && (LookupExact(word[..^ending.Length]) & GazetteerFlags.Demonym) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
