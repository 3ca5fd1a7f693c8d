using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Where mentions join or split: adjacent tagger mentions that form one name ("Pratt & Whitney", "NHS England",
// "Calder Valley … NHS Foundation Trust") and mentions that hold two.
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
    // Two mentions of one type with only a space between are one name the tagger cut in two ("Nordlicht" "AI"),
    // unless the second starts a name of its own (see StartsOwnName); one mention that joins two organisations
    // with "und"/"and" is two ("Deutsche Bank und Commerzbank").
    private List<Span> SplitAndJoin(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        var result = new List<Span>(spans.Count);
        foreach (var span in spans)
        {
            if (result.Count > 0 && result[^1].End == span.First && result[^1].Type == span.Type
                && text.AsSpan(tokens[span.First - 1].End, tokens[span.First].Start - tokens[span.First - 1].End) is " "
                && !StartsOwnName(tokens, result[^1], span))
            {
                result[^1] = result[^1] with { End = span.End };
                continue;
            }

            // "Neustadt an der Aisch", "Frankfurt am Main": a town, a connector and a one-word river or region the tagger
            // found as two places are one place's name.
            if (result.Count > 0 && IsTownWithRiver(tokens, result[^1], span))
            {
                result[^1] = result[^1] with { End = span.End };
                continue;
            }

            // "Pratt & Whitney", "Marks & Spencer": two names joined by an ampersand are one firm's name (people are
            // joined by "and"), whatever the tagger took each half for.
            if (_lexicon.Language == Language.English && result.Count > 0 && result[^1].End + 1 == span.First && tokens[span.First - 1].Span is "&"
                && text.AsSpan(tokens[span.First - 2].End, tokens[span.First].Start - tokens[span.First - 2].End) is " & ")
            {
                result[^1] = new Span(result[^1].First, span.End, EntityType.Organization, Strong: true);
                continue;
            }

            // "Calder Valley" + "Teaching Hospitals" + "NHS Foundation Trust": a place or organisation, up to three
            // capitalised words and an organisation ending in its head, one space apart, are one organisation's name.
            if (_lexicon.Language == Language.English && result.Count > 0 && IsHeadedNameGoingOn(text, tokens, result[^1], span))
            {
                result[^1] = new Span(result[^1].First, span.End, EntityType.Organization, Strong: true);
                continue;
            }

            // "England and Wales Cricket Board": the tagger takes the first of two places that start an organisation's name alone.
            if (_lexicon.Language == Language.English && result.Count > 0 && IsPlacePairName(text, tokens, result[^1], span))
            {
                result[^1] = new Span(result[^1].First, span.End, EntityType.Organization, Strong: true);
                continue;
            }

            // "NHS England", "BBC Scotland": an organisation's branch for a country or region is named with it, where the
            // tagger sees the organisation and a place ("… Britain's biggest": the possessive makes the place no part).
            if (_lexicon.Language == Language.English && result.Count > 0 && IsCountryBranch(text, tokens, result[^1], span))
            {
                result[^1] = new Span(result[^1].First, span.End, EntityType.Organization, Strong: true);
                continue;
            }

            // "Jae-won Park of South Korea": a person's name, "of" and a place are two names, whatever the tagger typed.
            if (_lexicon.Language == Language.English && PersonOfPlace(tokens, span) is > 0 and var of)
            {
                result.Add(new Span(span.First, of, EntityType.Person));
                result.Add(new Span(of + 1, span.End, EntityType.Location));
                continue;
            }

            // "Analystin Clara Westrup von Jefferies": a person's full name, "von" and a name are the person and her employer
            // (or home town), whatever the tagger typed.
            if (_lexicon.Language == Language.German && PersonVonEmployer(tokens, span) is > 0 and var von)
            {
                result.Add(new Span(span.First, von, EntityType.Person));
                var town = (_gazetteer.LookupExact(tokens[von + 1].Span) & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0;
                result.Add(new Span(von + 1, span.End, town && span.End == von + 2 ? EntityType.Location : EntityType.Organization));
                continue;
            }

            // "across Somerset and Wiltshire": a place mention of two one-word regions or towns joined by "and" is two
            // places (a following organisation head was handled above: "England and Wales Cricket Board").
            if (_lexicon.Language == Language.English && IsPlacePair(tokens, span))
            {
                result.Add(new Span(span.First, span.First + 1, EntityType.Location));
                result.Add(new Span(span.End - 1, span.End, EntityType.Location));
                continue;
            }

            var first = span.First;
            for (var i = span.First + 1; i < span.End - 1; i++)
            {
                if (tokens[i].Span is "und" or "and" && IsOrganisationEnd(tokens[i - 1].Span) && IsOrganisationEnd(tokens[span.End - 1].Span))
                {
                    result.Add(span with { First = first, End = i });
                    first = i + 1;
                }
            }

            result.Add(span with { First = first });
        }

        result = AddAmpersandFirms(text, tokens, result);
        if (_lexicon.Language == Language.English)
        {
            JoinAmpersandPartners(text, tokens, result);
        }

        return result;
    }

    // "Sommerfeld & Krahn", "Fletcher & Daughters": a capitalised word, " & " and a capitalised word are one firm's
    // name in every mention of the article, whatever the tagger found there (a half of it, a person, nothing): people
    // and places are joined by "und"/"and". So a person's surname the article names elsewhere is no person inside the
    // pair. Not so for pairs of common nouns ("Forschung & Entwicklung", "Arts & Culture"), unless one half is a name
    // of a person the article names or the name lists know (and not as a common noun), a legal form follows, or the
    // pair comes back in the article with one half no common noun; nor for the fixed phrases of
    // ampersand-phrases.txt ("Rock & Roll"), nor for two people's full names ("Eve Hart & Tom Lee").
    private List<Span> AddAmpersandFirms(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<int>? pairs = null;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (IsAmpersandBetween(text, tokens, i) && IsFirmHalf(tokens[i]) && IsFirmHalf(tokens[i + 2]))
            {
                (pairs ??= []).Add(i);
            }
        }

        if (pairs is null)
        {
            return spans;
        }

        // The words of the people the tagger found by full name: "Katharina Sommerfeld" makes "Sommerfeld" a name here
        // even where the lists know the word as a common noun.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && span.Count > 1)
            {
                for (var k = span.First; k < span.End; k++)
                {
                    personWords.Add(tokens[k].Span.ToString());
                }
            }
        }

        var keys = new string[pairs.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pairs.Count; p++)
        {
            keys[p] = text[tokens[pairs[p]].Start..tokens[pairs[p] + 2].End];
            counts[keys[p]] = counts.GetValueOrDefault(keys[p]) + 1;
        }

        var result = spans;
        for (var p = 0; p < pairs.Count; p++)
        {
            var a = pairs[p];
            var b = a + 2;
            if (_lexicon.AmpersandPhrases.Contains(keys[p]) || InTitleCaseRun(text, tokens, spans, a, b))
            {
                continue;
            }

            var commonA = IsCommonNounWord(tokens[a]);
            var commonB = IsCommonNounWord(tokens[b]);
            var legalFormFollows = b + 1 < tokens.Count && (_gazetteer.LookupExact(tokens[b + 1].Span) & GazetteerFlags.LegalForm) != 0;
            if (!(legalFormFollows || !commonA && !commonB || IsNameWord(tokens[a], commonA, personWords) || IsNameWord(tokens[b], commonB, personWords)
                || counts[keys[p]] > 1 && !(commonA && commonB)))
            {
                continue;
            }

            result = JoinAmpersandFirm(result, a, b + 1);
        }

        return result;
    }

    // Puts the firm's name [first, end) into the mentions: a mention that holds it stays (a person's or place's type
    // becomes the firm's); the mentions it overlaps become one organisation with it ("Hook" + "Barrow Games"), unless
    // one is a person's full name that ends or starts at it ("Eve Hart & Tom Lee" are two people).
    private static List<Span> JoinAmpersandFirm(List<Span> spans, int first, int end)
    {
        var from = 0;
        while (from < spans.Count && spans[from].End <= first)
        {
            from++;
        }

        var to = from;
        while (to < spans.Count && spans[to].First < end)
        {
            to++;
        }

        if (to - from == 1 && spans[from].First <= first && spans[from].End >= end)
        {
            if (spans[from].Type is EntityType.Person or EntityType.Location && spans[from].First == first && spans[from].End == end)
            {
                spans[from] = spans[from] with { Type = EntityType.Organization, Strong = true };
            }

            return spans;
        }

        var newFirst = first;
        var newEnd = end;
        for (var k = from; k < to; k++)
        {
            if (spans[k].Type == EntityType.Person && spans[k].Count > 1 || spans[k].Type == EntityType.Misc && spans[k].First < first)
            {
                return spans;
            }

            newFirst = Math.Min(newFirst, spans[k].First);
            newEnd = Math.Max(newEnd, spans[k].End);
        }

        spans.RemoveRange(from, to - from);
        spans.Insert(from, new Span(newFirst, newEnd, EntityType.Organization, Strong: true));
        return spans;
    }

    // A half of a firm's name: a capitalised word of two letters or more with a lower-case one, no function word and no
    // legal form ("GmbH & Co." is grown elsewhere; "D & D", "P & O" are abbreviations the rule cannot read).
    private bool IsFirmHalf(Token token) =>
        IsPartnerWord(token) && token.Span.Length > 1 && HasLowerCase(token.Span[1..])
        && (_gazetteer.LookupExact(token.Span) & GazetteerFlags.LegalForm) == 0;

    // "Plumbing Air Conditioning & Electric Problems": a pair inside a run of capitalised words, a capitalised word right
    // before it (no sentence's or line's start) and one right after it (no legal form), is title case the tagger found no name in;
    // where the tagger found one there ("Hook" + "Barrow Games"), the pair stays a name.
    private bool InTitleCaseRun(string text, IReadOnlyList<Token> tokens, List<Span> spans, int a, int b)
    {
        if (a == 0 || b + 1 >= tokens.Count || !IsCapitalisedWord(tokens[a - 1]) || !IsCapitalisedWord(tokens[b + 1])
            || (_gazetteer.LookupExact(tokens[b + 1].Span) & GazetteerFlags.LegalForm) != 0
            || a == 1 || tokens[a - 2].Span is "." or "!" or "?" or ":" || text.AsSpan(tokens[a - 2].End, tokens[a - 1].Start - tokens[a - 2].End).Contains('\n'))
        {
            return false;
        }

        foreach (var span in spans)
        {
            if (span.First <= b && span.End > a)
            {
                return false;
            }
        }

        return true;
    }

    // The lists know the word as a common noun (a capitalised English word by its lower-case form: "Arts").
    private bool IsCommonNounWord(Token token) => (_gazetteer.Lookup(token.Span) & GazetteerFlags.CommonNoun) != 0;

    // A person's name: a word of a person's full name in the article, or a first name or surname of the lists that is
    // no common noun as well ("Kern" is both).
    private bool IsNameWord(Token token, bool common, HashSet<string> personWords) =>
        personWords.Contains(token.Span.ToString())
        || !common && (_gazetteer.LookupExact(token.Span) & (GazetteerFlags.Surname | GazetteerFlags.FirstName)) != 0;

    // Two place mentions with only a connector of place-name-connectors.de.txt between them ("an der"), the second one
    // word, the first no country or region the lists know ("Frankreich an der Isère" names a part of the country, and
    // "Brandenburg an der Havel" may be the state's part along the river as well as the town).
    private bool IsTownWithRiver(IReadOnlyList<Token> tokens, Span town, Span river)
    {
        if (town.Type != EntityType.Location || river.Type != EntityType.Location || river.Count != 1
            || (_gazetteer.LookupExact(tokens[town.End - 1].Span) & (GazetteerFlags.Country | GazetteerFlags.Region)) != 0)
        {
            return false;
        }

        foreach (var connector in _lexicon.PlaceNameConnectors)
        {
            if (town.End + connector.Length != river.First)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < connector.Length && all; i++)
            {
                all = tokens[town.End + i].Span.SequenceEqual(connector[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    // A three-word place "A and B" whose halves the lists know as regions or towns and neither as a country
    // ("Trinidad and Tobago", "Bosnia and Herzegovina" are one state's name).
    private bool IsPlacePair(IReadOnlyList<Token> tokens, Span span)
    {
        const GazetteerFlags place = GazetteerFlags.Region | GazetteerFlags.City;
        if (span.Type != EntityType.Location || span.Count != 3 || tokens[span.First + 1].Span is not "and")
        {
            return false;
        }

        var a = _gazetteer.LookupExact(tokens[span.First].Span);
        var b = _gazetteer.LookupExact(tokens[span.End - 1].Span);
        return (a & place) != 0 && (b & place) != 0 && ((a | b) & GazetteerFlags.Country) == 0;
    }

    // "Halcyon & Reed", "Hobbs & Carrow" where the tagger found one half only: a capitalised word across " & " that
    // no mention holds is the other half of one firm's name (see the ampersand join in SplitAndJoin).
    private void JoinAmpersandPartners(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            // One word on either side, as firms of surnames are named ("Eve Hart & Tom Lee" are two people).
            if (span.Type == EntityType.Misc || span.Count != 1)
            {
                continue;
            }

            if (span.End + 1 < tokens.Count && IsAmpersandBetween(text, tokens, span.End - 1) && IsPartnerWord(tokens[span.End + 1])
                && (i + 1 == spans.Count || spans[i + 1].First > span.End + 1))
            {
                spans[i] = new Span(span.First, span.End + 2, EntityType.Organization, Strong: true);
            }
            else if (span.First >= 2 && IsAmpersandBetween(text, tokens, span.First - 2) && IsPartnerWord(tokens[span.First - 2])
                && (i == 0 || spans[i - 1].End < span.First - 1))
            {
                spans[i] = new Span(span.First - 2, span.End, EntityType.Organization, Strong: true);
            }
        }
    }

    // Tokens index and index + 2 with " & " between them.
    private static bool IsAmpersandBetween(string text, IReadOnlyList<Token> tokens, int index) =>
        index + 2 < tokens.Count && tokens[index + 1].Span is "&"
        && text.AsSpan(tokens[index].End, tokens[index + 2].Start - tokens[index].End) is " & ";

    // A capitalised word that may be half of a firm's name: no function word in any case ("Sales & The Team" is no name).
    private bool IsPartnerWord(Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(token.Span[0]) && (_gazetteer.Lookup(token.Span) & GazetteerFlags.FunctionWord) == 0;

    // The second of two adjacent mentions is a name of its own when it is a person's name that starts with a first
    // name after a word that is none ("Borussia-Manager" "Peter Pander"; but "Franz Freiherr" "Gedult von
    // Jungenfeld", "Karl" "Heinz Müller" join) or a single word the lists know as a country ("… de Surville"
    // "Neuseeland": no place name ends in a country).
    private bool StartsOwnName(IReadOnlyList<Token> tokens, Span before, Span span)
    {
        var first = _gazetteer.LookupExact(tokens[span.First].Span);
        return span.Type == EntityType.Person && span.Count > 1 && (first & GazetteerFlags.FirstName) != 0
                && (_gazetteer.LookupExact(tokens[before.End - 1].Span) & GazetteerFlags.FirstName) == 0
            || span.Type == EntityType.Location && span.Count == 1 && (first & GazetteerFlags.Country) != 0
                && (_gazetteer.LookupExact(tokens[before.End - 1].Span) & GazetteerFlags.Country) == 0;
    }

    // The index of "of" in a mention that is a person and a place: two or three capitalised words before it, the
    // first a first name the lists know or a hyphenated one ("Jae-won") and no region ("North East of England"), the
    // last a surname the lists know, none a title, organisation head or legal form ("Bank of England", "Royal Bank
    // of Scotland", "Prince Edward of Wessex", "Baron Stone of Blackheath" stay whole: peerage-titles.en.txt); after it one word the lists know as a country, region or
    // city, or two that start and end a listed place name ("South Korea"). Not in a tagger event or work ("Second
    // Battle of Bull Run"). 0 when there is none.
    // The index of "von" in a German person mention of a listed first name, a surname and "von" with one to three
    // capitalised words ("Clara Westrup von Jefferies", "Tom Berger von Goldman Sachs"), else 0. A nobiliary "von" follows
    // the first names, not a surname ("Richard von Weizsäcker", "Friedrich Wilhelm von Steuben"), and "von der"/"von
    // dem" ("Ursula von der Leyen") is left alone.
    private int PersonVonEmployer(IReadOnlyList<Token> tokens, Span span)
    {
        if (span.Type != EntityType.Person || span.Count < 4)
        {
            return 0;
        }

        var von = span.First + 2;
        if (tokens[von].Span is not "von" || span.End - von > 4 || (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.FirstName) == 0
            || (_gazetteer.LookupExact(tokens[von - 1].Span) & GazetteerFlags.FirstName) != 0)
        {
            return 0;
        }

        for (var i = span.First; i < span.End; i++)
        {
            if (i != von && (tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0])))
            {
                return 0;
            }
        }

        return von;
    }

    private int PersonOfPlace(IReadOnlyList<Token> tokens, Span span)
    {
        const GazetteerFlags place = GazetteerFlags.Country | GazetteerFlags.Region | GazetteerFlags.City;
        const GazetteerFlags notInName = GazetteerFlags.PersonTitle | GazetteerFlags.OrgHead | GazetteerFlags.LegalForm;
        var of = span.First + 2;
        while (of < span.End && of <= span.First + 3 && tokens[of].Span is not "of")
        {
            of++;
        }

        var given = _gazetteer.LookupExact(tokens[span.First].Span);
        if (span.Type == EntityType.Misc || of >= span.End - 1 || tokens[of].Span is not "of" || span.End - of > 3
            || (_gazetteer.LookupExact(tokens[of - 1].Span) & GazetteerFlags.Surname) == 0
            || (given & GazetteerFlags.FirstName) == 0 && !tokens[span.First].Span.Contains('-') || (given & (GazetteerFlags.Region | GazetteerFlags.Country)) != 0
            || _lexicon.PeerageTitles.Contains(tokens[span.First].Span))
        {
            return 0;
        }

        for (var i = span.First; i < span.End; i++)
        {
            if (i != of && (tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0]) || (_gazetteer.LookupExact(tokens[i].Span) & notInName) != 0
                || _lexicon.EndsWithHead(tokens[i].Span, _lexicon.OrgHeads)))
            {
                return 0;
            }
        }

        var last = _gazetteer.LookupExact(tokens[span.End - 1].Span);
        return span.End - of == 2 && (last & place) != 0
            || span.End - of == 3 && (_gazetteer.LookupExact(tokens[of + 1].Span) & GazetteerFlags.MultiWordFirst) != 0 && (last & GazetteerFlags.MultiWordInside) != 0
            ? of : 0;
    }

    // The start of an organisation's name before a tagger organisation ending in a head ("Trust", "Council"): a place
    // or organisation mention, then up to three capitalised words that are no function or date words, each one
    // space after the last.
    private bool IsHeadedNameGoingOn(string text, IReadOnlyList<Token> tokens, Span before, Span organisation)
    {
        if (before.Type is not (EntityType.Location or EntityType.Organization) || organisation.Type != EntityType.Organization
            || organisation.First - before.End > 3 || !_lexicon.EndsWithHead(tokens[organisation.End - 1].Span, _lexicon.OrgHeads))
        {
            return false;
        }

        for (var i = before.End; i < organisation.First; i++)
        {
            if (!IsInstitutionWord(tokens[i]))
            {
                return false;
            }
        }

        for (var i = before.End - 1; i < organisation.First; i++)
        {
            if (!Adjacent(text, tokens, i))
            {
                return false;
            }
        }

        return true;
    }

    // A one-word place, " and ", and an organisation of three words or more that starts with a place the lists know and
    // ends in its head: one name ("England and Wales Cricket Board", "Norfolk and Norwich University Hospitals NHS
    // Foundation Trust"); after a place, "and" and an organisation not named after a place, the two stay apart
    // ("Leeds and Northfield University Hospitals").
    private bool IsPlacePairName(string text, IReadOnlyList<Token> tokens, Span place, Span organisation)
    {
        const GazetteerFlags places = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;
        return place.Type == EntityType.Location && place.Count == 1 && organisation.Type == EntityType.Organization && organisation.Count >= 3
            && organisation.First == place.End + 1 && tokens[place.End].Span is "and"
            && Adjacent(text, tokens, place.End - 1) && Adjacent(text, tokens, place.End)
            && (_gazetteer.LookupExact(tokens[organisation.First].Span) & places) != 0
            && (_lexicon.EndsWithHead(tokens[organisation.End - 1].Span, _lexicon.OrgHeads) || HeadEnd(text, tokens, organisation.End) > organisation.End);
    }

    // The end after the last organisation head among up to three capitalised words from the token at from on, one space
    // apart ("Norwich University Hospitals NHS" + "Foundation Trust": the tagger often stops before the heads); from
    // itself when there is none. A plural's possessive apostrophe may close a word ("Harbury" + "Supporters' Trust"):
    // the tagger stops at it as often as at a head.
    private int HeadEnd(string text, IReadOnlyList<Token> tokens, int from)
    {
        var end = from;
        var k = from;
        for (var words = 0; words < 3 && k < tokens.Count && IsInstitutionWord(tokens[k]) && text[tokens[k].Start - 1] == ' ' && tokens[k].Start - tokens[k - 1].End == 1; words++)
        {
            if (_lexicon.EndsWithHead(tokens[k].Span, _lexicon.OrgHeads))
            {
                end = k + 1;
            }

            k++;
            if (k + 1 < tokens.Count && tokens[k].Span is "'" or "’" && tokens[k].Start == tokens[k - 1].End && tokens[k - 1].Span[^1] == 's')
            {
                k++;
            }
        }

        return end;
    }

    // An organisation of one or two words and right after it, one space apart, a one-word place the lists know as a
    // country or region, with no possessive or capitalised word after it.
    // A broadcast word may stand between them ("BBC Radio Somerset", broadcast-words.en.txt), and then the place may be a city
    // too ("BBC Radio Leeds").
    private bool IsCountryBranch(string text, IReadOnlyList<Token> tokens, Span organisation, Span place)
    {
        const GazetteerFlags country = GazetteerFlags.Country | GazetteerFlags.Region;
        var service = place.First == organisation.End + 1 && _lexicon.BroadcastWords.Contains(tokens[organisation.End].Span)
            && char.IsUpper(tokens[organisation.End].Span[0]) && Adjacent(text, tokens, organisation.End - 1);
        return organisation.Type == EntityType.Organization && organisation.Count <= 2 && place.Type == EntityType.Location && place.Count == 1
            && (organisation.End == place.First || service) && Adjacent(text, tokens, place.First - 1)
            && (_gazetteer.LookupExact(tokens[place.First].Span) & (service ? country | GazetteerFlags.City : country)) != 0
            && !(place.End < tokens.Count && (tokens[place.End].Kind == TokenKind.Clitic || tokens[place.End].Span is "'" or "’"
                || tokens[place.End].Kind == TokenKind.Word && char.IsUpper(tokens[place.End].Span[0])));
    }

    // "the Competition and Markets Authority": the tagger takes the words after "and" for the organisation. One
    // capitalised word before "and" that no list knows as a name of its own (no company, place or person, and in
    // no mention: "Apple and Google Health" are two; surnames and cities are not asked, as the lists give them to
    // most words) belongs to an English organisation ending in its head.
    // Returns the name's first token.
    private int JoinedHeadStart(string text, IReadOnlyList<Token> tokens, Span span, int previousEnd)
    {
        var first = span.First;
        if (_lexicon.Language != Language.English || span.Type != EntityType.Organization || !span.Strong || first < 2 || first - 2 < previousEnd
            || tokens[first - 1].Span is not "and" || !IsInstitutionWord(tokens[first - 2])
            || text.AsSpan(tokens[first - 2].End, tokens[first].Start - tokens[first - 2].End) is not " and "
            || first > 2 && IsInstitutionWord(tokens[first - 3]))
        {
            return first;
        }

        const GazetteerFlags name = GazetteerFlags.Company | GazetteerFlags.Country | GazetteerFlags.FirstName;
        return (_gazetteer.Lookup(tokens[first - 2].Span) & name) == 0 ? first - 2 : first;
    }

    // "the Professional Golfers' Association": between "the" and an English organisation ending in its head, one or
    // two capitalised words the tagger left out (no title: "the Health Secretary"; no compound with a lower-case part:
    // "the Twenty-fourth United States Congress") belong to the name.
    // Returns the name's first token.
    private int ArticleBoundStart(string text, IReadOnlyList<Token> tokens, Span span, int previousEnd)
    {
        var first = span.First;
        if (_lexicon.Language != Language.English || span.Type != EntityType.Organization || first < 2
            || !_lexicon.EndsWithHead(tokens[span.End - 1].Span, _lexicon.OrgHeads))
        {
            return first;
        }

        for (var start = first - 1; start >= previousEnd + 1 && start >= first - 2; start--)
        {
            if (!IsInstitutionWord(tokens[start]) || !Adjacent(text, tokens, start) || (_gazetteer.LookupExact(tokens[start].Span) & GazetteerFlags.PersonTitle) != 0
                || IsLowerCaseCompound(tokens[start].Span))
            {
                return first;
            }

            if (tokens[start - 1].Span is "the" or "The" && Adjacent(text, tokens, start - 1))
            {
                return start;
            }
        }

        return first;
    }

    // A hyphenated word with a lower-case part after a hyphen ("Twenty-fourth", "Non-profit").
    private static bool IsLowerCaseCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private bool IsOrganisationEnd(ReadOnlySpan<char> word) =>
        (_gazetteer.LookupExact(word) & GazetteerFlags.LegalForm) != 0 || _lexicon.EndsWithHead(word, _lexicon.OrgHeads);
}
