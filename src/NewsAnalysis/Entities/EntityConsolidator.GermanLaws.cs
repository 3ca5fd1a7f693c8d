using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>German law names the tagger misses or types as an organisation (laws are MISC).</summary>
internal sealed partial class EntityConsolidator
{
    // "nach § 263 des Strafgesetzbuchs (StGB)", "nach dem Bundes-Immissionsschutzgesetz", "§ 559 BGB": a law is a
    // one-word compound the tagger rarely marks. A compound ending in a law head is a law's name where its words say
    // which law (a code of law, or a hyphenated name with words between its maker and the head) or where a section
    // citation points at it; a plain "das Steuergesetz" stays a noun (GermEval leaves such words unmarked). An acronym
    // in brackets right after a law stands for it, here and everywhere else in the article. A name the tagger found
    // over more words is left alone; a one-word mention of the law is retyped.
    private List<Span> AddGermanLaws(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<int>? laws = null;
        HashSet<string>? acronyms = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsGermanLaw(tokens, i))
            {
                continue;
            }

            (laws ??= []).Add(i);
            if (i + 3 < tokens.Count && tokens[i + 1].Span is "(" && tokens[i + 3].Span is ")" && IsLawAcronym(tokens[i + 2].Span))
            {
                (acronyms ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[i + 2].Text);
            }
        }

        if (laws is null)
        {
            return spans;
        }

        if (acronyms is not null)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && acronyms.Contains(tokens[i].Text))
                {
                    laws.Add(i);
                }
            }
        }

        var result = new List<Span>(spans);
        var changed = false;
        foreach (var i in laws)
        {
            var at = result.FindIndex(s => s.First <= i && i < s.End);
            if (at < 0)
            {
                result.Add(new Span(i, i + 1, EntityType.Misc, Strong: true));
                changed = true;
            }
            else if (result[at].Count == 1 && result[at].Type != EntityType.Misc)
            {
                result[at] = result[at] with { Type = EntityType.Misc, Strong = true };
            }
        }

        if (changed)
        {
            result.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return result;
    }

    // Token i names a law: a compound with a law head whose own words single it out, or one a citation points at
    // ("§ 6 des …gesetzes", "Art. 3 GG").
    private bool IsGermanLaw(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (LawSpecifierLength(word, _lexicon.GermanLawHeads) is var specifier && specifier > 0)
        {
            return _lexicon.EndsWithHead(word, _lexicon.GermanLawCodeHeads) || IsSpecificHyphenatedLaw(word) || IsCitedLaw(tokens, i)
                || HasOwnAcronym(tokens, i);
        }

        return IsLawAcronym(word) && IsCitedLaw(tokens, i);
    }

    // The letters before the law head ("Strafgesetzbuchs" → "Straf"), without a maker's prefix ("EU-Öko-Verordnung"
    // → "Öko-"); 0 where the word has no law head or nothing but a prefix before it ("EU-Verordnung", "Bundesgesetz").
    private int LawSpecifierLength(ReadOnlySpan<char> word, string[] heads)
    {
        foreach (var head in heads)
        {
            if (word.Length > head.Length && word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                var before = word[..^head.Length].TrimEnd('-');
                var hyphen = before.IndexOf('-');
                var first = hyphen < 0 ? before : before[..hyphen];
                if (_lexicon.GermanLawPrefixes.Contains(first))
                {
                    before = hyphen < 0 ? [] : before[(hyphen + 1)..];
                }

                return before.Length >= 3 ? before.Length : 0;
            }
        }

        return 0;
    }

    // "Erneuerbare-Energien-Gesetzes", "Bundes-Immissionsschutzgesetz": a hyphenated law name with two hyphens, or one
    // after a maker's prefix, spells out which law it is; "Corona-Verordnung" or "EU-Richtlinie" may be any.
    private bool IsSpecificHyphenatedLaw(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }

        return word[(hyphen + 1)..].Contains('-') || _lexicon.GermanLawPrefixes.Contains(word[..hyphen]);
    }

    // "§ 263 Abs. 3 des Strafgesetzbuchs", "Art. 3 GG": token i follows a section citation, numbers and section words
    // after an opening word, with "des"/"der" before the law.
    private bool IsCitedLaw(IReadOnlyList<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Span is "des" or "der")
        {
            k--;
        }

        var numbers = 0;
        for (var steps = 0; k >= 0 && steps < 10; k--, steps++)
        {
            var t = tokens[k];
            if (_lexicon.LawCitationWords.Contains(t.Span))
            {
                return numbers > 0;
            }

            if (t.Kind == TokenKind.Number || t.Kind == TokenKind.Word && t.Span.Length <= 5 && char.IsAsciiDigit(t.Span[0]))
            {
                numbers++;
            }
            else if (!_lexicon.LawCitationParts.Contains(t.Span))
            {
                return false;
            }
        }

        return false;
    }

    // "Geldwäschegesetz (GwG)", "Gebäudeenergiegesetzes (GEG)": a law given an acronym of its own in brackets is a
    // named law; the acronym starts with the law's first letter and holds its head's ("G" of "gesetz"), so "die
    // Verordnung (EU)" or "das Gesetz (BGBl. I)" stay nouns.
    private bool HasOwnAcronym(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 3 >= tokens.Count || tokens[i + 1].Span is not "(" || tokens[i + 3].Span is not ")" || !IsLawAcronym(tokens[i + 2].Span))
        {
            return false;
        }

        var word = tokens[i].Span;
        var acronym = tokens[i + 2].Span;
        if (char.ToUpperInvariant(acronym[0]) != char.ToUpperInvariant(word[0]))
        {
            return false;
        }

        foreach (var head in _lexicon.GermanLawHeads)
        {
            if (word.Length > head.Length && word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return acronym[1..].Contains(char.ToUpperInvariant(head[0]));
            }
        }

        return false;
    }

    // "StGB", "BGB", "EEG", "BImSchG": letters only, a capital first and at least two capitals; not a Roman numeral,
    // which numbers a part of the section ("§ 55 IV SGB I").
    private static bool IsLawAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8 || !char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept(s_asciiLetters)
            || !word.ContainsAnyExcept(s_romanDigits))
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> s_romanDigits = System.Buffers.SearchValues.Create("IVXLCDM");

    private static readonly System.Buffers.SearchValues<char> s_asciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
