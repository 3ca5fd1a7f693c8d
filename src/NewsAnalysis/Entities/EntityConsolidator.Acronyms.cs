using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

internal sealed partial class EntityConsolidator
{
    // A name that an acronym in brackets abbreviates is looked for back to this many words before the bracket.
    private const int MaxAcronymNameTokens = 8;

    /// <summary>
    /// "the Medicines and Healthcare products Regulatory Agency (MHRA)": where the tagger found only part of the name
    /// before an acronym in brackets (here "Healthcare"), the words the acronym abbreviates are the name. The name is
    /// the shortest run of words before the bracket that starts with a capitalised word and that the acronym
    /// abbreviates (<see cref="NameIndex.IsAcronymOf"/>), with no more capitalised words than the acronym has
    /// capitals, so that every capitalised word of the run gives a letter, and no letter from inside a compound; it must take in a tagger mention or follow
    /// from the acronym's own mention, and it replaces the mentions inside it. Its type is the acronym's tagger type, else
    /// the inner mention's (a part of a name says less than the acronym that stands for all of it); a person's becomes an organisation's (a person is not introduced with an acronym).
    /// A name the tagger found whole is left to <see cref="NameIndex.RegisterBracketAcronym"/>.
    /// </summary>
    private List<Span> AddBracketAcronymNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<Span>? result = null;
        var k = 0; // the first span not before the current bracket's run
        for (var open = 1; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Span is not "(" || tokens[open + 2].Span is not ")" || tokens[open - 1].Kind != TokenKind.Word
                || !char.IsUpper(tokens[open - 1].Span[0]) || tokens[open].Start - tokens[open - 1].End > 1 || !LooksLikeBracketAcronym(tokens[open + 1].Span))
            {
                continue;
            }

            var list = result ?? spans;
            var acronym = tokens[open + 1].Span;
            // A name is made only of word starts and capitals: compound parts inside a word ("Finanztransaktions-
            // untersuchungen" and "FIU") fit too loosely to draw a boundary.
            var german = _lexicon.Language == Languages.Language.German;
            while (k < list.Count && list[k].End <= open - MaxAcronymNameTokens)
            {
                k++;
            }

            // The tagger's name ends right at the bracket and the acronym fits it: nothing to add.
            var before = k;
            while (before < list.Count && list[before].End <= open)
            {
                before++;
            }

            // A tagger name ending at the bracket that the acronym fits is NameIndex's to link. In German one it does not fit
            // is left as the tagger read it: the capitalised word before it is as often a noun describing the body
            // ("Verein Transparente Finanzen (VTF)") as part of its name. English capitalises only names, so a run that
            // the acronym fits takes in the words the tagger left out ("Pharmaceuticals and Medical devices" + "Safety Office").
            if (before > 0 && list[before - 1].End == open
                && (german || NameIndex.IsAcronymOf(acronym, tokens, list[before - 1].First, open, compounds: false)))
            {
                continue;
            }

            var start = -1;
            var capitals = 0;
            foreach (var c in acronym)
            {
                capitals += char.IsUpper(c) ? 1 : 0;
            }

            var words = 0;
            for (var i = open - 1; i >= 0 && i >= open - MaxAcronymNameTokens && tokens[i].Kind == TokenKind.Word && tokens[i + 1].Start - tokens[i].End <= 1; i--)
            {
                if (char.IsUpper(tokens[i].Span[0]) && ++words > capitals)
                {
                    break;
                }

                if (char.IsUpper(tokens[i].Span[0]) && NameIndex.IsAcronymOf(acronym, tokens, i, open, compounds: false))
                {
                    start = i;
                    break;
                }
            }

            if (start < 0 || german && ContainsGermanLaw(tokens, start, open))
            {
                continue; // a German law and its acronym are AddGermanLaws' (a work, whatever the tagger said)
            }

            // The mentions inside the run: all wholly inside it, at least one (or the acronym's own) for the type.
            var first = k;
            while (first < list.Count && list[first].End <= start)
            {
                first++;
            }

            var end = first;
            EntityType? inner = null;
            while (end < list.Count && list[end].First < open)
            {
                if (list[end].First < start || list[end].End > open)
                {
                    inner = null;
                    end = -1;
                    break;
                }

                inner = list[end].Type;
                end++;
            }

            if (end < 0)
            {
                continue;
            }

            var own = end < list.Count && list[end].First == open + 1 && list[end].Count == 1 ? list[end].Type : (EntityType?)null;
            if ((own ?? inner) is not { } type)
            {
                continue;
            }

            result ??= [.. spans];
            result.RemoveRange(first, end - first);
            result.Insert(first, new Span(start, open, type == EntityType.Person ? EntityType.Organization : type));
            k = first;
        }

        return result ?? spans;
    }

    private bool ContainsGermanLaw(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (IsGermanLaw(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An acronym: two to ten letters, the first a capital and at least two capitals ("EEG", "MHRA", "BaFin", "GwG";
    /// not "Verdi" or "dpa", which are names or agencies of their own).
    /// </summary>
    internal static bool LooksLikeBracketAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }
}
