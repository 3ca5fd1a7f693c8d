using System.Collections.Immutable;
using NewsAnalysis.Amounts;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// The document-level entity pass. It takes the tagger's mentions of one article and uses what the article says
/// elsewhere: it cleans each mention (titles and articles outside names, names end at lower-case words that are
/// not connectors, legal forms belong to the name and make it an organisation, currencies, dates and demonyms
/// are never entities), spreads names to the places the tagger missed (a person's surname, an organisation's
/// leading word, any name seen in full, genitive forms such as "Menschs" included; not after a determiner when
/// the name is a person's: "der Mensch" stays a noun), groups the mentions into <see cref="Entity"/> records,
/// gives every mention of an entity the entity's majority type and sets the canonical name (the fullest
/// mention). Linear in the number of tokens and mentions. Stateless and thread-safe.
/// </summary>
internal sealed class EntityConsolidator
{
    private static readonly Lazy<EntityConsolidator> s_german = new(() => new EntityConsolidator(ConsolidationLexicon.ForLanguage(Language.German)), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EntityConsolidator> s_english = new(() => new EntityConsolidator(ConsolidationLexicon.ForLanguage(Language.English)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConsolidationLexicon _lexicon;
    private readonly NerGazetteer _gazetteer;

    /// <summary>Creates the pass over the given word lists.</summary>
    public EntityConsolidator(ConsolidationLexicon lexicon)
    {
        _lexicon = lexicon;
        _gazetteer = lexicon.Gazetteer;
    }

    /// <summary>The pass for <paramref name="language"/> (English rules for every language but German).</summary>
    public static EntityConsolidator ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>
    /// Replaces <see cref="AnalysisDocument.Entities"/> with the consolidated mentions and fills
    /// <see cref="AnalysisDocument.ConsolidatedEntities"/>. Call after the tagger and the amount stage.
    /// </summary>
    public void Apply(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = Consolidate(document.Text, document.Tokens, document.Entities, document.Amounts);
        document.Entities.Clear();
        document.Entities.AddRange(result.Mentions);
        document.ConsolidatedEntities.Clear();
        document.ConsolidatedEntities.AddRange(result.Entities);
    }

    /// <summary>
    /// Consolidates the mentions of one document. <paramref name="tokens"/> are the document's tokens in text
    /// order; <paramref name="mentions"/> the tagger's mentions (any order, overlapping ones are dropped);
    /// <paramref name="amounts"/> optional amounts (a mention inside an amount is dropped).
    /// </summary>
    public ConsolidationResult Consolidate(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Amount>? amounts = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = SplitAndJoin(text, tokens, AlignToTokens(tokens, mentions));
        var cleaned = new List<Span>(spans.Count);
        var amountSpans = Amounts(amounts);
        var nextAmount = 0;
        foreach (var span in spans)
        {
            if (Clean(text, tokens, span) is not { } clean)
            {
                continue;
            }

            while (nextAmount < amountSpans.Count && amountSpans[nextAmount].End <= tokens[clean.First].Start)
            {
                nextAmount++;
            }

            if (nextAmount < amountSpans.Count && amountSpans[nextAmount].Start <= tokens[clean.First].Start && tokens[clean.End - 1].End <= amountSpans[nextAmount].End)
            {
                continue;
            }

            // Cleaning may grow a mention over a legal form the next mention starts with: keep the first.
            if (cleaned.Count > 0 && clean.First < cleaned[^1].End)
            {
                continue;
            }

            if (JoinedHeadStart(text, tokens, clean, cleaned.Count > 0 ? cleaned[^1].End : 0) is var joined && joined < clean.First)
            {
                clean = clean with { First = joined };
            }
            else if (ArticleBoundStart(text, tokens, clean, cleaned.Count > 0 ? cleaned[^1].End : 0) is var bound && bound < clean.First)
            {
                clean = clean with { First = bound };
            }

            cleaned.Add(clean);
        }

        cleaned = AddInstitutionNames(tokens, cleaned);
        if (_lexicon.Language == Language.English)
        {
            cleaned = AddEnglishNames(text, tokens, cleaned);
            TypeCoordinatedNames(tokens, cleaned);
        }
        if (_lexicon.Language == Language.German)
        {
            cleaned = AddGermanNames(text, tokens, cleaned);
            cleaned = AddClubNames(text, tokens, cleaned);
        }

        var names = new NameIndex(text, tokens, _lexicon);
        // Full names first, so that a surname the tagger found alone before the full name still joins it.
        foreach (var span in cleaned)
        {
            if (span.Count > 1)
            {
                names.Register(span);
            }
        }

        foreach (var span in cleaned)
        {
            if (span.Count == 1)
            {
                names.Register(span);
            }
        }

        if (_lexicon.Language == Language.German)
        {
            StripArticleOfKnownName(text, tokens, cleaned, names);
        }

        var all = Spread(text, tokens, cleaned, names);
        return Group(text, tokens, all, names);
    }

    /// <summary>A mention as a token range with its type; <see cref="Spread"/> marks mentions it added.</summary>
    internal readonly record struct Span(int First, int End, EntityType Type, bool Spread = false, bool Genitive = false, bool Strong = false)
    {
        public int Count => End - First;
    }

    private static List<(int Start, int End)> Amounts(IReadOnlyList<Amount>? amounts)
    {
        var list = new List<(int Start, int End)>();
        if (amounts is not null)
        {
            foreach (var a in amounts)
            {
                list.Add((a.Start, a.End));
            }

            list.Sort();
        }

        return list;
    }

    // Each mention becomes the tokens it covers (any token it overlaps). Sorted by position; a mention that
    // overlaps an earlier one is dropped, so that the rest of the pass can rely on disjoint, ordered spans.
    private static List<Span> AlignToTokens(IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var ordered = mentions.Where(m => m.End > m.Start).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        var spans = new List<Span>(ordered.Count);
        var t = 0;
        var lastEnd = -1;
        foreach (var m in ordered)
        {
            while (t < tokens.Count && tokens[t].End <= m.Start)
            {
                t++;
            }

            var end = t;
            while (end < tokens.Count && tokens[end].Start < m.End)
            {
                end++;
            }

            if (end > t && t >= lastEnd)
            {
                spans.Add(new Span(t, end, m.Type));
                lastEnd = end;
            }
        }

        return spans;
    }

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

        return result;
    }

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
    // last a surname the lists know, none a title, organisation head or legal form ("Bank of England", "Royal Bank
    // of Scotland", "Prince Edward of Wessex" stay whole); after it one word the lists know as a country, region or
    // city, or two that start and end a listed place name ("South Korea"). 0 when there is none.
    private int PersonOfPlace(IReadOnlyList<Token> tokens, Span span)
    {
        const GazetteerFlags place = GazetteerFlags.Country | GazetteerFlags.Region | GazetteerFlags.City;
        const GazetteerFlags notInName = GazetteerFlags.PersonTitle | GazetteerFlags.OrgHead | GazetteerFlags.LegalForm;
        var of = span.First + 2;
        while (of < span.End && of <= span.First + 3 && tokens[of].Span is not "of")
        {
            of++;
        }

        if (of >= span.End - 1 || tokens[of].Span is not "of" || span.End - of > 3
            || (_gazetteer.LookupExact(tokens[of - 1].Span) & GazetteerFlags.Surname) == 0)
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

    // An organisation of one or two words and right after it, one space apart, a one-word place the lists know as a
    // country or region, with no possessive or capitalised word after it.
    private bool IsCountryBranch(string text, IReadOnlyList<Token> tokens, Span organisation, Span place)
    {
        const GazetteerFlags country = GazetteerFlags.Country | GazetteerFlags.Region;
        return organisation.Type == EntityType.Organization && organisation.Count <= 2 && place.Type == EntityType.Location && place.Count == 1
            && organisation.End == place.First && text.AsSpan(tokens[place.First - 1].End, tokens[place.First].Start - tokens[place.First - 1].End) is " "
            && (_gazetteer.LookupExact(tokens[place.First].Span) & country) != 0
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
    // two capitalised words the tagger left out (no title: "the Health Secretary") belong to the name.
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
            if (!IsInstitutionWord(tokens[start]) || !Adjacent(text, tokens, start) || (_gazetteer.LookupExact(tokens[start].Span) & GazetteerFlags.PersonTitle) != 0)
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

    private bool IsOrganisationEnd(ReadOnlySpan<char> word) =>
        (_gazetteer.LookupExact(word) & GazetteerFlags.LegalForm) != 0 || _lexicon.EndsWithHead(word, _lexicon.OrgHeads);

    // The per-mention rules. Returns null for a mention that is no entity at all.
    private Span? Clean(string text, IReadOnlyList<Token> tokens, Span span)
    {
        var first = span.First;
        var end = span.End;
        var type = span.Type;
        var strong = span.Strong;

        // Names end at a lower-case word that is not a connector ("Mistral AI sagte" → "Mistral AI") and at
        // punctuation that separates ("Locarno – Mit", "Whitlock: Salt"). Titles of works keep their lower-case
        // words: they are written like sentences ("Spring um dein Leben", "Das rote Quadrat").
        // A possessor's name ends at its genitive apostrophe: "Fuchs' Roman" is Fuchs's novel.
        for (var i = first + 1; i < end; i++)
        {
            if (type == EntityType.Organization && IsGenitiveAdjectiveInName(tokens, i, end))
            {
                continue;
            }

            if (type != EntityType.Misc && IsLowerCaseWord(tokens[i].Span) && !_lexicon.Connectors.Contains(tokens[i].Span) || IsSeparator(tokens[i]))
            {
                end = i;
                break;
            }

            if (type != EntityType.Misc && IsApostropheGenitive(tokens[i - 1].Span))
            {
                end = i;
                break;
            }
        }

        // Trailing connectors, punctuation and the English possessive stay outside: "Bank of" → "Bank", "Smith 's" → "Smith"
        // (but the period of an abbreviated legal form the tokenizer split off stays: "Acme Corp.").
        while (end > first && (IsLowerCaseWord(tokens[end - 1].Span) && _lexicon.Connectors.Contains(tokens[end - 1].Span)
            || tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Clitic or TokenKind.QuoteMark)
            && !IsLegalFormPeriod(tokens, end - 1))
        {
            end--;
        }

        first = StripLeading(text, tokens, first, end, type);
        if (first >= end)
        {
            return null;
        }

        if (type == EntityType.Person && end - first == 1 && IsSurnameAfterFirstName(text, tokens, first))
        {
            end++;
        }

        // A version or model number is no name by itself ("v2.1"): one token with a digit and no capital.
        if (end - first == 1 && ContainsDigit(tokens, first, end) && !HasCapital(tokens[first].Span))
        {
            return null;
        }

        // A compound ending in an organisation head right before a place joins it: "Mieterinitiative Rhein-Main",
        // "Aktionärsvereinigung Rhein-Ruhr", in German also a place of several words ("Landesbetrieb Forst
        // Brandenburg"; the tagger takes the place alone, or a hyphenated region for a person). Before an
        // organisation's name the compound describes it and stays outside ("Förderbank Bpifrance").
        var head = false;
        if (first > 0 && (end - first == 1 || type == EntityType.Location && _lexicon.Language == Language.German)
            && IsOrganisationHeadBefore(text, tokens, first)
            && (type == EntityType.Location || type == EntityType.Person && tokens[first].Span.Contains('-')))
        {
            first--;
            head = true;
        }

        // "Wirtschaftsprüfungsgesellschaft Meridian Audit", "Beratungsfirma Strand & Pohl": after a German compound
        // of an organisation head or a descriptive noun, a name the tagger took for a person's is the organisation's,
        // unless it starts with a first name ("Verbandspräsidentin" is no such compound, "Bankberater" is one).
        var described = !head && type == EntityType.Person && first > 0 && _lexicon.Language == Language.German
            && (_gazetteer.Lookup(tokens[first].Span) & GazetteerFlags.FirstName) == 0
            && IsCompoundBefore(text, tokens, first);

        // A legal form right after the name belongs to it ("Nordwerk GmbH", "Acme Corp.", "Brantley & Co.", "GmbH & Co. KG").
        var grown = end;
        while (grown < tokens.Count && tokens[grown].Start - tokens[grown - 1].End <= 1)
        {
            var flags = _gazetteer.LookupExact(tokens[grown].Span);
            if ((flags & GazetteerFlags.LegalForm) != 0 || IsLegalFormPeriod(tokens, grown))
            {
                end = ++grown;
            }
            else if (grown + 1 < tokens.Count && (_gazetteer.LookupExact(tokens[grown + 1].Span) & GazetteerFlags.LegalForm) != 0
                && (tokens[grown].Span is "&" || tokens[grown].Span is "und" or "and" && (_gazetteer.LookupExact(tokens[grown - 1].Span) & GazetteerFlags.LegalForm) != 0))
            {
                grown++;
            }
            else
            {
                break;
            }
        }

        // Capitalised words ending in an organisation head right after the name belong to it: "Harlow County" +
        // "Savings Bank" (the tagger takes the place, and the head alone), also after a plural's possessive
        // apostrophe ("Whitby Residents" + "' Action Group"). Not in German, where every noun is capitalised and a
        // head noun after a name describes it ("der Die Zeit Verlagsgruppe").
        var from = end < tokens.Count && tokens[end].Span is "'" or "’" && tokens[end].Start == tokens[end - 1].End
            && tokens[end - 1].Span[^1] == 's' && type != EntityType.Misc ? end + 1 : end;
        for (var k = 1; k <= 3 && from + k <= tokens.Count && _lexicon.Language != Language.German; k++)
        {
            var word = tokens[from + k - 1];
            if (!IsInstitutionWord(word) || word.Start - tokens[from + k - 2].End != 1 || text[word.Start - 1] != ' ')
            {
                break;
            }

            if (_lexicon.EndsWithHead(word.Span, _lexicon.OrgHeads))
            {
                end = from + k;
                break;
            }
        }

        // "Lindwurm Versicherung zahlt": a German company's one-word name the tagger found before a bare head noun
        // ("Versicherung", "Stiftung", "Bank") is named with it; a compound head describes it ("Allianz-Tochter").
        if (_lexicon.Language == Language.German && type == EntityType.Organization && end - first == 1 && IsBareHeadAfter(text, tokens, first))
        {
            end++;
        }
        else if (type != EntityType.Misc && GroupNameEnd(text, tokens, first, end, type) is var groupEnd && groupEnd > end)
        {
            end = groupEnd;
        }

        if (!IsName(tokens, first, end, type) || type == EntityType.Person && end - first == 1 && IsGermanNounForPerson(text, tokens, first))
        {
            return null;
        }

        // The last word decides the type when it is telling: a legal form or an organisation head makes an
        // organisation ("Nordwerk GmbH", "Northfield University", "Neckar-Stiftung"), an event word an event
        // ("Locarno Film Festival", "DFB-Pokal"). Such evidence outweighs the tagger's votes for the entity.
        var last = IsLegalFormPeriod(tokens, end - 1) ? end - 2 : end - 1;
        var lastWord = tokens[last].Span;
        if (last > first && (_gazetteer.LookupExact(lastWord) & GazetteerFlags.LegalForm) != 0)
        {
            (type, strong) = (EntityType.Organization, true);
        }
        else if (_lexicon.EndsWithHead(lastWord, _lexicon.EventHeads) && (last > first || lastWord.Contains('-')) && !IsEnglishPersonWithFirstName(tokens, first, last, type))
        {
            (type, strong) = (EntityType.Misc, true);
        }
        else if (type != EntityType.Misc && last > first && _lexicon.EndsWithHead(lastWord, _lexicon.VenueHeads))
        {
            // "SAP Arena", "Europa-Park Stadion": a venue is a place, whoever owns or sponsors it.
            (type, strong) = (EntityType.Location, true);
        }
        else if (type != EntityType.Misc && (last > first || lastWord.Contains('-')) && (_lexicon.EndsWithHead(lastWord, _lexicon.OrgHeads) || HeadBeforeConnector(tokens, first, end)))
        {
            (type, strong) = (EntityType.Organization, true);
        }
        else if (head || described)
        {
            (type, strong) = (EntityType.Organization, true);
        }
        else if (end - first > 1 && type != EntityType.Misc && _lexicon.ClubPrefixLength(tokens, first, end) > 0)
        {
            // A club prefix ("SC Freiburg", "1. FC Köln") makes a sports club, whatever the place after it suggests.
            (type, strong) = (EntityType.Organization, true);
        }
        else if (type == EntityType.Person && ContainsDigit(tokens, first, end) || type == EntityType.Location && end - first == 1 && _lexicon.Language == Language.English && IsModelName(tokens[first].Span))
        {
            // People's names have no digits: "Lumen 8x7B" is a product; so is a word with a hyphenated number
            // ("Kestrel-2", "Sentinel-5P"), where places put the number apart ("Highway 101", "Terminal 5").
            type = EntityType.Misc;
        }
        else if (_lexicon.Language == Language.English && type != EntityType.Person && ProductNumberEnd(tokens, first, end) is var productEnd && productEnd > end)
        {
            // "Cadenza 4", "Vortex Pro 98": a new name with a model number is a product, and its first word names it later.
            (end, type, strong) = (productEnd, EntityType.Misc, true);
        }
        else if (_lexicon.Language == Language.English && !strong)
        {
            (type, strong) = EnglishContext(text, tokens, first, end, type);
        }
        else if (_lexicon.Language == Language.German && type != EntityType.Misc && GermanApposition(tokens, end) is { } apposition)
        {
            (type, strong) = (apposition, true);
        }

        // "Spain's Diego Sandoval" … "from Sandoval": the tagger's person with a first name outweighs its place votes
        // for the bare surname (a surname the lists know as a town too).
        if (_lexicon.Language == Language.English && type == EntityType.Person && !strong && IsFirstNameAndSurname(tokens, first, end))
        {
            strong = true;
        }

        return new Span(first, end, type, Strong: strong);
    }

    // "Bundesverband deutscher Banken", "Bund deutscher Architekten": a lower-case adjective in the genitive plural
    // after a head that takes the genitive into the name (genitive-org-heads.de.txt), before a capitalised word of the
    // same mention, is part of the name, not its end.
    private bool IsGenitiveAdjectiveInName(IReadOnlyList<Token> tokens, int index, int end) =>
        _lexicon.Language == Language.German && index + 1 < end && tokens[index].Span.Length > 3 && tokens[index].Span.EndsWith("er", StringComparison.Ordinal)
        && IsLowerCaseWord(tokens[index].Span) && HasCapital(tokens[index + 1].Span)
        && _lexicon.EndsWithHead(tokens[index - 1].Span, _lexicon.GenitiveOrgHeads);

    // What the words around an English name say when its own words say nothing: a dateline in capitals at a
    // paragraph's start ("LEEDS — …") is a place; a descriptive noun before the name makes an organisation ("the
    // Cambridge start-up Corvid Orbital", "the folk band Marram Grass", "its management company, Ashgrove Talent");
    // a title before a first name and surname makes a person ("Councillor Margaret Field"). An apposition after the name
    // (", the supermarket chain with …", see DescribedAfter) makes an organisation too, and so does a firm's staff
    // before "at" ("analysts at Peel Hunt").
    private (EntityType Type, bool Strong) EnglishContext(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        if (end < tokens.Count && tokens[end].Span is "—" or "–" && (tokens[first].Start == 0 || text[tokens[first].Start - 1] == '\n')
            && IsCapitals(tokens, first, end))
        {
            return (EntityType.Location, true);
        }

        if (type is EntityType.Person or EntityType.Location
            && (DescribedAfter(tokens, end) || first >= 2 && tokens[first - 1].Span is "at" && _lexicon.WorkplaceNouns.Contains(tokens[first - 2].Span)))
        {
            return (EntityType.Organization, true);
        }

        if (IndefiniteApposition(tokens, end) is { } described)
        {
            return (described, true);
        }

        // A word the lists know only as a country is a place even where it acts ("the U.S. imposed tariffs").
        if (type == EntityType.Organization && end - first == 1 && IsOnlyACountryWord(tokens[first].Span))
        {
            return (EntityType.Location, false);
        }

        if (first == 0)
        {
            return (type, false);
        }

        if (type is EntityType.Person or EntityType.Location)
        {
            // The word before, with the parts the tokenizer may have split off at hyphens ("start" "-" "up").
            var before = tokens[first - 1].Span is "," && first > 1 ? first - 2 : first - 1;
            var start = before;
            while (start > 0 && tokens[start - 1].End == tokens[start].Start && before - start < 4)
            {
                start--;
            }

            var word = text.AsSpan(tokens[start].Start, tokens[before].End - tokens[start].Start);
            if (tokens[before].Kind == TokenKind.Word && IsLowerCaseWord(word) && _lexicon.EndsWithHead(word, _lexicon.DescriptorHeads))
            {
                return (EntityType.Organization, true);
            }
        }

        // "the Sheffield software firm": a one-word person between an article and a lower-case noun is a modifier,
        // and a word the lists know as a place is that place there (people are not named after "a").
        if (type == EntityType.Person && end - first == 1 && tokens[first - 1].Span is "the" or "a" or "an" or "The" or "A" or "An" && end < tokens.Count
            && tokens[end].Kind == TokenKind.Word && IsLowerCaseWord(tokens[end].Span) && tokens[end].Start - tokens[first].End == 1
            && (_gazetteer.LookupExact(tokens[end].Span) & GazetteerFlags.FunctionWord) == 0
            && (_gazetteer.LookupExact(tokens[first].Span) & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0)
        {
            return (EntityType.Location, false);
        }

        if (type is EntityType.Location or EntityType.Organization && end - first >= 2
            && (_gazetteer.LookupExact(tokens[first - 1].Span) & GazetteerFlags.PersonTitle) != 0
            && (_gazetteer.LookupExact(tokens[first].Span) & GazetteerFlags.FirstName) != 0)
        {
            return (EntityType.Person, false);
        }

        return (type, false);
    }

    // An apposition that calls the name an organisation: ", the supermarket chain with 412 stores", ", the
    // retailer, said". The descriptive noun must end the description (", the club captain" is a person, and so is
    // ", the bank's chief", ", the publisher of …", ", the promoter who …"); only after "the": ", a retailer from
    // Leeds" may describe a person's trade.
    private bool DescribedAfter(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Span is not "," || tokens[end + 1].Span is not "the")
        {
            return false;
        }

        for (var i = end + 2; i < end + 5 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && IsLowerCaseWord(tokens[i].Span); i++)
        {
            if (!_lexicon.EndsWithHead(tokens[i].Span, _lexicon.DescriptorHeads))
            {
                continue;
            }

            if (i + 1 == tokens.Count)
            {
                return true;
            }

            var next = tokens[i + 1];
            if (next.Kind is TokenKind.Clitic or TokenKind.QuoteMark || next.Span is "'" or "’" or "of" or "who" or "whose")
            {
                return false;
            }

            if (next.Kind != TokenKind.Word || !IsLowerCaseWord(next.Span) || (_gazetteer.LookupExact(next.Span) & GazetteerFlags.FunctionWord) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // What an apposition with an indefinite article calls the name: ", a Danish container carrier", ", a small maker
    // from Ayr" make an organisation (company-nouns.en.txt: nouns that never give a person's trade); ", a 34-year-old
    // nurse" makes a person (firms are not "-year-old" before a person's noun, ", a 90-year-old company" is one).
    // Up to three modifiers before the noun: lower-case words that are no function words, nationality words and
    // places ("a Cambridge company"); null when the apposition says neither.
    private EntityType? IndefiniteApposition(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Span is not "," || tokens[end + 1].Span is not ("a" or "an"))
        {
            return null;
        }

        var aged = false;
        for (var i = end + 2; i < end + 6 && i < tokens.Count && tokens[i].Kind == TokenKind.Word; i++)
        {
            var word = tokens[i].Span;
            var flags = _gazetteer.Lookup(word);
            if (IsLowerCaseWord(word) && _lexicon.CompanyNouns.Contains(word))
            {
                // "a container carrier's", "a firm of solicitors", "a group who": the noun is not what the name is.
                var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
                return i + 1 < tokens.Count && (next.Kind is TokenKind.Clitic or TokenKind.QuoteMark || next.Span is "'" or "’" or "of" or "who" or "whose")
                    ? null : EntityType.Organization;
            }

            if (i == end + 2 && word.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(word[0]))
            {
                aged = true;
                continue;
            }

            var modifier = IsLowerCaseWord(word) ? (flags & GazetteerFlags.FunctionWord) == 0
                : (flags & (GazetteerFlags.Demonym | GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0;
            if (!modifier)
            {
                break;
            }
        }

        return aged ? EntityType.Person : null;
    }

    // What a German apposition calls the name: ", ein spanisch-deutsches Unternehmen mit Sitz in …", ", die Kölner
    // Softwarefirma" make an organisation (company-nouns.de.txt, compounds too; nouns for a person's trade such as
    // "Händler", "Berater" are not listed), ", ein 34-jähriger Pfleger" a person. Up to three lower-case words that
    // are no function words may stand before the noun ("der seit Jahren …" is a relative clause), and place adjectives;
    // null when the apposition says neither.
    private EntityType? GermanApposition(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Span is not "," || tokens[end + 1].Span is not ("ein" or "eine" or "der" or "die" or "das"))
        {
            return null;
        }

        for (var i = end + 2; i < end + 6 && i < tokens.Count && tokens[i].Kind == TokenKind.Word; i++)
        {
            var word = tokens[i].Span;
            if (i == end + 2 && char.IsDigit(word[0]) && word.Contains("-jährige", StringComparison.Ordinal))
            {
                return EntityType.Person;
            }

            if (IsLowerCaseWord(word))
            {
                if ((_gazetteer.Lookup(word) & GazetteerFlags.FunctionWord) != 0)
                {
                    return null;
                }

                continue;
            }

            if (IsPlaceAdjective(word))
            {
                continue;
            }

            return _lexicon.EndsWithHead(word, _lexicon.CompanyHeads) ? EntityType.Organization : null;
        }

        return null;
    }

    // An English tagger person of a first name and a surname the lists know: "Tom Masters" keeps his name, though
    // "Masters" ends tournaments' names ("Ryder Cup" does not name a person).
    private bool IsEnglishPersonWithFirstName(IReadOnlyList<Token> tokens, int first, int last, EntityType type) =>
        _lexicon.Language == Language.English && type == EntityType.Person && (_gazetteer.LookupExact(tokens[first].Span) & GazetteerFlags.FirstName) != 0
        && (_gazetteer.LookupExact(tokens[last].Span) & GazetteerFlags.Surname) != 0;

    // Two or three capitalised words, the first a first name the lists know and no place ("Diego Sandoval"; not
    // "Jordan Valley" or "Georgia Power"), the others no organisation head, legal form or title.
    private bool IsFirstNameAndSurname(IReadOnlyList<Token> tokens, int first, int end)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;
        var given = _gazetteer.LookupExact(tokens[first].Span);
        if (end - first is < 2 or > 3 || (given & GazetteerFlags.FirstName) == 0 || (given & place) != 0)
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0]) || i > first
                && (_gazetteer.LookupExact(tokens[i].Span) & (GazetteerFlags.OrgHead | GazetteerFlags.LegalForm | GazetteerFlags.PersonTitle)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // Every letter of the name is a capital ("LEEDS", "NEW YORK").
    private static bool IsCapitals(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            foreach (var c in tokens[i].Span)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The end of a model number after a name no list knows ("Cadenza" + " 4", "Vortex" + " Pro 98"): up to two
    // capitalised words, then a number of at most three digits that ends the phrase (punctuation or a function word
    // follows). Known words are left alone ("Boeing 737", "Harbury 1" in a results line, "Route 66"), and so are
    // counts ("Cadenza 4 users" is an amount) and results ("Harbury 1, Kingsbridge 3"). After an article, a name and
    // a number or short code before a noun are one thing's model, whatever the lists know of the name's words
    // ("a Halden Apex 3 driver", "a Corvex R4 robot": "a … 3 drivers" would be a count, "a 3" no count at all).
    // Returns end when there is none.
    private int ProductNumberEnd(IReadOnlyList<Token> tokens, int first, int end)
    {
        // Known: a word the lists have; then only the article-and-noun reading holds, and not for a company ("the Boeing 737").
        var known = false;
        var determined = first > 0 && tokens[first - 1].Span is "a" or "an" or "the";
        for (var i = first; i < end; i++)
        {
            var flags = _gazetteer.Lookup(tokens[i].Span);
            known |= flags != GazetteerFlags.None;
            determined &= (flags & (GazetteerFlags.Company | GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord)) == 0;
            if (tokens[i].Kind != TokenKind.Word || known && !determined)
            {
                return end;
            }
        }

        var k = end;
        while (k < tokens.Count && k < end + 2 && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Span[0]) && tokens[k].Start - tokens[k - 1].End == 1)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Start - tokens[k - 1].End != 1)
        {
            return end;
        }

        var number = tokens[k].Kind == TokenKind.Number && tokens[k].Span.Length <= 3 && tokens[k].Span.IndexOfAnyExceptInRange('0', '9') < 0;
        var code = determined && IsShortModelCode(tokens[k]);
        if (!number && !code)
        {
            return end;
        }

        var after = k + 1;
        if (after == tokens.Count)
        {
            return known || code ? end : after;
        }

        var next = tokens[after];
        var beforeNoun = determined && next.Kind == TokenKind.Word && IsLowerCaseWord(next.Span) && next.Start - tokens[k].End == 1 && (code || next.Span[^1] != 's')
            && (_gazetteer.LookupExact(next.Span) & GazetteerFlags.FunctionWord) == 0;
        if (known || code)
        {
            return beforeNoun ? after : end;
        }

        var ends = next.Kind == TokenKind.Punctuation && next.Span is "," or "." or ";" or ":" or ")"
            && !(next.Span is "," && after + 1 < tokens.Count && tokens[after + 1].Kind == TokenKind.Word && char.IsUpper(tokens[after + 1].Span[0]))
            || next.Kind == TokenKind.Word && IsLowerCaseWord(next.Span) && (_gazetteer.LookupExact(next.Span) & GazetteerFlags.FunctionWord) != 0
            || beforeNoun;
        return ends ? after : end;
    }

    // A short model code: one or two capitals and one to three digits ("R4", "X5", "GT3").
    private static bool IsShortModelCode(Token token)
    {
        var word = token.Span;
        var letters = word.IndexOfAnyInRange('0', '9');
        return token.Kind == TokenKind.Alphanumeric && letters is 1 or 2 && word.Length - letters <= 3
            && !word[..letters].ContainsAnyExceptInRange('A', 'Z') && !word[letters..].ContainsAnyExceptInRange('0', '9');
    }

    // A product or model name: at least three letters, a hyphen, then a digit ("Kestrel-2", "Sentinel-5P").
    private static bool IsModelName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen >= 3 && hyphen + 1 < word.Length && char.IsDigit(word[hyphen + 1]) && word[..hyphen].IndexOfAnyInRange('0', '9') < 0;
    }

    // Leading words that are not part of the name: lower-case words ("startup Lumenfold", "der SPD"), a
    // capitalised article ("Die Rheinische Handelsbank AG"), titles ("Dr.", "Ministerin") and, in German,
    // descriptive nouns with the adjectives before them ("Der Dresdner Chipentwickler Halvora GmbH").
    private int StripLeading(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        while (first < end)
        {
            var token = tokens[first];
            var word = token.Span;
            var rest = first < end - 1;
            if (token.Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
            {
                first++;
                continue;
            }

            if (IsLowerCaseWord(word))
            {
                // "von der Leyen", "von Weizsäcker" keep their connectors when a name follows (but before a
                // one-word organisation or place, "von" is a preposition), and a name written in lower case
                // ("dpa", "n-tv") stays a name.
                if (!rest || !HasCapital(tokens, first + 1, end)
                    || _lexicon.Connectors.Contains(word) && !_lexicon.Determiners.Contains(word) && (end - first > 2 || type == EntityType.Person))
                {
                    break;
                }

                first++;
                continue;
            }

            if (!rest)
            {
                break;
            }

            var flags = _gazetteer.LookupExact(word);
            var title = (flags & GazetteerFlags.PersonTitle) != 0 && type != EntityType.Organization;
            // A capitalised article only at a sentence start (mid-sentence "Die Zeit" is a newspaper's name),
            // and never of a title ("Das rote Quadrat").
            var article = type != EntityType.Misc && _lexicon.Determiners.Contains(word) && (first == 0 || SentenceBreakBetween(text, tokens[first - 1], token));
            if (title || article)
            {
                first++;
                continue;
            }

            // "Dresdner Chipentwickler Halvora", "Förderbank Bpifrance": up to two adjectives, then a descriptive noun.
            var descriptor = first;
            while (descriptor < end - 1 && descriptor < first + 2 && IsAdjective(tokens[descriptor].Span))
            {
                descriptor++;
            }

            if (descriptor < end - 1 && IsDescriptor(tokens[descriptor].Span) && RestIsName(tokens, descriptor + 1, end))
            {
                first = descriptor + 1;
                continue;
            }

            break;
        }

        return first;
    }

    // A descriptive noun: ends in a descriptor head but is not itself an organisation head ("Volksbank" is a name).
    private bool IsDescriptor(ReadOnlySpan<char> word) =>
        _lexicon.EndsWithHead(word, _lexicon.DescriptorHeads) && (_gazetteer.LookupExact(word) & GazetteerFlags.OrgHead) == 0;

    // The words after a descriptive noun form a name of their own: one that is not just a place
    // ("Universität Hamburg" is a name as a whole) and has a capitalised word that is not a legal form.
    private bool RestIsName(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end - first == 1 && (_gazetteer.Lookup(tokens[first].Span) & (GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region)) != 0)
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (HasCapital(tokens[i].Span) && (_gazetteer.LookupExact(tokens[i].Span) & GazetteerFlags.LegalForm) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Museum of Art", "Office for Budget Responsibility": an organisation head right before a connector.
    private bool HeadBeforeConnector(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end - 2; i++)
        {
            if (_lexicon.Connectors.Contains(tokens[i + 1].Span) && IsLowerCaseWord(tokens[i + 1].Span) && _lexicon.EndsWithHead(tokens[i].Span, _lexicon.OrgHeads))
            {
                return true;
            }
        }

        return false;
    }

    // Currencies, months and weekdays, demonyms, function words, addresses and words without a capital are never
    // entities by themselves: a mention needs one word that can be a name.
    private bool IsName(IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        var never = GazetteerFlags.Currency | GazetteerFlags.DateWord | GazetteerFlags.Demonym;
        if (end - first == 1)
        {
            never |= GazetteerFlags.FunctionWord;

            // "Straubinger" the person keeps the name; "die Berliner" are no entity.
            if (type != EntityType.Person && tokens[first].Kind == TokenKind.Word && IsPlaceAdjective(tokens[first].Span))
            {
                return false;
            }

            // "the Englishman", "two Frenchmen": a nationality noun, as no entity as "English" is.
            if (_lexicon.Language == Language.English && tokens[first].Kind == TokenKind.Word && IsNationalityNoun(tokens[first].Span))
            {
                return false;
            }
        }

        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Url or TokenKind.Email)
            {
                return false;
            }

            // A name needs a word that is not a listed non-name. A name in lower case is an organisation's or a
            // product's short name ("dpa", "n-tv", "vhs"); longer lower-case words ("borrowing") are not names, and
            // neither is a short one that is a common noun ("bank": the tagger's lower-case name features see "Bank").
            var lowerCase = IsLowerCaseWord(token.Span);
            // (Not after a determiner: "the headland" is a noun the lists know as a town's name.)
            if (lowerCase && type == EntityType.Location && token.Kind == TokenKind.Word && IsLowerCasePlace(token.Span)
                && !(first > 0 && _lexicon.Determiners.Contains(tokens[first - 1].Span)))
            {
                return true;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Hashtag or TokenKind.Handle
                && (HasCapital(token.Span) || !lowerCase || IsLowerCaseShortName(token.Span, type, end - first))
                && (_gazetteer.Lookup(token.Span) & (lowerCase ? never | GazetteerFlags.CommonNoun : never)) == 0)
            {
                return true;
            }

            if (token.Kind is TokenKind.Number or TokenKind.Ordinal && end - first > 1)
            {
                continue;
            }
        }

        return false;
    }

    // A capitalised organisation head itself, not a compound of one, one space after the token at index and not
    // followed by another capitalised word ("Lindwurm Versicherung zahlt", not "Lindwurm Versicherung Holding").
    private bool IsBareHeadAfter(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (!Adjacent(text, tokens, index) || tokens[index + 1].Kind != TokenKind.Word || !char.IsUpper(tokens[index + 1].Span[0])
            || index + 2 < tokens.Count && tokens[index + 2].Kind == TokenKind.Word && char.IsUpper(tokens[index + 2].Span[0]))
        {
            return false;
        }

        foreach (var head in _lexicon.OrgHeads)
        {
            if (tokens[index + 1].Span.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Felix Mensch vom Rennstall": the German tagger ends a person's name at a surname that is a common noun too
    // ("Mensch", "Koch", "Vogel"), which its features see as a noun. A first name the lists know, then one space and
    // a capitalised word the lists know as a surname (not as a title, function word or place) is one name; a noun
    // that is no surname ("dass Felix Probleme hat") stays outside. German only.
    private bool IsSurnameAfterFirstName(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (_lexicon.Language != Language.German || !Adjacent(text, tokens, index) || tokens[index + 1].Kind != TokenKind.Word
            || !char.IsUpper(tokens[index + 1].Span[0]) || (_gazetteer.LookupExact(tokens[index].Span) & GazetteerFlags.FirstName) == 0)
        {
            return false;
        }

        var flags = _gazetteer.LookupExact(tokens[index + 1].Span);
        const GazetteerFlags never = GazetteerFlags.PersonTitle | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym
            | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region | GazetteerFlags.LegalForm;
        return (flags & GazetteerFlags.Surname) != 0 && (flags & never) == 0;
    }

    // The end of a German name at token i right after a descriptive noun (descriptor-heads.de.txt, in the genitive
    // too: "des Fahrradherstellers Brandwerk Bikes", "das Fachportal Radsport-Kurier", "der Investor Leinetal
    // Ventures"), i when there is none. The descriptive noun stands alone (no mention ends with it); the first word is
    // capitalised and no word the lists know as a common noun, title, first name, place, demonym or place adjective
    // (every German noun is capitalised: "der Hersteller Gewinne"; "der Investor Anna …" is a person); up to three more
    // capitalised words that are no common noun follow.
    private int GermanDescribedNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (_lexicon.Language != Language.German || i == 0 || !Adjacent(text, tokens, i - 1) || !IsInstitutionWord(tokens[i - 1])
            || !(IsDescriptor(tokens[i - 1].Span) || IsDescriptor(NameIndex.GenitiveStem(tokens[i - 1].Span))) || !IsInstitutionWord(tokens[i])
            || IsPlaceAdjective(tokens[i].Span))
        {
            return i;
        }

        const GazetteerFlags notFirst = GazetteerFlags.CommonNoun | GazetteerFlags.PersonTitle | GazetteerFlags.FirstName | GazetteerFlags.Demonym
            | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        if ((_gazetteer.Lookup(tokens[i].Span) & notFirst) != 0)
        {
            return i;
        }

        var end = i + 1;
        while (end < tokens.Count && end - i < 4 && Adjacent(text, tokens, end - 1) && tokens[end].Kind is TokenKind.Word or TokenKind.Alphanumeric
            && char.IsUpper(tokens[end].Span[0]) && (_gazetteer.LookupExact(tokens[end].Span) & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord)) == 0)
        {
            end++;
        }

        return end;
    }

    // "Hellweg Mediengruppe stellt …", "die Ostsee Resort Gruppe": a German company is named by a word and a group
    // noun (group-heads.de.txt, compounds too), which the tagger leaves out or reads alone as a person or a place. Up
    // to two words of a mention the tagger found, at most one more capitalised word, then the group noun and no
    // capitalised word after it (where the name would go on) is the company's name; a person's name with a first name
    // is no company's, and a group noun after a title with its article describes the title's publisher ("der Die Zeit
    // Verlagsgruppe"). Returns end when there is none. German only (the list is empty in English).
    private int GroupNameEnd(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        if (_lexicon.GroupHeads.Length == 0 || end - first > 2 || _lexicon.Determiners.Contains(tokens[first].Span)
            || type == EntityType.Person && (_gazetteer.LookupExact(tokens[first].Span) & GazetteerFlags.FirstName) != 0)
        {
            return end;
        }

        for (var k = end; k < end + 2 && Adjacent(text, tokens, k - 1) && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Span[0]); k++)
        {
            if (_lexicon.EndsWithHead(tokens[k].Span, _lexicon.GroupHeads))
            {
                return Adjacent(text, tokens, k) && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(tokens[k + 1].Span[0]) ? end : k + 1;
            }

            if ((_gazetteer.Lookup(tokens[k].Span) & (GazetteerFlags.FunctionWord | GazetteerFlags.DateWord)) != 0)
            {
                break;
            }
        }

        return end;
    }

    // A German word the tagger took for a person's one-word name that names no one: a feminine role noun whose
    // masculine form the lists know as a common noun or title ("Intendantin", "Dirigentin"; no first name or
    // surname), or a place adjective before a noun ("Sein Oldenburger Kollege"; "Straubinger sagte" keeps the name).
    private bool IsGermanNounForPerson(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        if (_lexicon.Language != Language.German || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        if (word.Length >= 7 && word.EndsWith("in", StringComparison.Ordinal)
            && (_gazetteer.Lookup(word) & (GazetteerFlags.FirstName | GazetteerFlags.Surname)) == 0
            && (_gazetteer.Lookup(word[..^2]) & (GazetteerFlags.CommonNoun | GazetteerFlags.PersonTitle)) != 0)
        {
            return true;
        }

        return IsPlaceAdjective(word) && Adjacent(text, tokens, index) && tokens[index + 1].Kind == TokenKind.Word
            && (_gazetteer.Lookup(tokens[index + 1].Span) & (GazetteerFlags.CommonNoun | GazetteerFlags.PersonTitle)) != 0;
    }

    // Web text writes places in lower case ("in kerala", "from mexico"), which the tagger still reads as places: a
    // word the lists know capitalised as a place and in lower case as nothing ("china", "turkey" are listed nouns).
    private bool IsLowerCasePlace(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 40 || _gazetteer.LookupExact(word) != GazetteerFlags.None)
        {
            return false;
        }

        Span<char> capitalised = stackalloc char[word.Length];
        word.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(word[0]);
        return (_gazetteer.LookupExact(capitalised) & (GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region)) != 0;
    }

    // German adjectives of places ("Berliner", "Dresdner", "Münchner"): not entities by themselves.
    private bool IsPlaceAdjective(ReadOnlySpan<char> word) => _lexicon.IsPlaceAdjective(word);

    private static bool IsSeparator(Token token) =>
        token.Kind == TokenKind.QuoteMark
        || token.Kind == TokenKind.Punctuation && token.Span is "," or ";" or ":" or "–" or "—" or "(" or ")" or "[" or "]" or "!" or "?" or "|" or "/";

    // An adjective before a descriptive noun: of a place ("Dresdner"), a nationality ("französische") or with
    // a German adjective ending ("Rheinische").
    private bool IsAdjective(ReadOnlySpan<char> word) =>
        IsPlaceAdjective(word) || (_gazetteer.Lookup(word) & GazetteerFlags.Demonym) != 0
        || _lexicon.Language == Language.German && (word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal) || word.EndsWith("ischer", StringComparison.Ordinal));

    // A capitalised compound ending in an organisation head, one space before the token at index.
    // In German only a compound counts ("Mieterinitiative", not "Gemeinde", "Kirche", "Regierung": the bare head is
    // a common noun before a place, "die Regierung Ägyptens"), not a municipality ("Marktgemeinde Ulrichsberg" is the
    // place), and not before a place in the genitive ("Landesregierung Sachsens": the place owns the institution).
    private bool IsOrganisationHeadBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        var before = tokens[index - 1];
        if (before.Kind != TokenKind.Word || before.Span.Length <= 2 || !char.IsUpper(before.Span[0])
            || text.AsSpan(before.End, tokens[index].Start - before.End) is not " " || !_lexicon.EndsWithHead(before.Span, _lexicon.OrgHeads))
        {
            return false;
        }

        return _lexicon.Language != Language.German
            || IsHeadCompound(before.Span) && !_lexicon.EndsWithHead(before.Span, _lexicon.MunicipalityHeads) && !IsPlaceGenitive(tokens[index].Span);
    }

    // "Sachsens", "Ägyptens": a place the lists know with a genitive -s the lists do not know.
    private bool IsPlaceGenitive(ReadOnlySpan<char> word)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        return word.Length > 3 && word[^1] == 's' && (_gazetteer.LookupExact(word) & place) == 0 && (_gazetteer.LookupExact(word[..^1]) & place) != 0;
    }

