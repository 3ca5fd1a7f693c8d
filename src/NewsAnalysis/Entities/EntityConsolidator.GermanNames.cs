using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Names the German tagger missed: clubs, quoted titles, hyphenated compounds of names ("Ilse-Brandner-Preis"),
// newspapers, broadcasters, acronyms, and the helpers these rules share.
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
    // Names the German tagger misses that their neighbours give away. A capitalised adjective inside a sentence
    // before an organisation head ("der Europäischen Arzneimittel-Agentur": adjectives are written in lower case
    // unless they belong to a name) makes an organisation, unless a mention follows the head at once: then the two
    // words describe that name ("die Evangelische Kirche St. Peter" is a church called St. Peter), but not its
    // initials ("der Europäischen Arzneimittel-Agentur EMA"). The capitalised words right after a product noun
    // ("unter dem Markennamen Lunacept", "die App DB Navigator", "in der Studie TIDE-3") are a product, drug or
    // study name (MISC), also where the tagger typed them otherwise. Linear: one walk over tokens and spans.
    private List<Span> AddGermanNames(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        spans = WithoutNounGenitivePlaces(tokens, spans);
        TypeFirstNamesOfPersons(tokens, spans);
        var result = new List<Span>(spans.Count + 4);
        var next = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Copy the spans that start before this token; a span covering it leaves the token alone.
            while (next < spans.Count && spans[next].First < i)
            {
                result.Add(WithoutSubjectAfterPlace(tokens, spans[next++]));
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

            // "Kurzbahn-DM in Wuppertal", "für die Hallen-Weltmeisterschaften": a contest's kind joined to a championship
            // names that event, which the tagger, reading one unknown word, leaves alone; where it found the compound
            // its type stays (GermEval has "Fußball-WM" as an organisation).
            if (!(hasFollowing && following.First == i) && IsHyphenatedChampionship(tokens[i]))
            {
                result.Add(new Span(i, i + 1, EntityType.Misc, Strong: true));
                continue;
            }

            // "ein Zuschuss der L-Bank": a capital letter hyphenated to a bare organisation head is a short name made of
            // the head ("Landeskreditbank"); a letter before another noun is a kind of thing ("U-Bahn", "E-Mail").
            if (!(hasFollowing && following.First == i) && tokens[i].Kind == TokenKind.Word && word.Length > 3 && char.IsUpper(word[0]) && word[1] == '-'
                && IsOneOf(word[2..], _lexicon.OrgHeads))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
                continue;
            }

            // "das Bundeswirtschaftsministerium", "beim Bundeskartellamt": "Bundes", a subject and an organisation head in
            // one word name the one federal body of that subject (a bare "Bundesamt" or "Bundesregierung" says no subject).
            if (!(hasFollowing && following.First == i) && IsFederalBody(tokens[i]))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
                continue;
            }

            // "das Krankenhausfinanzierungsreformgesetz (KHFRG)": one long compound ending in "-gesetz" names one law, a work
            // the tagger leaves alone as an unknown common noun, and an acronym in brackets right after it stands for it;
            // a short compound is a common noun ("Naturgesetz", "Bundesgesetz").
            if (!(hasFollowing && following.First == i) && IsGermanLawCompound(tokens[i]))
            {
                result.Add(new Span(i, i + 1, EntityType.Misc, Strong: true));
                // "(KHFRG)" or ", kurz KHFRG": the acronym the article gives the law.
                var acronym = i + 3 < tokens.Count && tokens[i + 1].Span is "(" && tokens[i + 3].Span is ")" ? i + 2
                    : i + 3 < tokens.Count && tokens[i + 1].Span is "," && tokens[i + 2].Span is "kurz" ? i + 3 : -1;
                if (acronym > 0 && IsBracketAcronym(tokens[acronym].Span) && !(next < spans.Count && spans[next].First <= acronym))
                {
                    result.Add(new Span(acronym, acronym + 1, EntityType.Misc, Strong: true));
                    i = acronym;
                }

                continue;
            }

            // "der Ilse-Brandner-Preis", "der Possehl-Stiftung", "in der Helmut-Körnig-Halle": a hyphenated compound of names
            // and a head noun names a prize or event, an organisation or a venue, which the tagger, reading one unknown
            // word, leaves alone.
            if (!(hasFollowing && following.First == i) && HyphenatedNameType(tokens[i]) is { } compoundType)
            {
                result.Add(new Span(i, i + 1, compoundType, Strong: true));
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

            // "schrieb im Südkurier", "vom Elbe-Kurier": after an article, a compound of a newspaper's head that the
            // lists do not know (not "Tageszeitung") names a newspaper, unless a name or a quote follows it, which the
            // compound then describes ("der Wochenzeitung Die Zeit", "im Fachjournal „Nature“").
            if (!(hasFollowing && following.First == i) && i > 0 && _lexicon.Determiners.Contains(tokens[i - 1].Span) && IsNewspaperCompound(tokens[i])
                && !CapitalisedWordAfter(text, tokens, i) && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.QuoteMark && Adjacent(text, tokens, i)))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
                continue;
            }

            // "im Auftrag des NDR", "beim BUND": an acronym the lists do not know after a genitive or contracted article
            // is an organisation's short name (a place or a thing would have a case ending or a known name).
            if (!(hasFollowing && following.First == i) && i > 0 && tokens[i - 1].Span is "des" or "beim" or "vom" && IsUnknownAcronym(tokens[i]))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
                continue;
            }

            // "sagte sie dem Deutschlandfunk": a place the lists know joined with a broadcaster's head names a broadcaster.
            if (!(hasFollowing && following.First == i) && IsPlaceBroadcaster(tokens[i]))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
                continue;
            }

            // "sagte er der „Ostsee-Zeitung“": such a compound alone in quotation marks after an article is a newspaper too.
            if (!(hasFollowing && following.First == i) && IsQuotedNewspaper(tokens, i))
            {
                result.Add(new Span(i, i + 1, EntityType.Organization, Strong: true));
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
            // "der Werft »Hansa-Nord«", "der Verein „Grüne Mitte“": after a bare organisation head, the quoted name is
            // the organisation's (a compound rather names a kind: "die Kindergruppe „Happy Dinos“" is MISC in GermEval).
            var organisation = tokens[i].Kind == TokenKind.Word && char.IsUpper(word[0]) && IsOneOf(word, _lexicon.OrgHeads);
            if ((organisation || _lexicon.ProductDescriptors.Contains(word) || _lexicon.WorkNouns.Contains(word)) && !(hasFollowing && following.First == i)
                && QuotedTitleEnd(text, tokens, i + 1) is > 0 and var close)
            {
                var inside = next;
                while (inside < spans.Count && spans[inside].First >= i + 2 && spans[inside].End <= close)
                {
                    inside++;
                }

                if (inside == spans.Count || spans[inside].First > close)
                {
                    result.Add(new Span(i + 2, close, organisation ? EntityType.Organization : EntityType.Misc, Strong: true));
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
            result.Add(WithoutSubjectAfterPlace(tokens, spans[next++]));
        }

        return result;
    }

    // "Lea Fuchs schwimmt Rekord" … Kiefer sagte: „Lea gehört zu den Besten“: a person named by the first name alone,
    // which the tagger, reading one word, may take for a place (there is a Lea in England). A one-word mention of a
    // first name the lists know that begins a person's full name in the article is that person. Linear: one set of
    // the full names' first words, one walk.
    private void TypeFirstNamesOfPersons(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        HashSet<string>? firstNames = null;
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && span.Count >= 2 && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.FirstName) != 0)
            {
                (firstNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].Text);
            }
        }

        if (firstNames is null)
        {
            return;
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Count == 1 && span.Type != EntityType.Person && firstNames.Contains(tokens[span.First].Text)
                && (_gazetteer.LookupExact(tokens[span.First].Span) & (GazetteerFlags.Country | GazetteerFlags.Region)) == 0)
            {
                spans[k] = span with { Type = EntityType.Person, Strong = true };
            }
        }
    }

    // "Abseits des Beckens", "am Rand des Feldes": the tagger takes a noun in the genitive after "des" for a place. A
    // place after "des" is one the lists know (in its genitive: "des Irans") or one the article names again
    // ("des Rheins" … "am Rhein"); a one-word place that is neither, whose word without the genitive ending the lists
    // know as no place, is a noun. Linear: one set of the mentions' words, one walk.
    private List<Span> WithoutNounGenitivePlaces(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        Dictionary<string, int>? named = null; // how often each word stands in a mention
        List<Span>? result = null;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (IsNounGenitivePlace(tokens, span))
            {
                named ??= MentionWordCounts(tokens, spans);
                var word = tokens[span.First].Text;
                if (named[word] == 1 && !named.ContainsKey(NameIndex.GenitiveStem(word).ToString()))
                {
                    result ??= [.. spans.Take(k)];
                    continue;
                }
            }

            result?.Add(span);
        }

        return result ?? spans;
    }

    private static Dictionary<string, int> MentionWordCounts(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            for (var t = span.First; t < span.End; t++)
            {
                var word = tokens[t].Text;
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    // A one-word place right after "des" ending in a genitive -s, which the lists know without the ending, but as no
    // place (a noun is often listed as a surname: "Becken"); a word they do not know may be a place they miss
    // ("des Kapitols").
    private bool IsNounGenitivePlace(IReadOnlyList<Token> tokens, Span span)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;
        var word = tokens[span.First].Span;
        return span.Type == EntityType.Location && span.Count == 1 && span.First > 0 && tokens[span.First - 1].Span is "des"
            && tokens[span.First].Kind == TokenKind.Word && word.Length > 3 && word[^1] == 's' && !word[1..].ContainsAnyExceptInRange('a', 'z')
            && (_gazetteer.Lookup(word) & place) == 0 && _gazetteer.Lookup(NameIndex.GenitiveStem(word)) is var stem && stem != GazetteerFlags.None && (stem & place) == 0;
    }

    // "der an der Universität Würzburg Maschinenbau studiert": the tagger runs an institution named by a head and a
    // place on into the subject studied or taught there, a lower-case noun before a lower-case word. The noun is no
    // part of the name ("Universität Würzburg"); a name, head or legal form after the place is ("Stadtwerke Kiel AG").
    private Span WithoutSubjectAfterPlace(IReadOnlyList<Token> tokens, Span span)
    {
        var last = span.End - 1;
        if (span.Type != EntityType.Organization || span.Count < 3 || span.End >= tokens.Count || !IsLowerCaseWord(tokens[span.End].Span)
            || tokens[last].Kind != TokenKind.Word || !char.IsUpper(tokens[last].Span[0]) || !IsPlaceWord(tokens, last - 1)
            || !_lexicon.EndsWithHead(tokens[last - 2].Span, _lexicon.OrgHeads) || _lexicon.EndsWithHead(tokens[last].Span, _lexicon.OrgHeads))
        {
            return span;
        }

        // Many German nouns are surnames as well ("Maschinenbau" is listed as one): a surname does not keep the word.
        const GazetteerFlags name = GazetteerFlags.FirstName | GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country
            | GazetteerFlags.Company | GazetteerFlags.OrgHead | GazetteerFlags.LegalForm | GazetteerFlags.Demonym;
        var word = tokens[last].Span;
        return word.Length > 3 && !word[1..].ContainsAnyExceptInRange('a', 'z') && (_gazetteer.Lookup(word) & name) == 0 ? span with { End = last } : span;
    }

    // German clubs are named sponsor or place, team name, place: "EWE Baskets Oldenburg", "Weser Falcons Bremen",
    // "Rostock Seawolves". The tagger cuts them at the place ("EWE" + "Oldenburg") or misses the team name. A listed
    // team name next to a place the gazetteer knows makes a club, with up to two capitalised words before it; the
    // tagger's mentions inside it join it, one reaching out of it leaves the words alone. Linear: one walk.
    private List<Span> AddClubNames(string text, IReadOnlyList<Token> tokens, List<Span> spans) =>
        InsertFound(tokens, spans, EntityType.Organization, i =>
            _lexicon.ClubNicknames.Contains(tokens[i].Span) ? ClubSpan(text, tokens, i)
            : IsEnglishTeamPlural(text, tokens, spans, i) ? (i - 1, i + 1) : null);

    // "in der ausverkauften Sauer Energie Arena", "in der SAP Arena": up to three capitalised words right before a bare
    // venue word (venue-heads.de.txt) name the venue, a place, whatever the tagger made of them (it reads an unknown
    // sponsor as a person and the lone "Arena" as another). The words are one space apart, inside a sentence, and no
    // article or function word opens them, nor an adjective of a place before a sponsor's name ("die Kölner Lanxess
    // Arena"; right before the venue word it may be a surname the gazetteer knows as a town's adjective too, "Lindner
    // Arena"); the tagger's mentions must lie inside.
    private List<Span> AddGermanVenues(string text, IReadOnlyList<Token> tokens, List<Span> spans) =>
        InsertFound(tokens, spans, EntityType.Location, v =>
        {
            if (v == 0 || tokens[v].Kind != TokenKind.Word || !char.IsUpper(tokens[v].Span[0]) || !IsOneOf(tokens[v].Span, _lexicon.VenueHeads))
            {
                return null;
            }

            var first = v;
            while (first > 0 && v - first < 3 && Adjacent(text, tokens, first - 1) && IsInstitutionWord(tokens[first - 1])
                && !_lexicon.Determiners.Contains(tokens[first - 1].Span) && !(first < v && IsPlaceAdjective(tokens[first - 1].Span))
                && first - 1 > 0 && !SentenceBreakBetween(text, tokens[first - 2], tokens[first - 1]))
            {
                first--;
            }

            return first < v ? (first, v + 1) : null;
        });

    // "in der Regionalliga Nordost", "in die 3. Liga": a league named with its region or its tier is a competition,
    // MISC in our corpus (GermEval tags leagues ORG), wherever the tagger missed or typed it; a league's bare name
    // ("Bundesliga") is left to the tagger, since GermEval and the corpus disagree on it. The region is a word of
    // league-regions.de.txt or one the lists know as a region, one space after a word ending in "liga"; the tier an
    // ordinal right before "Liga".
    private List<Span> AddGermanLeagues(string text, IReadOnlyList<Token> tokens, List<Span> spans) =>
        InsertFound(tokens, spans, EntityType.Misc, end =>
        {
            if (end == 0 || tokens[end].Kind != TokenKind.Word || !char.IsUpper(tokens[end].Span[0]))
            {
                return null;
            }

            var league = tokens[end - 1];
            if (tokens[end].Span is "Liga" && league.Kind == TokenKind.Ordinal && text.AsSpan(league.End, tokens[end].Start - league.End) is " ")
            {
                return (end - 1, end + 1);
            }

            var region = _lexicon.LeagueRegions.Contains(tokens[end].Span) || (_gazetteer.LookupExact(tokens[end].Span) & GazetteerFlags.Region) != 0;
            return region && Adjacent(text, tokens, end - 1) && league.Kind == TokenKind.Word && char.IsUpper(league.Span[0]) && league.Span.Length > 4
                && league.Span.EndsWith("liga", StringComparison.OrdinalIgnoreCase) ? (end - 1, end + 1) : null;
        });

    // One walk over the tokens: where find(i) gives a name [First, End) at token i, the name goes in with the given type,
    // strongly, taking the place of the tagger's mentions inside it; a mention reaching out of it leaves the words alone,
    // and one that is the name already, with its type, is made strong (its words decide it however often the tagger read
    // a word of it otherwise). Tokens of a name found already are not looked at again.
    private static List<Span> InsertFound(IReadOnlyList<Token> tokens, List<Span> spans, EntityType type, Func<int, (int First, int End)?> find)
    {
        List<Span>? result = null;
        var copied = 0;
        var next = 0;
        var done = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < done || find(i) is not var (first, end))
            {
                continue;
            }

            while (next < spans.Count && spans[next].End <= first)
            {
                next++;
            }

            if (!Absorbs(spans, next, end, out var after) || next < spans.Count && spans[next].First < first)
            {
                continue;
            }

            if (after == next + 1 && spans[next].First == first && spans[next].End == end && spans[next].Type == type)
            {
                spans[next] = spans[next] with { Strong = true };
                continue;
            }

            result ??= new List<Span>(spans.Count);
            for (; copied < next; copied++)
            {
                result.Add(spans[copied]);
            }

            result.Add(new Span(first, end, type, Strong: true));
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

    // "TTF Eichenau", "Tischtennisfreunde Eichenau": the tagger takes the place and leaves the club prefix before
    // it out. A place or organisation right after a club prefix no mention holds is the club, prefix and all,
    // so that the place alone names the club later in the article (NameIndex.ClubPlaceWord). In place: one walk.
    private void ExtendClubPrefixes(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            // "Bayer 04 Leverkusen": a name, a two-digit founding year and a town are a club, strongly, so that the town
            // alone names it in the article (NameIndex.ClubPlaceWord) however often the tagger read the town as a place.
            if (span.Type == EntityType.Organization && !span.Strong && span.Count >= 3 && tokens[span.End - 2].Kind == TokenKind.Number
                && tokens[span.End - 2].Span.Length == 2 && (_gazetteer.LookupExact(tokens[span.End - 1].Span) & GazetteerFlags.City) != 0)
            {
                spans[k] = span with { Strong = true };
                continue;
            }

            var before = span.First - 1;
            if (before < 0 || span.Type is not (EntityType.Location or EntityType.Organization) || !Adjacent(text, tokens, before)
                || k > 0 && spans[k - 1].End > before || _lexicon.ClubPrefixLength(tokens, before, span.First) != 1)
            {
                continue;
            }

            spans[k] = new Span(before, span.End, EntityType.Organization, Strong: true);
        }
    }

    // The club around the team name at index: a known place right after it ("Baskets Oldenburg") or, failing
    // that, right before it ("Rostock Seawolves"), and up to two capitalised words before it that are no article,
    // function word or sentence start ("EWE", "Telekom", "Weser"). Null without a place.
    private (int First, int End)? ClubSpan(string text, IReadOnlyList<Token> tokens, int index)
    {
        if ((IsPlaceWord(tokens, index + 1) || index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Word && _lexicon.IsUnlistedTownAfterTeamPlural(tokens[index].Span, tokens[index + 1].Span)) && Adjacent(text, tokens, index))
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

        if (index > 0 && IsPlaceWord(tokens, index - 1) && Adjacent(text, tokens, index - 1))
        {
            return (index - 1, index + 1);
        }

        // "Nürnberg Ice Tigers": a place, one capitalised word of the team name and the listed word.
        if (index > 1 && IsPlaceWord(tokens, index - 2) && Adjacent(text, tokens, index - 2) && Adjacent(text, tokens, index - 1)
            && tokens[index - 1].Kind == TokenKind.Word && char.IsUpper(tokens[index - 1].Span[0]) && (_gazetteer.Lookup(tokens[index - 1].Span) & GazetteerFlags.FunctionWord) == 0)
        {
            return (index - 2, index + 1);
        }

        // "Kölner Haie", "Berliner Eisbären": a town's adjective before the team name.
        return index > 0 && IsPlaceAdjective(tokens[index - 1].Span) && Adjacent(text, tokens, index - 1) ? (index - 1, index + 1) : null;
    }

    // "die Emsland Pioneers", "die Ostfriesland Mariners": an English plural no list knows (see
    // ConsolidationLexicon.IsGermanTeamPlural) right after a place (listed, or a word the tagger typed a
    // place somewhere in the article: "aus Ostfriesland") is a club's team name, as the lists' nicknames are; German plurals seldom end in "s".
    private bool IsEnglishTeamPlural(string text, IReadOnlyList<Token> tokens, List<Span> spans, int index)
    {
        if (index == 0 || tokens[index].Kind != TokenKind.Word || !_lexicon.IsGermanTeamPlural(tokens[index].Span) || !Adjacent(text, tokens, index - 1))
        {
            return false;
        }

        var place = tokens[index - 1].Span;
        if (IsPlaceWord(tokens, index - 1))
        {
            return true;
        }

        foreach (var span in spans)
        {
            if (span.Count == 1 && span.Type == EntityType.Location && tokens[span.First].Span.SequenceEqual(place))
            {
                return true;
            }
        }

        return false;
    }

    // "Deutschen", "Französische": a demonym the lists know with an adjective's ending (-e, -en, -er).
    private bool IsNationAdjective(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] is 'e' or 'n' or 'r' && (_gazetteer.Lookup(word) & GazetteerFlags.Demonym) != 0;

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

    // "Bundeswirtschaftsministerium", "Bundeskartellamts": "Bundes" and a compound of a subject and an organisation
    // head (the subject three letters or more), in the genitive too. A subject that is a federal body itself makes a
    // part of that body ("Bundestagsfraktion", "Bundesratsinitiative": any group or motion of the Bundestag or Bundesrat).
    // A capitalised word of more than 25 letters ending in "gesetz" (or its genitive): a compound of a law's long subject
    // and "Gesetz" ("Wasserstoffbeschleunigungsgesetz"); no hyphen, which joins a name to a common noun.
    private static bool IsGermanLawCompound(Token token)
    {
        var word = token.Span;
        var stem = word.EndsWith("es", StringComparison.Ordinal) ? word[..^2] : word.EndsWith("s", StringComparison.Ordinal) ? word[..^1] : word;
        return token.Kind == TokenKind.Word && stem.Length > 25 && char.IsUpper(word[0]) && !word.Contains('-')
            && stem.EndsWith("gesetz", StringComparison.Ordinal);
    }

    // Two to eight capitals, nothing else: an acronym ("KHFRG").
    private static bool IsBracketAcronym(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 8 && !word.ContainsAnyExceptInRange('A', 'Z');

    private bool IsFederalBody(Token token)
    {
        var word = token.Span;
        if (token.Kind != TokenKind.Word || !word.StartsWith("Bundes", StringComparison.Ordinal) || word.Length < 13 || word.Contains('-'))
        {
            return false;
        }

        return IsSubjectAndHead(word, word.Length) || IsSubjectAndHead(word, 6 + NameIndex.GenitiveStem(word[6..]).Length);
    }

    // The word's first end characters are "Bundes", a subject and an organisation head, and the subject is no body.
    private bool IsSubjectAndHead(ReadOnlySpan<char> word, int end)
    {
        var rest = word[6..end];
        foreach (var head in _lexicon.OrgHeads)
        {
            if (rest.Length >= head.Length + 3 && rest.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                var subject = word[..(end - head.Length)];
                return !IsOneOf(subject, _lexicon.OrgHeads) && !IsOneOf(subject[..^1], _lexicon.OrgHeads);
            }
        }

        return false;
    }

    // "Kurzbahn-DM", "Ski-WM", "Hallen-Weltmeisterschaften": a capitalised word, a hyphen and a championship head
    // (championship-heads.de.txt: German, world or European, not a bare "-Meisterschaften") as the last part. Unlike a prize (see HyphenatedNameType), a championship is named by
    // its kind of contest, not by a person or place.
    private bool IsHyphenatedChampionship(Token token)
    {
        var word = token.Span;
        var hyphen = word.LastIndexOf('-');
        if (token.Kind != TokenKind.Word || hyphen < 2 || hyphen > word.Length - 3 || !char.IsUpper(word[0]) || !char.IsLower(word[hyphen - 1])
            || !char.IsUpper(word[hyphen + 1]))
        {
            return false;
        }

        // An acronym head stands alone ("DM"); a word head may end a compound ("Weltmeisterschaften"), but an acronym
        // head at a word's end is chance ("Tandem").
        var head = word[(hyphen + 1)..];
        foreach (var championship in _lexicon.ChampionshipHeads)
        {
            if (championship.Length == 2 ? head.Length == 2 && head.Equals(championship, StringComparison.OrdinalIgnoreCase) && char.IsUpper(head[1])
                : _lexicon.EndsWithHead(head, [championship]))
            {
                return true;
            }
        }

        return false;
    }

    // The type of a German compound whose parts before the last hyphen are capitalised names, not acronyms or
    // common nouns the lists know, and whose last part is an event or prize head ("Ilse-Brandner-Preis",
    // "Rheinau-Literaturpreis": MISC), an organisation head ("Possehl-Stiftung": ORG)
    // or "Halle", which after a hyphen is a hall, not the city ("Helmut-Körnig-Halle": LOC); null for any other word.
    // An organisation head counts only where a founder's name makes the name (founder-heads.de.txt): "Grünen-Fraktion"
    // and "Allianz-Versicherung" are parts of names, as GermEval has them too.
    private EntityType? HyphenatedNameType(Token token)
    {
        var word = token.Span;
        var hyphen = word.LastIndexOf('-');
        if (token.Kind != TokenKind.Word || hyphen < 3 || hyphen > word.Length - 4 || !char.IsUpper(word[hyphen + 1]))
        {
            return null;
        }

        var allNames = true;
        for (var rest = word[..hyphen]; !rest.IsEmpty;)
        {
            var cut = rest.IndexOf('-');
            var part = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? [] : rest[(cut + 1)..];
            // A part without a vowel is an abbreviation written in lower case ("Wfv-Liga"), no name.
            if (part.Length < 3 || !char.IsUpper(part[0]) || !char.IsLower(part[^1]) || part[1..].IndexOfAny("aeiouyäöü") < 0
                || (_gazetteer.LookupExact(part) & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym)) != 0
                && (_gazetteer.LookupExact(part) & NameFlags) == 0)
            {
                return null;
            }

            allNames &= (_gazetteer.LookupExact(part) & NameFlags) != 0;
        }

        var head = word[(hyphen + 1)..];
        var stem = NameIndex.GenitiveStem(head);
        // A prize or event is named after people or places the lists know: an unknown word before it is rather a
        // kind of the event ("Gesamt-Weltcup", "Hallen-Weltmeisterschaften").
        if (allNames && (_lexicon.EndsWithHead(head, _lexicon.EventHeads) || _lexicon.EndsWithHead(stem, _lexicon.EventHeads)))
        {
            return EntityType.Misc;
        }

        if (IsOneOf(head, _lexicon.FounderHeads) || IsOneOf(stem, _lexicon.FounderHeads))
        {
            return EntityType.Organization;
        }

        return head is "Halle" || _lexicon.EndsWithHead(head, _lexicon.VenueHeads) ? EntityType.Location : null;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const GazetteerFlags NameFlags = GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;

    // A capitalised adjective of a place ("Meersburger", "Bayreuther") or, inside a sentence, of a name
    // ("Olympische") or a nation ("bei den Deutschen Kurzbahnmeisterschaften") right before a capitalised word ending
    // in an event word ("Opernfestspiele", "Spiele").
    private bool IsEventNameStart(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        var eventWord = tokens[index + 1];
        return tokens[index].Kind == TokenKind.Word && char.IsUpper(word[0]) && eventWord.Kind == TokenKind.Word && char.IsUpper(eventWord.Span[0])
            && _lexicon.EndsWithHead(eventWord.Span, _lexicon.EventHeads)
            && (IsPlaceAdjective(word) || index > 0 && (IsNameAdjective(word) || IsNationAdjective(word)) && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]))
            && !NameGoesOn(tokens, index + 2);
    }

    // A capitalised compound of a newspaper's head (media-heads.de.txt) that the lists know as nothing.
    private bool IsNewspaperCompound(Token token)
    {
        var word = token.Span;
        return token.Kind == TokenKind.Word && char.IsUpper(word[0]) && _gazetteer.Lookup(word) == GazetteerFlags.None
            && ConsolidationLexicon.IsCompoundOf(word, _lexicon.MediaHeads);
    }

    // A word the lists do not know made of a place they know and a broadcaster's head ("Deutschlandfunk").
    private bool IsPlaceBroadcaster(Token token)
    {
        var word = token.Span;
        if (token.Kind != TokenKind.Word || word.Length > 40 || !char.IsUpper(word[0]) || _gazetteer.Lookup(word) != GazetteerFlags.None)
        {
            return false;
        }

        foreach (var head in _lexicon.BroadcasterHeads)
        {
            if (word.Length > head.Length + 2 && word.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                && (_gazetteer.LookupExact(word[..^head.Length]) & (GazetteerFlags.Country | GazetteerFlags.Region | GazetteerFlags.City)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Two to five capitals, a word no list knows.
    private bool IsUnknownAcronym(Token token) =>
        token.Kind == TokenKind.Word && token.Span.Length is >= 2 and <= 5 && !token.Span.ContainsAnyExceptInRange('A', 'Z')
        && _gazetteer.Lookup(token.Span) == GazetteerFlags.None;

    // "der „Kieler Nachrichten“": a quotation mark right before the next word, after an article; no sentence starts there.
    private bool IsOpeningQuoteAfterArticle(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index].Kind == TokenKind.QuoteMark && tokens[index].End == tokens[index + 1].Start
        && _lexicon.Determiners.Contains(tokens[index - 1].Span);

    // "dem „Westfalen-Blatt“ vorliegt", "der „Kieler Nachrichten“": a newspaper's name in quotation marks after an
    // article (a compound of a newspaper's head, or an adjective and a head) is the newspaper, whatever the tagger took it
    // for (a place, for the place in the name). Retypes in place.
    private void TypeQuotedNewspapers(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type == EntityType.Organization || span.First < 2 || span.End >= tokens.Count
                || tokens[span.End].Kind != TokenKind.QuoteMark || tokens[span.End].Start != tokens[span.End - 1].End)
            {
                continue;
            }

            if (span.Count == 1 && IsQuotedNewspaper(tokens, span.First)
                || span.Count == 2 && IsOpeningQuoteAfterArticle(tokens, span.First - 1) && IsNameAdjectiveBeforeHead(text, tokens, span.First))
            {
                spans[k] = span with { Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // A newspaper compound (see IsNewspaperCompound) with quotation marks right around it and an article before them.
    private bool IsQuotedNewspaper(IReadOnlyList<Token> tokens, int index) =>
        index > 1 && index + 1 < tokens.Count && tokens[index - 1].Kind == TokenKind.QuoteMark && tokens[index + 1].Kind == TokenKind.QuoteMark
        && tokens[index - 1].End == tokens[index].Start && tokens[index].End == tokens[index + 1].Start
        && _lexicon.Determiners.Contains(tokens[index - 2].Span) && IsNewspaperCompound(tokens[index]);

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
        if (index == 0 || tokens[index].Kind != TokenKind.Word || !char.IsUpper(word[0])
            || SentenceBreakBetween(text, tokens[index - 1], tokens[index]) && !IsOpeningQuoteAfterArticle(tokens, index - 1)
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
}
