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
/// mention). Linear in the number of tokens and mentions. Stateless and thread-safe. The rules are split by concern
/// into <c>EntityConsolidator.*.cs</c>: joining and splitting mentions, cleaning one mention, institution names,
/// types decided across mentions, and the names each language's tagger misses.
/// </summary>
internal sealed partial class EntityConsolidator
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

            // A mention inside an amount is part of the number or its unit ("8x7B", "US-Dollar"); a name between the
            // number and the noun a quantity counts modifies that noun and stays a name ("two former GSK chemists").
            if (nextAmount < amountSpans.Count && amountSpans[nextAmount].Start <= tokens[clean.First].Start && tokens[clean.End - 1].End <= amountSpans[nextAmount].End
                && !(amountSpans[nextAmount].Quantity && amountSpans[nextAmount].Start < tokens[clean.First].Start && tokens[clean.End - 1].End < amountSpans[nextAmount].End))
            {
                continue;
            }

            // "Taunton 21" + "points clear": a mention that runs into an amount ends before it; the number counts.
            if (nextAmount < amountSpans.Count && amountSpans[nextAmount].Start > tokens[clean.First].Start && amountSpans[nextAmount].Start < tokens[clean.End - 1].End)
            {
                var cut = clean.End;
                while (cut > clean.First && tokens[cut - 1].End > amountSpans[nextAmount].Start)
                {
                    cut--;
                }

                clean = clean with { End = cut };
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

        cleaned = AddInstitutionNames(text, tokens, cleaned);
        if (_lexicon.Language == Language.English)
        {
            cleaned = AddEnglishNames(text, tokens, cleaned);
            TypeCoordinatedNames(tokens, cleaned);
            TypeCoordinatedCities(tokens, cleaned);
            TypeCountryFirstNames(tokens, cleaned);
            TypeAreaNames(tokens, cleaned);
            TypeSuffixClubs(text, tokens, cleaned);
            TypeTeamPlaces(tokens, cleaned);
            TypeFirmShortNames(tokens, cleaned);
            TypeProductExamples(tokens, cleaned);
            ExtendInstitutionLists(text, tokens, cleaned);
            ExtendPluralPossessives(text, tokens, cleaned);
            ExtendCouncilsAndCampaigns(text, tokens, cleaned);
            TypeRouteEnds(tokens, cleaned);
            TypeConstituencies(text, tokens, cleaned);
        }
        if (_lexicon.Language == Language.German)
        {
            cleaned = AddGermanNames(text, tokens, cleaned);
            cleaned = AddClubNames(text, tokens, cleaned);
            TypeQuotedNewspapers(text, tokens, cleaned);
            cleaned = AddGermanVenues(text, tokens, cleaned);
            cleaned = AddGermanLeagues(text, tokens, cleaned);
            ExtendClubPrefixes(text, tokens, cleaned);
            StripTeamTitles(tokens, cleaned);
        }

        cleaned = AddBracketAcronymNames(tokens, cleaned);
        var names = new NameIndex(text, tokens, _lexicon);
        // Full names first, so that a surname the tagger found alone before the full name still joins it.
        foreach (var span in cleaned)
        {
            if (span.Count > 1)
            {
                names.Register(span);
            }
        }

        // "die Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)": the acronym stands for the name before its own
        // mentions are recorded, so that it names no entity of its own.
        foreach (var span in cleaned)
        {
            names.RegisterBracketAcronym(span);
        }

        if (_lexicon.Language == Language.German)
        {
            TypeGermanTeamTowns(tokens, cleaned, names);
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
        TypeFounderFirmMentions(tokens, all, names);
        if (_lexicon.Language == Language.German)
        {
            DropLonePersonAtStart(text, tokens, all, names);
            JoinModelCodes(tokens, all);
            TypeModelCodeProducts(tokens, all);
            GrowLegalForms(tokens, all);
            all = AddGermanLaws(tokens, all);
            TypeBracketAcronyms(tokens, all);
            all.RemoveAll(span => span.Spread && span.Type == EntityType.Organization && span.Count == 1 && IsAdjectiveBeforeNoun(text, tokens, span.First));
        }
        else
        {
            TypeFirmsNamedLikePeople(text, tokens, all, names);
            TypeModelCodeProducts(tokens, all);
            TypeSchoolsByShortName(text, tokens, all, names);
            GrowSpreadIndustryHeads(text, tokens, all);
        }

        return Group(text, tokens, all, names);
    }

    // "Dürre im Osten: …", "Hagel und Starkregen: …": the German tagger takes a headline's first word, capitalised
    // as every noun is, for a person. An article names a person it writes about again (a headline's surname is the
    // person's named in full below), so a one-word person at the start of a headline (a first line without a final
    // period, with the article below it) that no other mention shares is no one. A text of one sentence says nothing.
    private static void DropLonePersonAtStart(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        if (spans.Count == 0 || spans[0].First != 0 || spans[0].Count != 1 || spans[0].Type != EntityType.Person || spans[0].Spread)
        {
            return;
        }

        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (lineEnd < 0 || text.AsSpan(0, lineEnd).TrimEnd().EndsWith(".", StringComparison.Ordinal) || text.AsSpan(lineEnd).Trim().Length == 0)
        {
            return;
        }

        var key = names.EntityKey(spans[0]);
        if (key != tokens[0].Text)
        {
            return;
        }

        for (var k = 1; k < spans.Count; k++)
        {
            if (names.EntityKey(spans[k]) == key)
            {
                return;
            }
        }

        spans.RemoveAt(0);
    }

    // "vom Typ Kernmatt B-22" in an article about "Kernmatt Präzision GmbH": the firm's short name spread onto the
    // name of its product, before the model code the tagger found alone. Name and code are one product (Clean joins
    // them where the tagger found the name itself).
    private static void JoinModelCodes(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = spans.Count - 2; k >= 0; k--)
        {
            var (name, code) = (spans[k], spans[k + 1]);
            if (name.Type != EntityType.Person && code.Count == 1 && code.First == name.End
                && tokens[code.First].Start - tokens[name.End - 1].End == 1 && IsGermanModelCode(tokens[code.First]))
            {
                spans[k] = new Span(name.First, code.End, EntityType.Misc, Spread: name.Spread, Strong: true);
                spans.RemoveAt(k + 1);
            }
        }
    }

    // "die Allgäuer Genossenschaftsmolkerei Bergweide Milch eG": a name the pass added or spread after the tagger missed
    // it is a firm's where a legal form follows it (a lower-case one as "eG" included); Clean grows the tagger's own.
    private void GrowLegalForms(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var next = span.End;
            if (next < tokens.Count && tokens[next].Start - tokens[next - 1].End == 1 && (k + 1 == spans.Count || spans[k + 1].First > next)
                && (_gazetteer.LookupExact(tokens[next].Span) & GazetteerFlags.LegalForm) != 0)
            {
                spans[k] = span with { End = next + 1, Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // "das Gesetz gegen Wettbewerbsbeschränkungen (GWB)": an acronym in brackets right after a name stands for it and
    // takes its type, where the tagger typed the acronym alone (a law's acronym is no organisation).
    private static void TypeBracketAcronyms(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 1; k < spans.Count; k++)
        {
            var (name, acronym) = (spans[k - 1], spans[k]);
            if (acronym.Count == 1 && acronym.First == name.End + 1 && name.Count > 1 && tokens[name.End].Span is "("
                && acronym.End < tokens.Count && tokens[acronym.End].Span is ")" && acronym.Type != name.Type && name.Strong
                && tokens[acronym.First].Span.Length >= 2 && !tokens[acronym.First].Span.ContainsAnyExceptInRange('A', 'Z'))
            {
                spans[k] = acronym with { Type = name.Type, Strong = true };
            }
        }
    }

    /// <summary>
    /// A mention as a token range with its type; <see cref="Spread"/> marks mentions it added, <see cref="Strong"/> those
    /// whose own words or context decide the type, <see cref="Guessed"/> strong ones decided only by a first name.
    /// </summary>
    internal readonly record struct Span(int First, int End, EntityType Type, bool Spread = false, bool Genitive = false, bool Strong = false, bool Guessed = false)
    {
        public int Count => End - First;
    }

    private static List<(int Start, int End, bool Quantity)> Amounts(IReadOnlyList<Amount>? amounts)
    {
        var list = new List<(int Start, int End, bool Quantity)>();
        if (amounts is not null)
        {
            foreach (var a in amounts)
            {
                list.Add((a.Start, a.End, a.Kind == AmountKind.Quantity));
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
            if (_lexicon.Language == Language.English && (IsCoordinatedPlace(tokens, i, result) || IsOnlyACountry(tokens, i) || IsCityAfterMotion(tokens, i) || IsCapitalsDateline(text, tokens, i))
                || _lexicon.Language == Language.German && (IsGermanCityAfterPreposition(text, tokens, i) || IsGermanListedPlace(text, tokens, i, result, next < mentions.Count ? mentions[next] : null)))
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

    // "die Landesregierung in Schwerin", "eine Köchin aus Rostock": a word the lists know as a city and not as a common
    // noun, function word, title or demonym (the German lists give "Mitte", "Essen" and "Wald" a city too), after "in"
    // or "aus" ("nach Messen" may be "after") and before no capitalised word, is the city, also where the lists know it
    // as a surname.
    private bool IsGermanCityAfterPreposition(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1 || tokens[i - 1].Span is not ("in" or "aus") || tokens[i].Kind != TokenKind.Word || tokens[i].Span.Length < 3
            || !char.IsUpper(tokens[i].Span[0]) || CapitalisedWordAfter(text, tokens, i))
        {
            return false;
        }

        var flags = _gazetteer.Lookup(tokens[i].Span);
        return (flags & GazetteerFlags.City) != 0 && (flags & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.PersonTitle | GazetteerFlags.Demonym)) == 0;
    }

    // "in den Kreisen Soest, Unna und …": a word the lists know as a place (a common noun too: the lists give "Soest"
    // one), joined by a comma, "und" or "oder" to a place mention before or after it and before no capitalised word,
    // is a place too; not after an article ("der Welt, Usain Bolt") or at a sentence start, where a noun stands as well.
    private bool IsGermanListedPlace(string text, IReadOnlyList<Token> tokens, int i, List<Span> found, Span? following)
    {
        if (i == 0 || tokens[i].Kind != TokenKind.Word || tokens[i].Span.Length < 3 || !char.IsUpper(tokens[i].Span[0]) || CapitalisedWordAfter(text, tokens, i)
            || SentenceBreakBetween(text, tokens[i - 1], tokens[i]) || _lexicon.Determiners.Contains(tokens[i - 1].Span))
        {
            return false;
        }

        var joinedBefore = i >= 2 && tokens[i - 1].Span is "," or "und" or "oder" && found.Count > 0 && found[^1].End == i - 1 && found[^1].Type == EntityType.Location;
        var joinedAfter = i + 2 < tokens.Count && tokens[i + 1].Span is "," or "und" or "oder" && following is { } f && f.First == i + 2 && f.Type == EntityType.Location;
        var flags = _gazetteer.LookupExact(tokens[i].Span);
        return (joinedBefore || joinedAfter) && (flags & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0
            && (flags & (GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.PersonTitle | GazetteerFlags.Demonym)) == 0;
    }

    // A capitalised word one space after token i: the name there goes on.
    private static bool CapitalisedWordAfter(string text, IReadOnlyList<Token> tokens, int i) =>
        Adjacent(text, tokens, i) && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(tokens[i + 1].Span[0]);

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
        // "Save money": a campaign's verb alone is a command, never the short name of "Save Fennick Moor".
        if ((_gazetteer.Lookup(word) & GazetteerFlags.FunctionWord) != 0 || match.Count == 1 && _lexicon.CampaignVerbs.Contains(word))
        {
            return false;
        }

        if (index > 0 && match.Type == EntityType.Person && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]))
        {
            var previous = tokens[index - 1].Span;
            // "the Lamont family", "the Ortiz brothers": a surname before a noun for a family is the named person's
            // (family-nouns.en.txt); any other after an article is not ("the Kennedy era").
            var family = match.Count == 1 && match.End < tokens.Count && _lexicon.FamilyNouns.Contains(tokens[match.End].Span);
            if (_lexicon.Determiners.Contains(previous) && !family)
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

                // An acronym the article defined after a name takes the name's type: the name's own mentions vote.
                if ((!spans[m].Spread || spans[m].Strong) && !(names.IsBracketAcronym(spans[m]) && !spans[m].Strong))
                {
                    // A legal form, organisation head, event word or telling context outweighs any number of tagger votes
                    // and of guesses from a first name, which outweigh the tagger's votes.
                    votes[(int)spans[m].Type] += !spans[m].Strong ? 1 : spans[m].Guessed ? 1 << 8 : 1 << 16;
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
