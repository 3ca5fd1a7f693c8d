using System.Text;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The diacritic-free spellings English text uses for names the gazetteer sources write with transliteration
/// marks: GeoNames has "Sāmarrā’" and "Al Fallūjah", the press writes "Samarra" and "Fallujah".
/// Immutable once loaded (safe to share between threads).
/// </summary>
internal sealed class NameFolding
{
    // Apostrophe-like marks of transliterations (ʿayn, hamza, typographic and plain apostrophes). Removed only
    // at the edges of a word: inside a word an apostrophe is often part of the name as written ("O'Brien").
    private static readonly char[] EdgeMarks = ['’', '‘', '\'', 'ʿ', 'ʾ', '`', '´'];

    // The Arabic article as English transliterations write it before the rest of a place name.
    private static readonly string[] ArticlePrefixes = ["Al ", "Al-", "El ", "El-"];

    // Letter → plain replacement. A table rather than string.Normalize: the library runs with invariant
    // globalization, where normalization leaves non-ASCII text as it is.
    private readonly Dictionary<char, string> _letters;

    private NameFolding(Dictionary<char, string> letters) => _letters = letters;

    /// <summary>Reads the letter table (<c>Data/Entities/folded-letters.txt</c>: letter, tab, replacement).</summary>
    public static NameFolding Load(string path)
    {
        var letters = new Dictionary<char, string>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && f.Length == 2 && f[0].Length == 1)
            {
                letters[f[0][0]] = f[1];
            }
        }

        return new NameFolding(letters);
    }

    /// <summary>
    /// The name with its letters' diacritics removed ("ā" → "a", "ţ" → "t", "ł" → "l") and apostrophe-like
    /// marks removed from the start and end of each word ("Sāmarrā’" → "Samarra"); the name itself when there
    /// is nothing to fold.
    /// </summary>
    public string Fold(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (_letters.TryGetValue(c, out var plain))
            {
                text.Append(plain);
            }
            else
            {
                text.Append(c);
            }
        }

        var words = text.ToString().Split(' ').Select(w => w.Trim(EdgeMarks)).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }
    /// <summary>
    /// The rest of a name after the Arabic article ("Al Fallujah", "Al-Fallujah", "El Arish" → "Fallujah",
    /// "Arish") when the rest is one capitalised word; otherwise null (longer rests are not the name English
    /// text drops the article from, and "Al" alone is a first name).
    /// </summary>
    public static string? WithoutArticle(string name)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = name[prefix.Length..];
                return char.IsUpper(rest[0]) && !rest.Contains(' ', StringComparison.Ordinal) ? rest : null;
            }
        }

        return null;
    }
}
