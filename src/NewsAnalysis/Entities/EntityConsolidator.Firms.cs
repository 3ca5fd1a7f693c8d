using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Firms and clubs named like people ("Marlow Young", "Wandle Vale", "Hadrian Cook Homes"): the English tagger reads two
// capitalised unknown words as a first name and a surname, and the document pass then spreads the person to every
// mention. The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
    // One evidence rule over the whole article: a name typed as a person that no mention shows to be one (no listed first
    // name, no title before it, no age after it, no "he"/"she" in the clause after it) but that some mention shows to be
    // an organisation becomes one in all its mentions, strongly. Organisation cues: the name continued by an
    // organisation or industry head elsewhere ("Marlow Young Shipping", "Leander Club"; a listed first name does not
    // stop this one, the name itself says it), a club prefix ("RV Merwede"), an industry head at its end ("Hadrian Cook
    // Homes"), a descriptive noun right before it ("the Dutch crew RV Merwede"), a noun only firms have after it or its
    // "'s" ("Marlow Young shareholders", firm-cue-nouns.en.txt), a deal before it ("shares in", "a tie-up with",
    // firm-cue-deals.en.txt), ", founded" after it, or an apposition that calls it a firm (", the FTSE 250 drinks group
    // behind …"; this one also where the name opens with a listed first name: the article says what the name is). A name
    // the tagger cut before its industry head takes it back
    // ("Marlow Young" + "Shipping"). Linear in tokens and mentions (the words before heads are indexed once).
    private void TypeFirmsNamedLikePeople(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < spans.Count; k++)
        {
            var key = names.EntityKey(spans[k]);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(k);
        }

        Dictionary<string, List<int>>? ends = null;
        foreach (var group in groups.Values)
        {
            // The tagger's majority makes the group a person ("Shares in Marlow Young" may come out a place); a strong
            // mention (a title or context decided it; one guessed from a first name is checked below) is left alone.
            var fullest = group[0];
            var eligible = true;
            var persons = 0;
            foreach (var k in group)
            {
                eligible &= !spans[k].Strong || spans[k].Spread || spans[k].Guessed && spans[k].Type == EntityType.Person;
                persons += spans[k].Type == EntityType.Person ? 1 : 0;
                fullest = spans[k].Count > spans[fullest].Count ? k : fullest;
            }

            if (!eligible || persons * 2 <= group.Count || HasPersonCue(text, tokens, spans, group))
            {
                continue;
            }

            var named = spans[fullest].Guessed || (_gazetteer.LookupExact(tokens[spans[fullest].First].Span) & GazetteerFlags.FirstName) != 0;
            var longer = IsContinuedByHead(tokens, spans[fullest], ends ??= EndsBeforeHeads(text, tokens));
            if (!longer && (named || !HasFirmCue(text, tokens, spans, group)) && !IsDescribedAsFirm(tokens, spans, group))
            {
                continue;
            }

            foreach (var k in group)
            {
                var span = spans[k];
                var end = span.End;
                if (end < tokens.Count && Adjacent(text, tokens, end - 1) && _lexicon.IndustryHeads.Contains(tokens[end].Span)
                    && (k + 1 == spans.Count || spans[k + 1].First > end))
                {
                    end++;
                }

                spans[k] = span with { End = end, Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // Token index is an English industry word that ends a firm's name (industry-heads.en.txt), one space after the
    // token before it ("Ardcraig" + "Distillery").
    private bool IsIndustryHeadAt(string text, IReadOnlyList<Token> tokens, int index) =>
        _lexicon.Language == Language.English && index > 0 && index < tokens.Count
        && text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End) is " " && _lexicon.IndustryHeads.Contains(tokens[index].Span);

    // "Ardcraig Distillery" where the article's short name "Ardcraig" was spread onto the full name: a
    // mention takes the industry word after it also where the spreading added it (the tagger's own mentions took it
    // in Clean), unless a mention starts there. The tagger's type of the short name ("Ardcraig" alone may come out a
    // person or product) says nothing here: the industry word makes the name a firm's ("Tyne" + "Shipping").
    private void GrowSpreadIndustryHeads(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (IsIndustryHeadAt(text, tokens, span.End) && (k + 1 == spans.Count || spans[k + 1].First > span.End))
            {
                spans[k] = span with { End = span.End + 1, Type = EntityType.Organization };
            }
        }
    }

    // "Thornbury Rise Academy … pupils at Thornbury Rise": a name the tagger typed a place in all its mentions is the
    // school the article names in full with it and a school head (school-heads.en.txt), unless the gazetteer knows the
    // name as a place ("Bradford" stays a place beside "Bradford Grammar School") or it ends in a landscape noun. Linear
    // in mentions: the schools' first words are collected once.
    private void TypeSchoolsByShortName(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        HashSet<string>? schools = null;
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Organization && span.Count > 1 && _lexicon.SchoolHeads.Contains(tokens[span.End - 1].Span))
            {
                (schools ??= new HashSet<string>(StringComparer.Ordinal)).Add(names.EntityKey(span with { End = span.End - 1 }));
            }
        }

        if (schools is null)
        {
            return;
        }

        var places = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var k = 0; k < spans.Count; k++)
        {
            var key = names.EntityKey(spans[k]);
            if (schools.Contains(key) && !places.ContainsKey(key))
            {
                places[key] = IsKnownPlaceGroup(text, tokens, spans, names, key);
            }
        }

        for (var k = 0; k < spans.Count; k++)
        {
            if (places.TryGetValue(names.EntityKey(spans[k]), out var place) && !place)
            {
                spans[k] = spans[k] with { Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // Some mention of the name is no place the tagger guessed: typed otherwise or decided by context, a gazetteer place
    // as a whole, or ending in a landscape noun ("Ribble Estuary" beside "Ribble Estuary School").
    private bool IsKnownPlaceGroup(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names, string key)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;
        foreach (var span in spans)
        {
            if (names.EntityKey(span) != key)
            {
                continue;
            }

            if (span.Type != EntityType.Location || span.Strong && !span.Spread
                || _lexicon.LandscapeNouns.Contains(tokens[span.End - 1].Text.ToLowerInvariant()))
            {
                return true;
            }

            var start = tokens[span.First].Start;
            if ((_gazetteer.LookupExact(text.AsSpan(start, tokens[span.End - 1].End - start)) & place) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A mention shows a person: a title right before it ("Mr", "Cllr"), an age after it (", 34," or "aged"), or "he",
    // "she", "his" or "her" in the rest of its clause ("Leander, who said he …").
    private bool HasPersonCue(string text, IReadOnlyList<Token> tokens, List<Span> spans, List<int> group)
    {
        foreach (var k in group)
        {
            var span = spans[k];
            if (span.First > 0 && ((_gazetteer.Lookup(tokens[span.First - 1].Span) & GazetteerFlags.PersonTitle) != 0 || _lexicon.TitleAbbreviations.Contains(tokens[span.First - 1].Span)))
            {
                return true;
            }

            if (IsAgeAfter(tokens, span.End))
            {
                return true;
            }

            for (var i = span.End; i < tokens.Count && i < span.End + 25 && (i == span.End || !SentenceBreakBetween(text, tokens[i - 1], tokens[i])); i++)
            {
                if (tokens[i].Span is "he" or "she" or "his" or "her" or "him")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // An age right after a name at index end: ", 34," or "aged 34" (", aged 34").
    private static bool IsAgeAfter(IReadOnlyList<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Span is "," && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 2].Span is ","
        || end + 1 < tokens.Count && (tokens[end].Span is "aged" || tokens[end + 1].Span is "aged");

    // The last word of every run of words that a capitalised organisation or industry head follows, up to two words on
    // ("Wandle Vale" + "Rowing Club", "Leander" + "Club", "Marlow Young" + "Shipping"), by its text: one walk over the
    // tokens, so that each name is then looked up, not searched for.
    private Dictionary<string, List<int>> EndsBeforeHeads(string text, IReadOnlyList<Token> tokens)
    {
        var ends = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!IsInstitutionWord(tokens[k]) || !Adjacent(text, tokens, k - 1)
                || !_lexicon.IndustryHeads.Contains(tokens[k].Span) && (_gazetteer.LookupExact(tokens[k].Span) & GazetteerFlags.OrgHead) == 0)
            {
                continue;
            }

            for (var e = k - 1; e >= 0 && e >= k - 2; e--)
            {
                var word = tokens[e].Text;
                if (!ends.TryGetValue(word, out var list))
                {
                    ends[word] = list = [];
                }

                list.Add(e);
                if (e == 0 || !IsInstitutionWord(tokens[e]) || !Adjacent(text, tokens, e - 1))
                {
                    break;
                }
            }
        }

        return ends;
    }

    // The name's words stand somewhere in the article right before a head (see EndsBeforeHeads).
    private static bool IsContinuedByHead(IReadOnlyList<Token> tokens, Span name, Dictionary<string, List<int>> ends)
    {
        if (!ends.TryGetValue(tokens[name.End - 1].Text, out var list))
        {
            return false;
        }

        foreach (var e in list)
        {
            var same = e + 1 >= name.Count;
            for (var j = 1; j < name.Count && same; j++)
            {
                same = tokens[e - j].Span.SequenceEqual(tokens[name.End - 1 - j].Span);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    // A mention shows a firm or club by its own words or its neighbours (see TypeFirmsNamedLikePeople).
    private bool HasFirmCue(string text, IReadOnlyList<Token> tokens, List<Span> spans, List<int> group)
    {
        foreach (var k in group)
        {
            var span = spans[k];
            if (_lexicon.ClubPrefixLength(tokens, span.First, span.End) > 0 || span.Count > 1 && _lexicon.IndustryHeads.Contains(tokens[span.End - 1].Span))
            {
                return true;
            }

            if (span.First > 0 && IsLowerCaseWord(tokens[span.First - 1].Span) && Adjacent(text, tokens, span.First - 1)
                && (_lexicon.EndsWithHead(tokens[span.First - 1].Span, _lexicon.DescriptorHeads) || _lexicon.CompanyNouns.Contains(tokens[span.First - 1].Span)))
            {
                return true;
            }

            if (span.First > 1 && tokens[span.First - 1].Span is "in" or "with" or "of" && _lexicon.FirmCueDeals.Contains(tokens[span.First - 2].Span))
            {
                return true;
            }

            if (IsAppositionToOrganization(tokens, spans, k))
            {
                return true;
            }

            var after = span.End < tokens.Count && tokens[span.End].Kind == TokenKind.Clitic ? span.End + 1 : span.End;
            if (after < tokens.Count && _lexicon.FirmCueNouns.Contains(tokens[after].Span)
                || span.End + 1 < tokens.Count && tokens[span.End].Span is "," && tokens[span.End + 1].Span is "founded")
            {
                return true;
            }
        }

        return false;
    }

    // "Mason Frost, the FTSE 250 drinks group behind …", "Ardley, the housebuilder, said": a mention followed by a comma,
    // "the" and at most four words that end in a descriptive noun only organisations have (descriptor-heads.en.txt), the
    // noun phrase closed there by punctuation or a word that opens what follows it (apposition-closers.en.txt: "behind",
    // "that", "which", "based"). The words before the noun
    // hold no function word and the noun no "'s" or noun after it, so that "Mason Frost, the head of the group," and
    // "Mason Frost, the group chairman" (a person's role) are no cue.
    private bool IsDescribedAsFirm(IReadOnlyList<Token> tokens, List<Span> spans, List<int> group)
    {
        foreach (var k in group)
        {
            var i = spans[k].End;
            if (i + 3 >= tokens.Count || tokens[i].Span is not "," || tokens[i + 1].Span is not "the")
            {
                continue;
            }

            for (var h = i + 2; h < tokens.Count - 1 && h <= i + 5; h++)
            {
                var word = tokens[h].Span;
                if (tokens[h].Kind is not (TokenKind.Word or TokenKind.Number) || (_gazetteer.LookupExact(word) & GazetteerFlags.FunctionWord) != 0)
                {
                    break;
                }

                if (!IsLowerCaseWord(word) || !_lexicon.EndsWithHead(word, _lexicon.DescriptorHeads))
                {
                    continue;
                }

                var next = tokens[h + 1];
                if (next.Kind == TokenKind.Punctuation || _lexicon.AppositionClosers.Contains(next.Span))
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }

    // "Ofsted, formally the Office for Standards in Education, …": a name set equal to an organisation's full name by a
    // comma, an optional "formally"/"formerly"/"officially" and "the" is that organisation. The organisation must close
    // the apposition (a comma, a full stop or a bracket after it) or go on with a preposition the tagger cut it at
    // ("the Office for Standards" + "in Education"), so that "Quill, the Acme chairman" is no cue.
    private static bool IsAppositionToOrganization(IReadOnlyList<Token> tokens, List<Span> spans, int k)
    {
        var i = spans[k].End;
        if (i + 2 >= tokens.Count || tokens[i].Span is not ",")
        {
            return false;
        }

        i += tokens[i + 1].Span is "formally" or "formerly" or "officially" ? 2 : 1;
        if (i + 1 >= tokens.Count || tokens[i].Span is not "the")
        {
            return false;
        }

        for (var j = k + 1; j < spans.Count && spans[j].First <= i + 1; j++)
        {
            if (spans[j].First == i + 1 && spans[j].Type == EntityType.Organization
                && (spans[j].End == tokens.Count || tokens[spans[j].End].Span is "," or "." or ")" or ";" or "in" or "of" or "for" or "and"))
            {
                return true;
            }
        }

        return false;
    }

    // "the Department for Culture, Media and Sport", "the Department for Environment, Food and Rural Affairs": an
    // organisation named by a head and "for"/"of" goes on over a list of capitalised words, commas between and "and"
    // before the last (one or two words each); the tagger stops at the first comma. Mentions inside the list give way.
    private void ExtendInstitutionLists(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type != EntityType.Organization || span.Count < 3 || (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.OrgHead) == 0
                || tokens[span.First + 1].Span is not ("for" or "of"))
            {
                continue;
            }

            // "the Office for Standards" + "in Education, Children's Services and Skills": the list may follow a field
            // given with "in" that the tagger cut off too; taken only with the list after it.
            var end = InstitutionListEnd(text, tokens, span.End);
            if (end == span.End && span.End + 1 < tokens.Count && tokens[span.End].Span is "in" && Adjacent(text, tokens, span.End)
                && ListWords(text, tokens, span.End + 1) is > 0 and var field)
            {
                var listed = InstitutionListEnd(text, tokens, span.End + 1 + field);
                end = listed > span.End + 1 + field ? listed : span.End;
            }

            var after = k + 1;
            while (after < spans.Count && spans[after].End <= end)
            {
                after++;
            }

            if (end == span.End || after < spans.Count && spans[after].First < end)
            {
                continue;
            }

            spans.RemoveRange(k + 1, after - k - 1);
            spans[k] = span with { End = end, Strong = true };
        }
    }

    // The end of ", Media and Sport" at token i, i when there is none (see ExtendInstitutionLists).
    private int InstitutionListEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        var k = i;
        while (k + 1 < tokens.Count && tokens[k].Span is ",")
        {
            var words = ListWords(text, tokens, k + 1);
            if (words == 0)
            {
                return i;
            }

            k += 1 + words;
        }

        if (k == i || k + 1 >= tokens.Count || tokens[k].Span is not "and" || ListWords(text, tokens, k + 1) is not (> 0 and var last))
        {
            return i;
        }

        return k + 1 + last;
    }

    // One or two capitalised words from token i, one space apart ("Media", "Rural Affairs"), the first with a
    // possessive "'s" ("Children's Services"); the number of tokens, 0 when there is none.
    private int ListWords(string text, IReadOnlyList<Token> tokens, int i)
    {
        var n = 0;
        var words = 0;
        while (i + n < tokens.Count && words < 2 && IsInstitutionWord(tokens[i + n]) && (_gazetteer.Lookup(tokens[i + n].Span) & GazetteerFlags.FunctionWord) == 0
            && (n == 0 || Adjacent(text, tokens, i + n - 1)))
        {
            n++;
            words++;
            if (words == 1 && i + n + 1 < tokens.Count && tokens[i + n].Kind == TokenKind.Clitic && tokens[i + n - 1].End == tokens[i + n].Start
                && Adjacent(text, tokens, i + n) && IsInstitutionWord(tokens[i + n + 1]))
            {
                n++;
            }
        }

        return n;
    }

    // "the Musicians' Union", "the Farmers' Union": a plural possessive right before an organisation head the tagger
    // found alone belongs to the name.
    private void ExtendPluralPossessives(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var first = span.First;
            if (span.Type != EntityType.Organization || first < 2 || tokens[first - 1].Span is not ("'" or "’") || tokens[first - 2].End != tokens[first - 1].Start
                || !Adjacent(text, tokens, first - 1) || (_gazetteer.LookupExact(tokens[first].Span) & GazetteerFlags.OrgHead) == 0
                || !IsInstitutionWord(tokens[first - 2]) || !tokens[first - 2].Span.EndsWith("s", StringComparison.Ordinal)
                || k > 0 && spans[k - 1].End > first - 2)
            {
                continue;
            }

            spans[k] = span with { First = first - 2, Strong = true };
        }
    }

    // "City of Bradford Metropolitan District Council": a council's formal opening before the place the tagger started
    // it at (council-prefixes.en.txt) belongs to the name. "a campaign group, Save Thornbury Rise,": a capitalised
    // imperative inside a sentence right before a name (campaign-verbs.en.txt) makes a campaign of it, an
    // organisation; the place or school it would save is then no mention of its own.
    private void ExtendCouncilsAndCampaigns(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var first = span.First;
            var free = k == 0 || spans[k - 1].End < first - 2;
            if (span.Type == EntityType.Organization && free && first >= 2 && tokens[first - 1].Span is "of" && tokens[span.End - 1].Span is "Council"
                && _lexicon.CouncilPrefixes.Contains(tokens[first - 2].Span) && Adjacent(text, tokens, first - 2) && Adjacent(text, tokens, first - 1))
            {
                spans[k] = span with { First = first - 2, Strong = true };
            }
            else if (first >= 2 && (k == 0 || spans[k - 1].End < first - 1) && _lexicon.CampaignVerbs.Contains(tokens[first - 1].Span)
                && Adjacent(text, tokens, first - 1) && !SentenceBreakBetween(text, tokens[first - 2], tokens[first - 1]) && tokens[first - 2].Kind != TokenKind.QuoteMark)
            {
                spans[k] = span with { First = first - 1, Type = EntityType.Organization, Strong = true };
            }
        }
    }
}