    // A capitalised German compound of an organisation head ("Wirtschaftsprüfungsgesellschaft"), one space before
    // the token at index. Not a bare head ("Bank Vontobel", "Regierung Merkel"): that may be part of the name.
    private bool IsCompoundBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        var before = tokens[index - 1];
        return before.Kind == TokenKind.Word && char.IsUpper(before.Span[0])
            && text.AsSpan(before.End, tokens[index].Start - before.End) is " " && IsHeadCompound(before.Span);
    }

    // A German compound ending in an organisation head: longer than the head ("Bundesamt", "Potsdam-Institut"),
    // not the head itself ("Institut", "Regierung").
    private bool IsHeadCompound(ReadOnlySpan<char> word)
    {
        foreach (var head in _lexicon.OrgHeads)
        {
            if (word.Length > head.Length + 2 && word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Fuchs'", "Marx’": a name in the genitive written with an apostrophe after s, x, z or ß.
    private static bool IsApostropheGenitive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is '\'' or '’' && word[^2] is 's' or 'x' or 'z' or 'ß';

    private static bool ContainsDigit(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Span.IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Adds a mention wherever a known name occurs outside the tagger's mentions.
    private List<Span> Spread(string text, IReadOnlyList<Token> tokens, List<Span> mentions, NameIndex names)
    {
        var result = new List<Span>(mentions.Count * 2);
        var next = 0;
        for (var i = 0; i < tokens.Count;)
        {
            if (next < mentions.Count && mentions[next].First == i)
            {
                // "der Deutschland Tour" where the article names "Deutschland Tour" elsewhere: a known full name that
                // begins with the tagger's mention and takes in the mentions after it is the name here too.
                if (names.Match(i, tokens.Count, out var longer) && longer.End > mentions[next].End && Absorbs(mentions, next, longer.End, out var beyond)
                    && Allowed(text, tokens, i, longer))
                {
                    result.Add(longer with { Spread = false });
                    next = beyond;
                    i = longer.End;
                    continue;
                }

                result.Add(mentions[next]);
                i = mentions[next++].End;
                continue;
            }

            var limit = next < mentions.Count ? mentions[next].First : tokens.Count;
            // A known full name takes in tagger mentions that lie wholly inside it (the tagger found only "AI" of
            // "Nordlicht AI"); a name reaching into any other mention is looked up again to end before it.
            if (tokens[i].Kind == TokenKind.Word && HasCapital(tokens[i].Span) && names.Match(i, tokens.Count, out var match))
            {
                var found = true;
                var after = next;
                if (match.End > limit && !(Absorbs(mentions, next, match.End, out after) && Allowed(text, tokens, i, match)))
                {
                    after = next;
                    found = names.Match(i, limit, out match);
                }

                if (found && Allowed(text, tokens, i, match))
                {
                    // The words around a repeat count as for the tagger's mentions: "the start-up Corvid Orbital"
                    // is an organisation even where the article named it first at a sentence's start.
                    if (_lexicon.Language == Language.English && match.Type is EntityType.Person or EntityType.Location)
                    {
                        var (type, strong) = EnglishContext(text, tokens, match.First, match.End, match.Type);
                        match = match with { Type = type, Strong = strong };
                    }

                    result.Add(match);
                    next = after;
                    i = match.End;
                    continue;
                }
            }

            // "from Scarborough and Pickering": a place the lists know, joined to a place just named, is one too;
            // so is a word the lists know only as a country ("U.S. consumer prices", "chief U.S. economist").
            if (_lexicon.Language == Language.English && (IsCoordinatedPlace(tokens, i, result) || IsOnlyACountry(tokens, i) || IsCityAfterMotion(tokens, i)))
            {
                result.Add(new Span(i, i + 1, EntityType.Location, Spread: true));
            }

            i++;
        }

        return result;
    }

    // Token i is a word the lists know as a country and as nothing else that could be a name or a word ("U.S.",
    // "Canada"; not "Chad", "Jordan", "Turkey" the noun), and not part of a longer name.
    private bool IsOnlyACountry(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || !IsOnlyACountryWord(word))
        {
            return false;
        }

        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(tokens[i + 1].Span[0]) || i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(tokens[i - 1].Span[0]) && !SentenceStartBefore(tokens, i - 1))
        {
            return false; // inside a longer capitalised name ("U.S. Steel", "Air Canada")
        }

        return true;
    }

    // Capitals without periods are left alone: the lists hold "UN" as a country, and "US" may be the pronoun in a
    // line of capitals ("LET US").
    private bool IsOnlyACountryWord(ReadOnlySpan<char> word)
    {
        const GazetteerFlags multiWord = GazetteerFlags.MultiWordFirst | GazetteerFlags.MultiWordInside;
        return word.Length >= 2 && char.IsUpper(word[0]) && (char.IsLower(word[1]) || word.Contains('.'))
            && (_gazetteer.LookupExact(word) & ~multiWord) == GazetteerFlags.Country && (_gazetteer.Lookup(word) & GazetteerFlags.CommonNoun) == 0;
    }

    // Token i starts a sentence (a capital there says nothing about a name).
    private static bool SentenceStartBefore(IReadOnlyList<Token> tokens, int i) => i == 0 || tokens[i - 1].Span is "." or "!" or "?" or "—" or "–";

    // Token i is a capitalised word the lists know as a place, after "and"/"or" and a place mention, and no
    // capitalised word follows it ("Leeds and Bradford Council" is another name).
    private bool IsCoordinatedPlace(IReadOnlyList<Token> tokens, int i, List<Span> found)
    {
        if (i < 2 || found.Count == 0 || found[^1].End != i - 1 || found[^1].Type != EntityType.Location
            || tokens[i - 1].Span is not ("and" or "or") || tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0]))
        {
            return false;
        }

        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(tokens[i + 1].Span[0]))
        {
            return false;
        }

        var flags = _gazetteer.LookupExact(tokens[i].Span);
        return (flags & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0
            && (flags & (GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym | GazetteerFlags.PersonTitle)) == 0;
    }

    // "travelling to Exeter", "flew in from Leeds": a word the lists know as a city and as nothing else (no name,
    // noun or word of another kind: the lists give "Best" and "Law" a city too) after "to" or "from", no capitalised
    // word after it, is the city.
    private bool IsCityAfterMotion(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1 || tokens[i - 1].Span is not ("to" or "from") || tokens[i].Kind != TokenKind.Word || tokens[i].Span.Length < 3 || !char.IsUpper(tokens[i].Span[0])
            || i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(tokens[i + 1].Span[0]))
        {
            return false;
        }

        const GazetteerFlags multiWord = GazetteerFlags.MultiWordFirst | GazetteerFlags.MultiWordInside;
        return (_gazetteer.Lookup(tokens[i].Span) & ~multiWord) == GazetteerFlags.City;
    }

    // English institutions are named "head of/for Name": "Bureau of Labor Statistics", "Office for Budget
    // Responsibility", "Center for Fiscal Research" (German articles use these names too: "die Bank of England").
    // The tagger often takes a part ("Labor Statistics", "Center").
    // Every such run becomes an organisation, taking in the tagger mentions inside it and one that starts before it
    // ("Federal Reserve Board" + "of Governors", "Hollis Museum of Art"); a mention reaching past its end leaves it
    // alone. Linear: each token is visited once, runs do not overlap, and spans are copied once.
    private List<Span> AddInstitutionNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<Span>? result = null;
        var copied = 0; // spans before this index are in result already (once result exists)
        var next = 0; // the first span that does not end before the current token
        for (var head = 0; head + 2 < tokens.Count; head++)
        {
            var word = tokens[head].Span;
            // "Bund der Versicherten", "Gesamtverband der Deutschen Versicherungswirtschaft": a few German heads take
            // the genitive into the name (a list of their own: "Aufsichtsrat der Deutschen Bank" is no such name).
            var genitive = tokens[head + 1].Span is "der" or "des" && _lexicon.Language == Language.German
                && _lexicon.EndsWithHead(word, _lexicon.GenitiveOrgHeads);
            // "Gesellschaft zur Förderung des Radsports", "Verein zum Schutz der Wälder": a head and a purpose.
            var purpose = tokens[head + 1].Span is "zur" or "zum" && _lexicon.Language == Language.German;
            var german = tokens[head + 1].Span is "für" && _lexicon.Language == Language.German || genitive || purpose;
            if (tokens[head].Kind != TokenKind.Word || word.Length < 3 || !char.IsUpper(word[0])
                || !(tokens[head + 1].Span is "of" or "for" || german) || !IsInstitutionWord(tokens[head + 2]))
            {
                continue;
            }

            while (next < spans.Count && spans[next].End <= head)
            {
                next++;
            }

            // A German head in the genitive counts where the tagger starts an organisation with it ("des
            // Ministeriums für Wissenschaft", which the tagger ends at the first comma).
            var taggerName = german && next < spans.Count && spans[next].First == head && spans[next].Type == EntityType.Organization;
            if (!_lexicon.EndsWithHead(word, _lexicon.OrgHeads) && !genitive
                && !(taggerName && _lexicon.EndsWithHead(NameIndex.GenitiveStem(word), _lexicon.OrgHeads)))
            {
                continue;
            }

            int end;
            if (german)
            {
                // German capitalises every noun, so a run of capitalised words would not stop at the name's end:
                // "Potsdam-Institut für Klimafolgenforschung", "Bundesamt für Migration und Flüchtlinge", "Bank für
                // Internationalen Zahlungsausgleich" take one noun (adjectives before it), and one more after "und",
                // also after a list with commas ("Ministerium für Wissenschaft, Forschung und Kunst").
                // Only a compound head names an institution, and not after "ein" ("ein Institut für Demoskopie").
                // A purpose names an institution after a bare head too ("Verein zur Förderung …"), but only with a
                // genitive after its noun (see below: "dass seine Partei zur Vernunft kommt") and with no adjective
                // before the head ("der breit zusammengesetzten Arbeitsgruppe zur Neugestaltung der …" describes one).
                if (!IsHeadCompound(word) && !genitive && !taggerName && !purpose
                    || head > 0 && tokens[head - 1].Span is "ein" or "eine" or "einem" or "einer" or "eines" or "Ein" or "Eine"
                    || purpose && head > 0 && IsLowerCaseWord(tokens[head - 1].Span) && (_gazetteer.Lookup(tokens[head - 1].Span) & GazetteerFlags.FunctionWord) == 0
                    || GermanNounPhraseEnd(tokens, head + 2) is not (> 0 and var nounEnd))
                {
                    continue;
                }

                end = nounEnd;
                var listEnd = end;
                while (listEnd + 1 < tokens.Count && tokens[listEnd].Span is "," && listEnd - end < 8 && GermanNounPhraseEnd(tokens, listEnd + 1) is > 0 and var item)
                {
                    listEnd = item;
                }

                if (listEnd + 1 < tokens.Count && tokens[listEnd].Span is "und" && GermanNounPhraseEnd(tokens, listEnd + 1) is > 0 and var second)
                {
                    end = second;
                }

                // The purpose's noun goes on with up to two genitives and one "von" ("zur Feststellung der Verbreitung
                // von Werbeträgern").
                var genitives = 0;
                while (purpose && genitives < 2 && end + 1 < tokens.Count && tokens[end].Span is "der" or "des" && GermanNounPhraseEnd(tokens, end + 1) is > 0 and var of)
                {
                    end = of;
                    genitives++;
                }

                if (purpose && genitives == 0)
                {
                    continue;
                }

                if (purpose && end + 1 < tokens.Count && tokens[end].Span is "von" && GermanNounPhraseEnd(tokens, end + 1) is > 0 and var from)
                {
                    end = from;
                }
            }
            else
            {
                // The run: head, then "of"/"for" and capitalised words, as long as they follow.
                end = head + 3;
                while (end < tokens.Count && IsInstitutionWord(tokens[end]))
                {
                    end++;
                }

                if (end + 1 < tokens.Count && tokens[end].Span is "of" or "for" && IsInstitutionWord(tokens[end + 1]))
                {
                    end += 2;
                    while (end < tokens.Count && IsInstitutionWord(tokens[end]))
                    {
                        end++;
                    }
                }

                // The tagger's names after "and" are names of their own ("the University of Texas and Google").
                var listEnd = SubjectListEnd(tokens, end);
                if (listEnd > end && !MentionStartsIn(spans, next, end, listEnd))
                {
                    end = listEnd;
                }
            }

            var first = head;
            var inside = next;
            if (inside < spans.Count && spans[inside].First < head)
            {
                if (spans[inside].End > end)
                {
                    continue; // a mention across the whole run: leave it alone
                }

                // A mention that ends at the head or inside the run is the name's start ("Hollis Museum of Art").
                first = spans[inside].First;
                inside++;
            }

            var after = inside;
            while (after < spans.Count && spans[after].First < end && spans[after].End <= end)
            {
                after++;
            }

            if (after < spans.Count && spans[after].First < end)
            {
                continue; // a mention reaching past the run
            }

            // Appending keeps the pass linear however many runs an article has.
            result ??= new List<Span>(spans.Count);
            for (; copied < next; copied++)
            {
                result.Add(spans[copied]);
            }

            result.Add(new Span(first, end, EntityType.Organization, Strong: true));
            copied = next = after;
            head = end - 1;
        }

        if (result is null)
        {
            return spans;
        }

        for (; copied < spans.Count; copied++)
        {
            result.Add(spans[copied]);
        }

        return result;
    }

    // "Department of Health and Social Care", "Department for Culture, Media and Sport": an institution's subjects
    // go on after commas and a last "and". Each item is one or two capitalised words no list knows as a name of its
    // own (no company, place, person or head: "the Bank of England and Barclays", "… and Leeds City Council" are
    // two), and the list must end with "and". Returns the end of the list, or end when there is none.
    private int SubjectListEnd(IReadOnlyList<Token> tokens, int end)
    {
        var k = end;
        for (var items = 0; items < 4 && k + 1 < tokens.Count; items++)
        {
            var separator = tokens[k].Span;
            if (separator is not ("," or "and"))
            {
                return end;
            }

            var j = k + 1;
            while (j < tokens.Count && j - k <= 2 && IsSubjectWord(tokens[j]))
            {
                j++;
            }

            if (j == k + 1 || j < tokens.Count && IsInstitutionWord(tokens[j]))
            {
                return end;
            }

            if (separator is "and")
            {
                return j;
            }

            k = j;
        }

        return end;
    }

    // A mention from index next on starts in [first, end).
    private static bool MentionStartsIn(List<Span> spans, int next, int first, int end)
    {
        for (var k = next; k < spans.Count && spans[k].First < end; k++)
        {
            if (spans[k].First >= first)
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word of an institution's subject: no name, place, head or acronym ("Health", "Social", "Care").
    private bool IsSubjectWord(Token token)
    {
        const GazetteerFlags name = GazetteerFlags.Company | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region
            | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.OrgHead | GazetteerFlags.LegalForm | GazetteerFlags.Demonym;
        return IsInstitutionWord(token) && char.IsLower(token.Span[^1]) && (_gazetteer.LookupExact(token.Span) & name) == 0;
    }

    // "carriers such as Maersk and MSC": a one-word person joined by "and"/"or" to an organisation is one too when
    // nothing says it is a person (no first name the lists know; a surname of someone named in full keeps that
    // person's votes, which outnumber this one). The tagger reads a new firm's one-word name as a surname.
    private void TypeCoordinatedNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type != EntityType.Person || span.Count != 1 || span.Strong
                || (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.FirstName) != 0)
            {
                continue;
            }

            var after = k + 1 < spans.Count && spans[k + 1].First == span.End + 1 && spans[k + 1].Type == EntityType.Organization
                && tokens[span.End].Span is "and" or "or";
            var before = k > 0 && spans[k - 1].End + 1 == span.First && spans[k - 1].Type == EntityType.Organization
                && tokens[span.First - 1].Span is "and" or "or";
            if (after || before)
            {
                spans[k] = span with { Type = EntityType.Organization };
            }
        }
    }

    // Names the English tagger misses or splits that their neighbours give away. Clubs are a place and a plural
    // nickname: "Northampton Saints", "Exeter Chiefs", "Brackwater Saints"; the tagger reads the place
    // ("Northampton Saints" LOC, "Brackwater" LOC + "Saints" ORG) or nothing (see ClubNameEnd). A name right after
    // a descriptive noun is an organisation: "according to the research firm Kantar" (see DescribedNameEnd); a
    // model code is a product ("Embraer E195", "PW127XM", see ProductNameEnd); "the Mill Ground" is a venue (see
    // VenueNameEnd). Each becomes one strong mention replacing the tagger's mentions inside it (one reaching outside
    // leaves it alone); NameIndex then lets a club's place word stand for the club in the rest of the article.
    // Linear: one walk over tokens and spans.
    private List<Span> AddEnglishNames(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        HashSet<string>? places = null;
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Location && span.Count == 1)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].Text);
            }
        }

        var result = new List<Span>(spans.Count);
        var next = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            while (next < spans.Count && spans[next].End <= i)
            {
                result.Add(spans[next++]);
            }

            var end = ClubNameEnd(text, tokens, i, places);
            var type = EntityType.Organization;
            if (end == i && (next == spans.Count || spans[next].First > i))
            {
                end = DescribedNameEnd(text, tokens, i);
                if (end == i)
                {
                    (end, type) = (VenueNameEnd(text, tokens, i), EntityType.Location);
                }

                if (end == i)
                {
                    (end, type) = (ProductNameEnd(text, tokens, i), EntityType.Misc);
                }

                if (end == i)
                {
                    (end, type) = (LandscapeNameEnd(text, tokens, i), EntityType.Location);
                }
            }

            if (end == i)
            {
                continue;
            }

            // The tagger's mentions of the words must lie inside them.
            var after = next;
            while (after < spans.Count && spans[after].First < end && spans[after].First >= i && spans[after].End <= end)
            {
                after++;
            }

            if (next < spans.Count && spans[next].First < i || after < spans.Count && spans[after].First < end)
            {
                continue;
            }

            result.Add(new Span(i, end, type, Strong: true));
            next = after;
            i = end - 1;
        }

        while (next < spans.Count)
        {
            result.Add(spans[next++]);
        }

        return result;
    }

    // The end of a club's name at token i, i when there is none: a place (a word the tagger called a place somewhere
    // in the article, or a city the lists know inside a sentence: the lists give "Best" a city, and a sentence may
    // start "Best Pizzas …"; no common noun: "Law Offices") right before a club plural, the two alone between other
    // words ("New York Knicks" is not "York Knicks").
    private int ClubNameEnd(string text, IReadOnlyList<Token> tokens, int i, HashSet<string>? places)
    {
        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || !_lexicon.IsClubPlural(tokens[i + 1].Span) || !_lexicon.IsClubPlace(word) || !Adjacent(text, tokens, i)
            || i > 0 && IsNameWordBefore(text, tokens, i) || i + 2 < tokens.Count && Adjacent(text, tokens, i + 1) && HasCapital(tokens[i + 2].Span)
            || (_gazetteer.Lookup(word) & GazetteerFlags.CommonNoun) != 0
            || !((_gazetteer.LookupExact(word) & GazetteerFlags.City) != 0 && i > 0 && !SentenceBreakBetween(text, tokens[i - 1], tokens[i])
                || places is not null && places.Contains(tokens[i].Text)))
        {
            return i;
        }

        return i + 2;
    }

    // The end of a name the tagger missed at token i after a descriptive noun and a determiner before it ("the
    // research firm Kantar", "a Dublin investment firm Carrickbane Capital": up to three words between), i when there
    // is none. The name is the capitalised words that follow; the first must be no function word, date, title,
    // demonym or common noun ("the bank Monday", "the firm The").
    private int DescribedNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 2 || !IsInstitutionWord(tokens[i]) || !Adjacent(text, tokens, i - 1) || !IsLowerCaseWord(tokens[i - 1].Span)
            || !_lexicon.EndsWithHead(tokens[i - 1].Span, _lexicon.DescriptorHeads)
            || (_gazetteer.Lookup(tokens[i].Span) & (GazetteerFlags.PersonTitle | GazetteerFlags.Demonym | GazetteerFlags.CommonNoun)) != 0)
        {
            return i;
        }

        var determiner = false;
        for (var k = i - 2; k >= 0 && k >= i - 5 && tokens[k].Kind == TokenKind.Word && !determiner; k--)
        {
            determiner = tokens[k].Span is "the" or "a" or "an";
        }

        if (!determiner)
        {
            return i;
        }

        var end = i + 1;
        while (end < tokens.Count && end - i < 4 && Adjacent(text, tokens, end - 1) && IsInstitutionWord(tokens[end]))
        {
            end++;
        }

        return end;
    }

    // The end of a place's name the tagger missed at token i, i when there is none: one capitalised word between
    // "the" and a landscape noun ("the Aln estuary", "the Calder valley"); not a word the lists know as a common noun,
    // nationality, title, date or function word ("the Welsh coast", "the Western hills").
    private int LandscapeNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        const GazetteerFlags never = GazetteerFlags.CommonNoun | GazetteerFlags.Demonym | GazetteerFlags.PersonTitle
            | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Currency;
        return i >= 1 && tokens[i - 1].Span is "the" or "The" && Adjacent(text, tokens, i - 1) && IsInstitutionWord(tokens[i]) && char.IsLower(tokens[i].Span[^1])
            && Adjacent(text, tokens, i) && _lexicon.LandscapeNouns.Contains(tokens[i + 1].Span) && (_gazetteer.Lookup(tokens[i].Span) & never) == 0
            ? i + 1 : i;
    }

    // The end of a venue's name the tagger missed at token i, i when there is none: after "the", up to two
    // capitalised words and a venue word ("at the Mill Ground", "the Kia Oval"); not a bare "the Ground".
    private int VenueNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1 || tokens[i - 1].Span is not "the" || !IsInstitutionWord(tokens[i]) || _lexicon.EndsWithHead(tokens[i].Span, _lexicon.VenueHeads))
        {
            return i;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 2 && Adjacent(text, tokens, k - 1) && IsInstitutionWord(tokens[k]); k++)
        {
            if (_lexicon.EndsWithHead(tokens[k].Span, _lexicon.VenueHeads))
            {
                return k + 1 < tokens.Count && Adjacent(text, tokens, k) && HasCapital(tokens[k + 1].Span) ? i : k + 1;
            }
        }

        return i;
    }

    // The end of a product or model name the tagger missed at token i, i when there is none: a model code
    // ("PW127XM", "UK261": capitals and digits, five characters or more), or a capitalised word that is no common
    // noun, function word or date, has three letters or more ("X 3-5290" is a phone extension) and starts no longer
    // name, then a code ("Embraer E195", "Airbus A320") or a hyphenated number of two or three digits first, no range
    // of years ("ATR 72-600").
    private int ProductNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (IsModelCode(tokens[i]) && tokens[i].Span.Length >= 5)
        {
            return i + 1;
        }

        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || word.Length < 3 || !char.IsUpper(word[0]) || !Adjacent(text, tokens, i) || i > 0 && IsNameWordBefore(text, tokens, i)
            || (_gazetteer.Lookup(word) & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Currency | GazetteerFlags.PersonTitle)) != 0)
        {
            return i;
        }

        var code = tokens[i + 1];
        var hyphenated = code.Kind == TokenKind.Number && code.Span.IndexOf('-') is var hyphen && hyphen is > 1 and < 4
            && hyphen + 1 < code.Span.Length && code.Span.IndexOfAnyExcept("0123456789-") < 0;
        return IsModelCode(code) || hyphenated ? i + 2 : i;
    }

    // Capitals and digits, a capital first and no lower-case letter: "E195", "PW127XM", "UK261".
    private static bool IsModelCode(Token token) =>
        token.Kind == TokenKind.Alphanumeric && token.Span.Length >= 3 && char.IsUpper(token.Span[0])
        && token.Span.IndexOfAnyInRange('0', '9') >= 0 && token.Span.IndexOfAnyInRange('a', 'z') < 0;

    // An English nationality noun: a nationality word the lists know and "man", "woman", "men" or "women"
    // ("Englishman", "Irishwomen", "Dutchmen").
    private bool IsNationalityNoun(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["man", "men", "woman", "women"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && (_gazetteer.LookupExact(word[..^ending.Length]) & GazetteerFlags.Demonym) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word right before token index in the same clause: the name goes on to the left ("New York
    // Knicks" is not "York Knicks").
    private static bool IsNameWordBefore(string text, IReadOnlyList<Token> tokens, int index) =>
        tokens[index - 1].Kind == TokenKind.Word && HasCapital(tokens[index - 1].Span) && Adjacent(text, tokens, index - 1)
        && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]);

    // Names the German tagger misses that their neighbours give away. A capitalised adjective inside a sentence
    // before an organisation head ("der Europäischen Arzneimittel-Agentur": adjectives are written in lower case
    // unless they belong to a name) makes an organisation, unless a mention follows the head at once: then the two
    // words describe that name ("die Evangelische Kirche St. Peter" is a church called St. Peter), but not its
    // initials ("der Europäischen Arzneimittel-Agentur EMA"). The capitalised words right after a product noun
    // ("unter dem Markennamen Lunacept", "die App DB Navigator", "in der Studie TIDE-3") are a product, drug or
    // study name (MISC), also where the tagger typed them otherwise. Linear: one walk over tokens and spans.
    private List<Span> AddGermanNames(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        var result = new List<Span>(spans.Count + 4);
        var next = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Copy the spans that start before this token; a span covering it leaves the token alone.
            while (next < spans.Count && spans[next].First < i)
            {
                result.Add(spans[next++]);
            }

            if (result.Count > 0 && result[^1].End > i)
            {
                continue;
            }

            var word = tokens[i].Span;
            var following = next < spans.Count ? spans[next] : default;
            var hasFollowing = next < spans.Count;
            // "des BBL-Pokals", "der DFB-Pokal": an acronym joined to an event word (in the genitive too) names the
            // event; a compound after the hyphen does not ("WM-Qualifikationsspiele").
            if (!(hasFollowing && following.First == i) && i > 0 && IsAcronymEvent(word))
            {
                result.Add(new Span(i, i + 1, EntityType.Misc, Strong: true));
                continue;
            }

            // "des Fahrradherstellers Brandwerk Bikes", "vom Rennstall Kestrel Pro Cycling": the name after a descriptive
            // noun (see GermanDescribedNameEnd) is an organisation's, taking in the tagger's mentions inside it that are not a
            // person's.
            if (GermanDescribedNameEnd(text, tokens, i) is var describedEnd && describedEnd > i && Absorbs(spans, next, describedEnd, out var described)
                && !AnyPerson(spans, next, described))
            {
                result.Add(new Span(i, describedEnd, EntityType.Organization, Strong: true));
                next = described;
                i = describedEnd - 1;
                continue;
            }

            if (!Adjacent(text, tokens, i))
            {
                continue;
            }

            if (!(hasFollowing && following.First == i) && IsNameAdjectiveBeforeHead(text, tokens, i)
                && (!hasFollowing || following.First > i + 2 || following.First == i + 1 && following.End == i + 2
                    || following.First == i + 2 && following.Count == 1 && IsCapitals(tokens, following.First, following.End)))
            {
                result.Add(new Span(i, i + 2, EntityType.Organization, Strong: true));
                next += hasFollowing && following.First == i + 1 ? 1 : 0;
                i++;
                continue;
            }

            // "die Kammeroper „Das gläserne Ufer“", "die App »Lindwurm Schadenblitz«": a quoted title after a work or
            // product noun is the work's or product's name, whatever the tagger made of its words.
            if ((_lexicon.ProductDescriptors.Contains(word) || _lexicon.WorkNouns.Contains(word)) && !(hasFollowing && following.First == i)
                && QuotedTitleEnd(text, tokens, i + 1) is > 0 and var close)
            {
                var inside = next;
                while (inside < spans.Count && spans[inside].First >= i + 2 && spans[inside].End <= close)
                {
                    inside++;
                }

                if (inside == spans.Count || spans[inside].First > close)
                {
                    result.Add(new Span(i + 2, close, EntityType.Misc, Strong: true));
                    next = inside;
                    i = close;
                    continue;
                }
            }

            // "Meersburger Opernfestspiele", "Olympische Spiele": an adjective of a place or a name before an event
            // word is the event's name (a place adjective also at a sentence start: it is capitalised anyway).
            if (IsEventNameStart(text, tokens, i) && (!hasFollowing || following.First > i + 1 || following.End <= i + 2 && (following.First == i || following.First == i + 1)))
            {
                var covered = next;
                while (covered < spans.Count && spans[covered].End <= i + 2)
                {
                    covered++;
                }

                result.Add(new Span(i, i + 2, EntityType.Misc, Strong: true));
                next = covered;
                i++;
                continue;
            }

            // "die Ostsee Resort Gruppe": after an article, words the tagger left alone before a group noun (see
            // GroupNameEnd) are a company's name.
            if (!(hasFollowing && following.First == i) && i > 0 && _lexicon.Determiners.Contains(tokens[i - 1].Span) && IsInstitutionWord(tokens[i])
                && !IsPlaceAdjective(word) && GroupNameEnd(text, tokens, i, i + 1, EntityType.Organization) is var groupEnd && groupEnd > i + 1
                && (!hasFollowing || following.First >= groupEnd))
            {
                result.Add(new Span(i, groupEnd, EntityType.Organization, Strong: true));
                i = groupEnd - 1;
                continue;
            }

            if (_lexicon.ProductDescriptors.Contains(word) && !(hasFollowing && following.First == i) && IsProductNameStart(tokens[i + 1]))
            {
                if (hasFollowing && following.First == i + 1)
                {
                    result.Add(following with { Type = EntityType.Misc, Strong = true });
                    i = following.End - 1;
                    next++;
                    continue;
                }

                var end = i + 2;
                while (end < tokens.Count && end - i <= 3 && Adjacent(text, tokens, end - 1) && IsProductNameWord(tokens[end]))
                {
                    end++;
                }

                if (!hasFollowing || following.First >= end)
                {
                    result.Add(new Span(i + 1, end, EntityType.Misc, Strong: true));
                    i = end - 1;
                }
            }
        }

        while (next < spans.Count)
        {
            result.Add(spans[next++]);
        }

        return result;
    }

    // German clubs are named sponsor or place, team name, place: "EWE Baskets Oldenburg", "Weser Falcons Bremen",
    // "Rostock Seawolves". The tagger cuts them at the place ("EWE" + "Oldenburg") or misses the team name. A listed
    // team name next to a place the gazetteer knows makes a club, with up to two capitalised words before it; the
    // tagger's mentions inside it join it, one reaching out of it leaves the words alone. Linear: one walk.
    private List<Span> AddClubNames(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<Span>? result = null;
        var copied = 0;
        var next = 0;
        var done = 0; // tokens before this index belong to a club found already
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < done || !_lexicon.ClubNicknames.Contains(tokens[i].Span) || ClubSpan(text, tokens, i) is not var (first, end))
            {
                continue;
            }

            while (next < spans.Count && spans[next].End <= first)
            {
                next++;
            }

            var after = next;
            if (!Absorbs(spans, next, end, out after) || next < spans.Count && spans[next].First < first)
            {
                continue;
            }

            if (after == next + 1 && spans[next].First == first && spans[next].End == end && spans[next].Type == EntityType.Organization)
            {
                continue; // the tagger found it whole
            }

            result ??= new List<Span>(spans.Count);
            for (; copied < next; copied++)
            {
                result.Add(spans[copied]);
            }

            result.Add(new Span(first, end, EntityType.Organization, Strong: true));
            copied = next = after;
            done = end;
        }

        if (result is null)
        {
            return spans;
        }

        for (; copied < spans.Count; copied++)
        {
            result.Add(spans[copied]);
        }

        return result;
    }

    // The club around the team name at index: a known place right after it ("Baskets Oldenburg") or, failing
    // that, right before it ("Rostock Seawolves"), and up to two capitalised words before it that are no article,
    // function word or sentence start ("EWE", "Telekom", "Weser"). Null without a place.
    private (int First, int End)? ClubSpan(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (IsPlaceWord(tokens, index + 1) && Adjacent(text, tokens, index))
        {
            var first = index;
            while (first > 0 && index - first < 2 && Adjacent(text, tokens, first - 1) && IsInstitutionWord(tokens[first - 1])
                && !_lexicon.Determiners.Contains(tokens[first - 1].Span)
                && (first - 1 > 0 && !SentenceBreakBetween(text, tokens[first - 2], tokens[first - 1])))
            {
                first--;
            }

            return (first, index + 2);
        }

        return index > 0 && IsPlaceWord(tokens, index - 1) && Adjacent(text, tokens, index - 1) ? (index - 1, index + 1) : null;
    }

    // A capitalised word the gazetteer knows as a city or region and not as an article, function word or common
    // noun ("Die" is a French town too).
    private bool IsPlaceWord(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word && char.IsUpper(tokens[index].Span[0])
        && (_gazetteer.LookupExact(tokens[index].Span) & (GazetteerFlags.City | GazetteerFlags.Region)) != 0
        && (_gazetteer.Lookup(tokens[index].Span) & (GazetteerFlags.FunctionWord | GazetteerFlags.CommonNoun)) == 0
        && !_lexicon.Determiners.Contains(tokens[index].Span);

    // A sentence-initial article before a name the article knows as an organisation, place or person belongs to
    // the sentence, also where the tagger took the two words for a title of a work ("Die Falcons führten").
    private void StripArticleOfKnownName(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type == EntityType.Misc && span.Count >= 2 && _lexicon.Determiners.Contains(tokens[span.First].Span)
                && (span.First == 0 || SentenceBreakBetween(text, tokens[span.First - 1], tokens[span.First]))
                && names.Match(span.First + 1, span.End, out var match) && match.End == span.End && match.Type != EntityType.Misc)
            {
                spans[k] = new Span(span.First + 1, span.End, match.Type);
            }
        }
    }

    // The index of the closing mark of a quoted title that opens at token open: one to eight tokens, the first a
    // capitalised word, no sentence punctuation inside; 0 when there is none.
    private static int QuotedTitleEnd(string text, IReadOnlyList<Token> tokens, int open)
    {
        if (open + 2 >= tokens.Count || tokens[open].Kind != TokenKind.QuoteMark || tokens[open].Span is "“" or "«"
            || tokens[open + 1].Kind != TokenKind.Word || !char.IsUpper(tokens[open + 1].Span[0]) || !Adjacent(text, tokens, open - 1))
        {
            return 0;
        }

        for (var k = open + 2; k < tokens.Count && k <= open + 9; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark)
            {
                return k;
            }

            if (tokens[k].Span is "." or "!" or "?" or ":" or ";")
            {
                return 0;
            }
        }

        return 0;
    }

    // "BBL-Pokal", "DFB-Pokals", "EM-Finale": two to five capitals, a hyphen and a listed event word itself.
    private bool IsAcronymEvent(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > 5 || word[..hyphen].ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        var rest = word[(hyphen + 1)..];
        var stem = NameIndex.GenitiveStem(rest);
        foreach (var head in _lexicon.EventHeads)
        {
            if (rest.Equals(head, StringComparison.OrdinalIgnoreCase) || stem.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised adjective of a place ("Meersburger", "Bayreuther") or, inside a sentence, of a name
    // ("Olympische") right before a capitalised word ending in an event word ("Opernfestspiele", "Spiele").
    private bool IsEventNameStart(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        var eventWord = tokens[index + 1];
        return tokens[index].Kind == TokenKind.Word && char.IsUpper(word[0]) && eventWord.Kind == TokenKind.Word && char.IsUpper(eventWord.Span[0])
            && _lexicon.EndsWithHead(eventWord.Span, _lexicon.EventHeads)
            && (IsPlaceAdjective(word) || index > 0 && IsNameAdjective(word) && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]))
            && !NameGoesOn(tokens, index + 2);
    }

    // One space between token index and the next.
    private static bool Adjacent(string text, IReadOnlyList<Token> tokens, int index) =>
        index + 1 < tokens.Count && text.AsSpan(tokens[index].End, tokens[index + 1].Start - tokens[index].End) is " ";

    // "Europäischen Arzneimittel-Agentur": a capitalised adjective (not at a sentence start, not of a place:
    // "Münchner Polizei" is no name) right before a capitalised word ending in an organisation head, or any such
    // adjective, of a place too, before a newspaper's head (media-heads.de.txt: "Kieler Rundschau").
    private bool IsNameAdjectiveBeforeHead(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        var head = tokens[index + 1];
        if (index == 0 || tokens[index].Kind != TokenKind.Word || !char.IsUpper(word[0]) || SentenceBreakBetween(text, tokens[index - 1], tokens[index])
            || head.Kind != TokenKind.Word || !char.IsUpper(head.Span[0]) || NameGoesOn(tokens, index + 2))
        {
            return false;
        }

        // A newspaper is named after its region or town as well ("Westfälische Abendpost", "Kieler Rundschau").
        var adjective = IsNameAdjective(word) || (_gazetteer.Lookup(word) & GazetteerFlags.Demonym) != 0;
        return adjective && !IsPlaceAdjective(word) && _lexicon.EndsWithHead(head.Span, _lexicon.OrgHeads)
            || (adjective || IsPlaceAdjective(word)) && _lexicon.EndsWithHead(head.Span, _lexicon.MediaHeads);
    }

    // "Evangelische Kirche von Westfalen", "Universität zu Köln": "von", "für", "zu" or a genitive article and a
    // capitalised word after the head continue the name, which the two words alone would cut; the tagger's reading
    // is left alone then ("in Parma" after a name is where it is).
    private static bool NameGoesOn(IReadOnlyList<Token> tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].Span is "von" or "für" or "zu" or "der" or "des" && HasCapital(tokens[index + 1].Span);

    // A product name starts with a capitalised word or code that is no common noun, function word or adjective of a
    // people or place ("Lunacept", "TIDE-3", "DB"; not "die Studie Kölner Forscher").
    private bool IsProductNameStart(Token token) =>
        IsProductNameWord(token) && !IsPlaceAdjective(token.Span)
        && (_gazetteer.Lookup(token.Span) & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym)) == 0;

    private static bool IsProductNameWord(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Alphanumeric && HasCapital(token.Span);

    // The end of a German noun phrase in a name from index: capitalised adjectives ("Internationalen", "Nachhaltige")
    // and the noun after them; 0 when the words there are no such phrase.
    private int GermanNounPhraseEnd(IReadOnlyList<Token> tokens, int index)
    {
        var i = index;
        while (i < tokens.Count && i - index < 3 && IsInstitutionWord(tokens[i]))
        {
            if (!IsNameAdjective(tokens[i].Span) && (_gazetteer.LookupExact(tokens[i].Span) & GazetteerFlags.Demonym) == 0
                || i + 1 >= tokens.Count || !IsInstitutionWord(tokens[i + 1]))
            {
                return i + 1;
            }

            i++;
        }

        return 0;
    }

    // A German adjective as written inside a name: "Internationalen", "Europäische", "Nachhaltige", "Öffentliche".
    private static bool IsNameAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal)
        || word.EndsWith("ischer", StringComparison.Ordinal) || word.EndsWith("ale", StringComparison.Ordinal)
        || word.EndsWith("alen", StringComparison.Ordinal) || word.EndsWith("ige", StringComparison.Ordinal)
        || word.EndsWith("igen", StringComparison.Ordinal) || word.EndsWith("liche", StringComparison.Ordinal)
        || word.EndsWith("lichen", StringComparison.Ordinal);

    // A capitalised word that may stand in an institution's name (not a function word: "The", "In").
    private bool IsInstitutionWord(Token token) =>
        token.Kind == TokenKind.Word && token.Span.Length > 1 && char.IsUpper(token.Span[0])
        && (_gazetteer.Lookup(token.Span) & (GazetteerFlags.FunctionWord | GazetteerFlags.DateWord)) == 0;

    // True when one of the mentions [from, end) is a person's.
    private static bool AnyPerson(List<Span> mentions, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (mentions[k].Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    // True when every tagger mention from index next on that starts before token end also ends by it; after is
    // the first mention past them.
    private static bool Absorbs(List<Span> mentions, int next, int end, out int after)
    {
        after = next;
        while (after < mentions.Count && mentions[after].First < end)
        {
            if (mentions[after].End > end)
            {
                return false;
            }

            after++;
        }

        return true;
    }

    // The guards of spreading: a person's name after a determiner is a noun ("der Mensch"); a sentence-initial
    // function word is never a name.
    private bool Allowed(string text, IReadOnlyList<Token> tokens, int index, Span match)
    {
        var word = tokens[index].Span;
        if ((_gazetteer.Lookup(word) & GazetteerFlags.FunctionWord) != 0)
        {
            return false;
        }

        if (index > 0 && match.Type == EntityType.Person && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]))
        {
            var previous = tokens[index - 1].Span;
            if (_lexicon.Determiners.Contains(previous))
            {
                return false;
            }
        }

        return true;
    }

    // A sentence or clause start: after final punctuation, a colon, a dateline dash ("Dresden – Der …"), an
    // opening quote or a line break.
    private static bool SentenceBreakBetween(string text, Token previous, Token current) =>
        previous.Span is "." or "!" or "?" or ":" or "–" or "—" || previous.Kind == TokenKind.QuoteMark
        || text.AsSpan(previous.End, current.Start - previous.End).Contains('\n');

    // Entities: every mention joins the entity of its full text, else of its key word (a person's surname, an
    // organisation's leading word), else starts a new one. The majority type wins; the fullest mention names it.
    private ConsolidationResult Group(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        for (var m = 0; m < spans.Count; m++)
        {
            var span = spans[m];
            var key = names.EntityKey(span);
            if (!byKey.TryGetValue(key, out var entity))
            {
                entity = members.Count;
                members.Add([]);
                byKey[key] = entity;
            }

            members[entity].Add(m);
        }

        var mentions = new EntityMention[spans.Count];
        var entities = new List<Entity>(members.Count);
        Span<int> votes = stackalloc int[4];
        foreach (var group in members)
        {
            votes.Clear();
            var fullest = group[0];
            foreach (var m in group)
            {
                if (spans[m].Count == 1 && !spans[m].Genitive && names.IsGenitiveOfKnown(tokens[spans[m].First].Span))
                {
                    spans[m] = spans[m] with { Genitive = true };
                }

                if (!spans[m].Spread || spans[m].Strong)
                {
                    // A legal form, organisation head, event word or telling context outweighs any number of tagger votes.
                    votes[(int)spans[m].Type] += spans[m].Strong ? 1 << 16 : 1;
                }

                if (Fuller(tokens, spans[m], spans[fullest]))
                {
                    fullest = m;
                }
            }

            var type = spans[fullest].Type;
            for (var t = 0; t < votes.Length; t++)
            {
                if (votes[t] > votes[(int)type])
                {
                    type = (EntityType)t;
                }
            }

            var name = Slice(text, tokens, spans[fullest]);
            var list = ImmutableArray.CreateBuilder<EntityMention>(group.Count);
            foreach (var m in group)
            {
                var mention = new EntityMention(Slice(text, tokens, spans[m]), type, tokens[spans[m].First].Start, tokens[spans[m].End - 1].End, name);
                mentions[m] = mention;
                list.Add(mention);
            }

            entities.Add(new Entity(name, type, list.MoveToImmutable()));
        }

        return new ConsolidationResult(mentions, entities);
    }

    // The fullest mention: more words, then not a genitive form, then more characters, then the earlier one.
    private static bool Fuller(IReadOnlyList<Token> tokens, Span a, Span b)
    {
        if (a.Count != b.Count)
        {
            return a.Count > b.Count;
        }

        if (a.Genitive != b.Genitive)
        {
            return !a.Genitive;
        }

        var lengthA = tokens[a.End - 1].End - tokens[a.First].Start;
        var lengthB = tokens[b.End - 1].End - tokens[b.First].Start;
        return lengthA > lengthB;
    }

    // A "." right after a legal form without its period ("Corp" "." in German text) when "Corp." is listed.
    private bool IsLegalFormPeriod(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0 || tokens[index].Span is not "." || tokens[index].Start != tokens[index - 1].End)
        {
            return false;
        }

        var previous = tokens[index - 1].Span;
        if (previous.Length > 15 || (_gazetteer.LookupExact(previous) & GazetteerFlags.LegalForm) == 0)
        {
            return false;
        }

        Span<char> withPeriod = stackalloc char[previous.Length + 1];
        previous.CopyTo(withPeriod);
        withPeriod[^1] = '.';
        return (_gazetteer.LookupExact(withPeriod) & GazetteerFlags.LegalForm) != 0;
    }

    private static string Slice(string text, IReadOnlyList<Token> tokens, Span span) =>
        text[tokens[span.First].Start..tokens[span.End - 1].End];

    private static bool IsLowerCaseShortName(ReadOnlySpan<char> word, EntityType type, int tokenCount) =>
        tokenCount == 1 && type is EntityType.Organization or EntityType.Misc && (word.Length <= 4 || word.ContainsAny('-', '.'));

    private static bool HasCapital(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (HasCapital(tokens[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters || word is "&";
    }
}

/// <summary>The result of <see cref="EntityConsolidator.Consolidate"/>.</summary>
/// <param name="Mentions">The corrected mentions in text order, each with its canonical name.</param>
/// <param name="Entities">The entities in order of first mention.</param>
internal sealed record ConsolidationResult(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<Entity> Entities);
