using NewsAnalysis.Entities.Lexicons;

namespace NewsAnalysis.Training.Entities;

/// <summary>Which of the two languages a gazetteer entry is for.</summary>
[Flags]
internal enum ForLanguages
{
    German = 1,
    English = 2,
    Both = German | English,
}

/// <summary>
/// Collects words with their German and English <see cref="GazetteerFlags"/> (a word listed by several
/// sources gets the union of their flags) and turns them into the entries of the shared key table:
/// German flags in the low 16 bits, English flags in the high 16 bits.
/// </summary>
internal sealed class GazetteerBuilder
{
    private const GazetteerFlags Places = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;

    private readonly Dictionary<string, (GazetteerFlags De, GazetteerFlags En)> _words = new(StringComparer.Ordinal);

    // Names with any of these flags also go in under their folded forms (see NameFolding).
    private readonly GazetteerFlags _folded;
    private readonly NameFolding? _folding;
    private readonly bool _withoutArticles;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="folding">The letter table for <paramref name="folded"/>; null when nothing is folded.</param>
    /// <param name="folded">
    /// Names added with any of these flags through <see cref="AddName"/> also go in, for English, under their
    /// diacritic-free form ("Al Fallūjah" adds "Al Fallujah"). The names as written stay: folding only adds forms.
    /// </param>
    /// <param name="withoutArticles">Folded places also go in without a leading Arabic article ("Fallujah").</param>
    public GazetteerBuilder(NameFolding? folding = null, GazetteerFlags folded = GazetteerFlags.None, bool withoutArticles = false)
    {
        _folding = folding;
        _folded = folding is null ? GazetteerFlags.None : folded;
        _withoutArticles = withoutArticles;
    }

    public int Count => _words.Count;

    /// <summary>Adds one word (a single token as written).</summary>
    public void Add(string word, GazetteerFlags flags, ForLanguages languages)
    {
        word = word.Trim();
        if (word.Length == 0 || word.Length > 64 || word.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }

        _words.TryGetValue(word, out var existing);
        if ((languages & ForLanguages.German) != 0)
        {
            existing.De |= flags;
        }

        if ((languages & ForLanguages.English) != 0)
        {
            existing.En |= flags;
        }

        _words[word] = existing;
    }

    /// <summary>
    /// Adds a name that may have several words: a single word gets <paramref name="flags"/>; the words of a
    /// longer name get <see cref="GazetteerFlags.MultiWordFirst"/> / <see cref="GazetteerFlags.MultiWordInside"/>
    /// (a word of "New York" is not a city by itself).
    /// </summary>
    public void AddName(string name, GazetteerFlags flags, ForLanguages languages)
    {
        AddWords(name, flags, languages);
        // English flags only: English text drops the marks ("Samarra"), German keeps more of them, and the
        // German model measured lower with folded forms (GermEval dev 0.7460 against 0.7520, mean of two seeds).
        var english = languages & ForLanguages.English;
        if (_folding is null || (flags & _folded) == 0 || english == 0)
        {
            return;
        }

        var folded = _folding.Fold(name);
        if (folded != name && folded.Length > 0)
        {
            AddWords(folded, flags, english);
        }

        if (_withoutArticles && (flags & Places) != 0 && NameFolding.WithoutArticle(folded) is { } rest)
        {
            AddWords(rest, flags, english);
        }
    }

    private void AddWords(string name, GazetteerFlags flags, ForLanguages languages)
    {
        var words = Split(name);
        if (words.Length == 1)
        {
            Add(words[0], flags, languages);
            return;
        }

        for (var i = 0; i < words.Length; i++)
        {
            // Lower-case joiners ("de", "am", "of") would flag every preposition of the language.
            if (words[i].Length > 0 && char.IsUpper(words[i][0]))
            {
                Add(words[i], i == 0 ? GazetteerFlags.MultiWordFirst : GazetteerFlags.MultiWordInside, languages);
            }
        }
    }

    /// <summary>True when the word carries any of <paramref name="flags"/> in the language.</summary>
    public bool Has(string word, GazetteerFlags flags, ForLanguages language) =>
        _words.TryGetValue(word, out var f) && ((language == ForLanguages.German ? f.De : f.En) & flags) != 0;

    /// <summary>Removes <paramref name="flags"/> from the word in the language.</summary>
    public void Remove(string word, GazetteerFlags flags, ForLanguages language)
    {
        if (_words.TryGetValue(word, out var f))
        {
            if ((language & ForLanguages.German) != 0)
            {
                f.De &= ~flags;
            }

            if ((language & ForLanguages.English) != 0)
            {
                f.En &= ~flags;
            }

            _words[word] = f;
        }
    }

    public IEnumerable<string> Words => _words.Keys;

    /// <summary>How many words carry each flag, per language (for the report the command prints).</summary>
    public IEnumerable<(GazetteerFlags Flag, int German, int English)> Counts() =>
        Enum.GetValues<GazetteerFlags>().Where(f => f != GazetteerFlags.None).Select(f =>
            (f, _words.Values.Count(v => (v.De & f) != 0), _words.Values.Count(v => (v.En & f) != 0)));

    public IEnumerable<KeyValuePair<string, uint>> Entries() =>
        _words.Where(w => w.Value.De != 0 || w.Value.En != 0)
            .Select(w => new KeyValuePair<string, uint>(w.Key, (uint)w.Value.De | ((uint)w.Value.En << 16)));

    /// <summary>Splits a name into words at spaces (hyphenated names stay one word, as the tokenizer keeps them).</summary>
    public static string[] Split(string name) => name.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
}
