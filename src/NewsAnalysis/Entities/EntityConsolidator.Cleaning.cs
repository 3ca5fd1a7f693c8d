using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Cleaning one mention: its boundaries (titles, articles, descriptors and lower-case words out; legal forms, heads
// and model numbers in) and its type from the words beside it (appositions, descriptors, honours, products).
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
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

        // "Bundes- und Landesmittel", "Ein- und Ausfuhr": a word cut before a hyphen is the first part of a compound whose
        // head follows later; no name ends in a bare hyphen.
        if (tokens[end - 1].Span[^1] == '-')
        {
            return null;
        }

        // "Das BIP wuchs", "the CEO said": an abbreviation of a common noun is no name by itself (common-acronyms.*.txt).
        if (end - first == 1 && _lexicon.CommonAcronyms.Contains(tokens[first].Span))
        {
            return null;
        }

        // "die Käserei", "der Hersteller": a German descriptive noun alone names no one, even when the article calls
        // a firm by it after naming it in full; a compound of one is often a firm's name ("Commerzbank", "Suhrkamp-Verlag").
        if (end - first == 1 && _lexicon.Language == Language.German && IsDescriptor(tokens[first].Span)
            && _lexicon.DescriptorHeads.Contains(tokens[first].Span.ToString().ToLowerInvariant()))
        {
            return null;
        }

        // "die Allgäuer Genossenschaftsmolkerei", "Fränkische Bauern": a German adjective of a place right before a noun
        // describes that noun; taken alone for an organisation it names none.
        if (type == EntityType.Organization && end - first == 1 && _lexicon.Language == Language.German && IsAdjectiveBeforeNoun(text, tokens, first))
        {
            return null;
        }

        // "die Koblenzer Druckerei": so is the adjective of a place the lists know that the tagger took for a surname
        // (a surname before a capitalised noun is rare in German, "dass Müller Präsident wird", and is no place's adjective).
        if (type == EntityType.Person && end - first == 1 && _lexicon.Language == Language.German && IsPlaceAdjective(tokens[first].Span)
            && IsAdjectiveBeforeNoun(text, tokens, first))
        {
            return null;
        }

        if (type == EntityType.Person && end - first == 1 && IsSurnameAfterFirstName(text, tokens, first))
        {
            end++;
        }

        // "Storm Isolde", "Hurricane Katrina": a storm's given name is an event, with the word before it, however much it
        // looks like a person's ("Katrina" alone) or a place's.
        if (_lexicon.Language == Language.English && end - first <= 2 && HasCapital(tokens[end - 1].Span))
        {
            if (end - first == 1 && first > 0 && _lexicon.WeatherHeads.Contains(tokens[first - 1].Span)
                && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " ")
            {
                return new Span(first - 1, end, EntityType.Misc, Strong: true);
            }

            if (end - first == 2 && _lexicon.WeatherHeads.Contains(tokens[first].Span))
            {
                return new Span(first, end, EntityType.Misc, Strong: true);
            }
        }

        // "Priya Lal KC", "Alan Reed MP": the letters of an office or an honour after a person's name are no part of it.
        while (type == EntityType.Person && end - first > 1 && _lexicon.PostNominals.Contains(tokens[end - 1].Span))
        {
            end--;
        }

        // A version or model number is no name by itself ("v2.1"): one token with a digit and no capital.
        if (end - first == 1 && ContainsDigit(tokens, first, end) && !HasCapital(tokens[first].Span))
        {
            return null;
        }

        // "Landkreis Tuttlingen": a district's head is part of the place's official name; the tagger takes the place alone.
        if (type == EntityType.Location && first > 0 && _lexicon.DistrictHeads.Contains(tokens[first - 1].Span)
            && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " ")
        {
            first--;
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

        // "Weingut Hahn", "Autohaus Becker": a lone surname after a small business's head is that business, head and all.
        if (!head && type == EntityType.Person && end - first == 1 && first > 0 && IsSurnameBusinessHeadBefore(text, tokens, first))
        {
            (first, type, head) = (first - 1, EntityType.Organization, true);
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
        if (_lexicon.Language != Language.German && HeadEnd(text, tokens, from) is var headEnd && headEnd > from)
        {
            end = headEnd;
        }

        // "Ardcraig" + "Distillery", "Fletcher & Daughters" + "Plumbing": an English organisation the tagger cut before
        // the capitalised industry word that ends a firm's name, one space on, takes it back (industry-heads.en.txt;
        // a person is left to the document pass, which asks the article whether the name is a firm's).
        if (type == EntityType.Organization && IsIndustryHeadAt(text, tokens, end))
        {
            end++;
        }

        // "Birmingham Grand" + "Prix", "Dunhill" + "Classic": an English event's last word right after a place or
        // organisation mention, one space on, is the rest of the event's name the tagger cut off (a person is left
        // alone: "Tom" + "Masters" is a surname).
        if (_lexicon.Language == Language.English && type is EntityType.Location or EntityType.Organization && end < tokens.Count
            && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End) is " "
            && tokens[end].Kind == TokenKind.Word && char.IsUpper(tokens[end].Span[0]) && IsOneOf(tokens[end].Span, _lexicon.EventHeads))
        {
            end++;
        }

        // "Harriet Bell Prize for First Fiction": a name before an honour's word is the honour's, whatever the tagger took
        // the name for, and the honour's field after "for" or "in" belongs to it.
        var honourEnd = type == EntityType.Misc && end - first == 1 ? end : HonourEnd(tokens, first, end);
        var honour = honourEnd > end || end - first > 1 && _lexicon.HonourHeads.Contains(tokens[end - 1].Span) && !IsEnglishPersonWithFirstName(tokens, first, end - 1, type);
        end = honourEnd;

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

        // "Kernmatt B-22", "Voltra City 12E": a German name the tagger took for a firm or place, with a model code one
        // space on, is the product of that model (a person has no model code; a listed place before a code is a
        // hall or terminal: "Halle 4B").
        var model = _lexicon.Language == Language.German && type != EntityType.Person && end < tokens.Count && tokens[end].Start - tokens[end - 1].End == 1
            && (IsGermanModelCode(tokens[end]) || type == EntityType.Misc && IsModelNumber(tokens, end))
            && !(end - first == 1 && (_gazetteer.LookupExact(tokens[first].Span) & (GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region)) != 0);
        if (model)
        {
            end++;
        }

        // The last word decides the type when it is telling: a legal form or an organisation head makes an
        // organisation ("Nordwerk GmbH", "Northfield University", "Neckar-Stiftung"), an event word an event
        // ("Locarno Film Festival", "DFB-Pokal"). Such evidence outweighs the tagger's votes for the entity.
        var last = IsLegalFormPeriod(tokens, end - 1) ? end - 2 : end - 1;
        var lastWord = tokens[last].Span;
        if (honour || model)
        {
            (type, strong) = (EntityType.Misc, true);
        }
        else if (end - first == 1 && IsDistrictWord(lastWord))
        {
            (type, strong) = (EntityType.Location, true);
        }
        else if (last > first && (_gazetteer.LookupExact(lastWord) & GazetteerFlags.LegalForm) != 0)
        {
            (type, strong) = (EntityType.Organization, true);
        }
        // "Hook & Barrow Games": a firm's name of two words joined by " & " (see AddAmpersandFirms) stays the firm before
        // an event word; events are not named after two partners.
        else if (_lexicon.EndsWithHead(lastWord, _lexicon.EventHeads) && (last > first || lastWord.Contains('-')) && !IsEnglishPersonWithFirstName(tokens, first, last, type)
            && !(span.Strong && span.Type == EntityType.Organization && last - first == 3 && HasAmpersandBetweenNames(tokens, first, last)))
        {
            (type, strong) = (EntityType.Misc, true);
        }
        else if (type != EntityType.Misc && last > first && _lexicon.EndsWithHead(lastWord, _lexicon.VenueHeads))
        {
            // "SAP Arena", "Europa-Park Stadion": a venue is a place, whoever owns or sponsors it.
            (type, strong) = (EntityType.Location, true);
        }
        // "Maya Church, 34, a playwright": a listed first name and one more word with an age after them are a person, though
        // the surname is an organisation's head ("Church", "Bank").
        else if (_lexicon.Language == Language.English && last == first + 1 && (_gazetteer.LookupExact(tokens[first].Span) & GazetteerFlags.FirstName) != 0
            && IsAgeAfter(tokens, end))
        {
            (type, strong) = (EntityType.Person, true);
        }
        else if (type != EntityType.Misc && (last > first || lastWord.Contains('-')) && (_lexicon.EndsWithHead(lastWord, _lexicon.OrgHeads) || HeadBeforeConnector(tokens, first, end)))
        {
            (type, strong) = (EntityType.Organization, true);
        }
        else if (head || described || IsHeadCompoundBeforePlace(tokens, first, last, type))
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
        else if (_lexicon.Language == Language.English && type == EntityType.Organization && IsNumberedProduct(tokens, first, end))
        {
            // "Harbourfall 2", "Ardcraig 12": a name the tagger found with its number is a product, not a firm.
            (type, strong) = (EntityType.Misc, true);
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
        else if (_lexicon.Language == Language.German && type == EntityType.Person && AfterGermanFirmNoun(tokens, first))
        {
            // "das Bauunternehmen Wilhelm Brandt": a firm named after its founder, whose first name misleads the tagger.
            (type, strong) = (EntityType.Organization, true);
        }

        // "Spain's Diego Sandoval" … "from Sandoval": the tagger's person with a first name outweighs its place votes
        // for the bare surname (a surname the lists know as a town too). It is still a guess from the first word, which
        // context outweighs: "Talbot Hale, the miner with …" names a firm with its founders' names.
        if (_lexicon.Language == Language.English && type == EntityType.Person && !strong && IsFirstNameAndSurname(tokens, first, end))
        {
            return new Span(first, end, type, Strong: true, Guessed: true);
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
    // before "at" ("analysts at Peel Hunt") or joining "from" it ("who joined from Shell").
    private (EntityType Type, bool Strong) EnglishContext(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        if (end < tokens.Count && tokens[end].Span is "—" or "–" && (tokens[first].Start == 0 || text[tokens[first].Start - 1] == '\n')
            && IsCapitals(tokens, first, end))
        {
            return (EntityType.Location, true);
        }

        if (type == EntityType.Person && HasInnerCapital(tokens, first, end))
        {
            return (EntityType.Organization, true);
        }

        if (type is EntityType.Person or EntityType.Location
            && (DescribedAfter(tokens, end) || first >= 2 && tokens[first - 1].Span is "at" && _lexicon.WorkplaceNouns.Contains(tokens[first - 2].Span)
                || first >= 2 && tokens[first - 1].Span is "from" && _lexicon.JoinVerbs.Contains(tokens[first - 2].Span)))
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
        // and a word the lists know as a place is that place there. A place that is also a person's name must be a
        // region or country too ("Sheffield", "Leeds"; "the Carney crush", "the Julian calendar" keep the person's).
        // The tagger's one-word organisation there is a city the lists know and no person's name ("the Edinburgh
        // broker"; "the Amazon warehouse", a region's name, keeps the firm's).
        if (type == EntityType.Organization && end - first == 1 && tokens[first - 1].Span is "the" or "The" && end < tokens.Count
            && tokens[end].Kind == TokenKind.Word && IsLowerCaseWord(tokens[end].Span) && tokens[end].Start - tokens[first].End == 1
            && (_gazetteer.LookupExact(tokens[end].Span) & GazetteerFlags.FunctionWord) == 0
            && (_gazetteer.LookupExact(tokens[first].Span) & (GazetteerFlags.City | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.OrgHead)) == GazetteerFlags.City)
        {
            return (EntityType.Location, false);
        }

        if (type == EntityType.Person && end - first == 1 && tokens[first - 1].Span is "the" or "a" or "an" or "The" or "A" or "An" && end < tokens.Count
            && tokens[end].Kind == TokenKind.Word && IsLowerCaseWord(tokens[end].Span) && tokens[end].Start - tokens[first].End == 1
            && (_gazetteer.LookupExact(tokens[end].Span) & GazetteerFlags.FunctionWord) == 0
            && _gazetteer.LookupExact(tokens[first].Span) is var flags && (flags & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0
            && ((flags & (GazetteerFlags.FirstName | GazetteerFlags.Surname)) == 0 || (flags & (GazetteerFlags.Region | GazetteerFlags.Country)) != 0))
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

    // A word of the name with a capital inside after lower-case letters that begin no surname ("Nielsen BookScan",
    // "PayPal"; not "McCarthy", "DeSantis", surname-prefixes.en.txt): a firm's or product's spelling, no person's.
    private bool HasInnerCapital(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Span;
            for (var k = 2; k < word.Length; k++)
            {
                if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]) && char.IsUpper(word[0]) && !_lexicon.SurnamePrefixes.Contains(word[..k]))
                {
                    return true;
                }
            }
        }

        return false;
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

    // The name at first follows an article (and perhaps a place adjective) and a noun that calls it a business
    // (company-nouns.de.txt, compounds too: "die Bremer Spedition", "das Bauunternehmen"); trades a person may
    // have ("Händler", "Berater") are not listed, so "der Berater Jan Kurz" stays a person.
    private bool AfterGermanFirmNoun(IReadOnlyList<Token> tokens, int first)
    {
        // The noun in the genitive too, after an adjective of a place or a nationality ("des polnischen Herstellers Marek
        // Autobusy": a foreign firm's name reads like a person's).
        if (first < 2 || tokens[first - 1].Kind != TokenKind.Word || !char.IsUpper(tokens[first - 1].Span[0])
            || !_lexicon.EndsWithHead(tokens[first - 1].Span, _lexicon.CompanyHeads) && !_lexicon.EndsWithHead(NameIndex.GenitiveStem(tokens[first - 1].Span), _lexicon.CompanyHeads))
        {
            return false;
        }

        var before = first - 2;
        if (before > 0 && (IsPlaceAdjective(tokens[before].Span) || IsGermanAdjectiveEnding(tokens[before].Span)))
        {
            before--;
        }

        return _lexicon.Determiners.Contains(tokens[before].Span) && IsLowerCaseWord(tokens[before].Span);
    }

    // The end of an English honour named after the name [first, end): its honour word, inside the name or right after it
    // ("Prize", honour-heads.en.txt), and a field of up to three capitalised words after "for" or "in" that name no
    // place or date ("for First Fiction", "in Economics"; not "in London", "in May"); end when there is no honour word.
    private int HonourEnd(IReadOnlyList<Token> tokens, int first, int end)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;
        int honourEnd;
        if (end - first > 1 && _lexicon.HonourHeads.Contains(tokens[end - 1].Span))
        {
            honourEnd = end;
        }
        else if (end < tokens.Count && IsInstitutionWord(tokens[end]) && tokens[end].Start - tokens[end - 1].End == 1 && _lexicon.HonourHeads.Contains(tokens[end].Span))
        {
            honourEnd = end + 1;
        }
        else
        {
            return end;
        }

        if (honourEnd + 1 < tokens.Count && tokens[honourEnd].Span is "for" or "in")
        {
            var k = honourEnd + 1;
            while (k < tokens.Count && k - honourEnd <= 3 && IsInstitutionWord(tokens[k]) && tokens[k].Start - tokens[k - 1].End == 1
                && (_gazetteer.Lookup(tokens[k].Span) & place) == 0)
            {
                k++;
            }

            if (k > honourEnd + 1)
            {
                honourEnd = k;
            }
        }

        return honourEnd;
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

    // "des Ostalbkreises", "im Rhein-Sieg-Kreis": a German compound of a name and "Kreis" is a district, a place,
    // though "Kreis" heads organisations too. A circle of people has a common noun before "Kreis", often with a
    // linking "s" or "es" ("Arbeitskreis", "Freundeskreis", "Landkreis"): no district.
    private bool IsDistrictWord(ReadOnlySpan<char> word)
    {
        var stem = word.EndsWith("es", StringComparison.Ordinal) ? word[..^2] : word;
        if (_lexicon.Language != Language.German || stem.Length < 8 || !char.IsUpper(word[0]) || !stem.EndsWith("kreis", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var prefix = stem[..^5].TrimEnd('-');
        const GazetteerFlags common = GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.OrgHead;
        return prefix.Length >= 3 && (_gazetteer.Lookup(prefix) & common) == 0
            && !(prefix.EndsWith("s", StringComparison.Ordinal) && (_gazetteer.Lookup(prefix[..^1]) & common) != 0)
            && !(prefix.EndsWith("es", StringComparison.Ordinal) && (_gazetteer.Lookup(prefix[..^2]) & common) != 0);
    }

    // A German model code: capitals and digits, a hyphen between them at most, no lower-case letter ("B-22", "KP-40",
    // "12E", "310R"); a plain number is a count or a year, not a model.
    private static bool IsGermanModelCode(Token token)
    {
        var word = token.Span;
        return token.Kind is TokenKind.Alphanumeric or TokenKind.Word or TokenKind.Number && word.Length is >= 2 and <= 8
            && word.IndexOfAnyInRange('0', '9') >= 0 && word.IndexOfAnyInRange('A', 'Z') >= 0
            && word.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") < 0 && word[0] != '-' && word[^1] != '-';
    }

    // "des Typs Vectra 28, die …", "Windows 7.": a plain number of one to three digits after a product the tagger found
    // is its model number where a clause or sentence ends after it; a word after it may be what the number counts or
    // measures ("28 Millionen", "28 km", "28 %"); four digits are a year more often than a model ("Märzrevolution 1848").
    private static bool IsModelNumber(IReadOnlyList<Token> tokens, int index)
    {
        var number = tokens[index];
        if (number.Kind != TokenKind.Number || number.Span.Length > 3 || number.Span.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        if (index + 1 == tokens.Count)
        {
            return true;
        }

        var next = tokens[index + 1];
        return next.Kind == TokenKind.Punctuation && next.Span is "," or "." or ";" or ")" or ":";
    }

    // "Harbourfall 2", "Xbox One 7" but not "Channel 4", "Hannover 96", "Schalke 04": capitalised words and a plain
    // number of one or two digits, no leading zero (a club's founding year), none of the words a place the lists know
    // or a word that names a station or studio (numbered-org-words.en.txt).
    private bool IsNumberedProduct(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end - first < 2 || !IsProductNumber(tokens[end - 1]))
        {
            return false;
        }

        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        for (var k = first; k < end - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(tokens[k].Span[0]) || _lexicon.NumberedOrgWords.Contains(tokens[k].Span)
                || (_gazetteer.LookupExact(tokens[k].Span) & place) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // A model's number: one or two digits, no leading zero ("5", "12"; not "04", a club's year).
    private static bool IsProductNumber(Token token) =>
        token.Kind == TokenKind.Number && token.Span.Length is 1 or 2 && token.Span[0] != '0' && token.Span.IndexOfAnyExceptInRange('0', '9') < 0;

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
            // Not in an organisation's or a product's or event's name: "Premier League", "President's Cup".
            var title = ((flags & GazetteerFlags.PersonTitle) != 0 || _lexicon.TitleAbbreviations.Contains(word)) && type is not (EntityType.Organization or EntityType.Misc);
            // A capitalised article only at a sentence start (mid-sentence "Die Zeit" is a newspaper's name),
            // and never of a title ("Das rote Quadrat").
            var opening = first == 0 || SentenceBreakBetween(text, tokens[first - 1], token);
            var article = type != EntityType.Misc && _lexicon.Determiners.Contains(word) && opening;
            // "On Islay, where …", "In Conwy …": a sentence's capitalised preposition before a place is no part of it
            // (a function word by the lists; not an article, handled above).
            var preposition = type == EntityType.Location && opening && (_gazetteer.Lookup(word) & GazetteerFlags.FunctionWord) != 0;
            if (title || article || preposition)
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

            // "Bremer Verlag Bruns & Töchter": after an adjective, a bare organisation head describes a firm named by
            // two names joined with "&" ("Mitteldeutscher Verlag Halle" is one name as a whole).
            if (descriptor > first && descriptor < end - 1 && (_gazetteer.LookupExact(tokens[descriptor].Span) & GazetteerFlags.OrgHead) != 0
                && HasAmpersandBetweenNames(tokens, descriptor + 1, end < tokens.Count - 1 && tokens[end].Span is "&" ? end + 2 : end))
            {
                first = descriptor + 1;
                continue;
            }

            break;
        }

        return first;
    }

    // A descriptive noun: ends in a descriptor head but is not itself an organisation head ("Volksbank" is a name).
    // Capitalised words with one "&" between two of them ("Bruns & Töchter", "Kunstmann & Söhne"), nothing else.
    private static bool HasAmpersandBetweenNames(IReadOnlyList<Token> tokens, int first, int end)
    {
        var ampersands = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Span is "&" && i > first && i < end - 1)
            {
                ampersands++;
            }
            else if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0]))
            {
                return false;
            }
        }

        return ampersands == 1;
    }

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

            // "the Englishman", "two Frenchmen": a nationality noun, as no entity as "English" is, and so is a
            // nationality word the lists lack but make from a country's name ("Zambian", "Chilean").
            if (_lexicon.Language == Language.English && tokens[first].Kind == TokenKind.Word
                && (_gazetteer.IsNationalityNoun(tokens[first].Span, plural: true) || _gazetteer.IsDerivedDemonym(tokens[first].Span)))
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
    // ("Mensch", "Koch", "Vogel", "Sommer"), which its features see as a noun. A first name the lists know, then one
    // space and a capitalised word the lists know as a surname or first name (not as a title, function word, date or
    // place) is one name; a noun that is neither ("dass Felix Probleme hat") stays outside. German only.
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
        return (flags & (GazetteerFlags.Surname | GazetteerFlags.FirstName)) != 0 && (flags & never) == 0;
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
            || !(IsDescriptor(tokens[i - 1].Span) || IsDescriptor(NameIndex.GenitiveStem(tokens[i - 1].Span))))
        {
            return i;
        }

        // An inn is named "Zum …"/"Zur …" ("das Fischrestaurant Zur Alten Seebrücke"): capitalised mid-sentence, the
        // contraction starts the name.
        var inn = tokens[i].Span is "Zur" or "Zum" && Adjacent(text, tokens, i) && IsInstitutionWord(tokens[i + 1]);
        const GazetteerFlags notFirst = GazetteerFlags.CommonNoun | GazetteerFlags.PersonTitle | GazetteerFlags.FirstName | GazetteerFlags.Demonym
            | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        if (!inn && (!IsInstitutionWord(tokens[i]) || IsPlaceAdjective(tokens[i].Span) || (_gazetteer.Lookup(tokens[i].Span) & notFirst) != 0))
        {
            return i;
        }

        // An inn's name is an adjective and a noun ("Zur Blauen Krone"): common nouns belong to it.
        var stop = GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | (inn ? GazetteerFlags.None : GazetteerFlags.CommonNoun);
        var end = inn ? i + 2 : i + 1;
        while (end < tokens.Count && end - i < 4 && Adjacent(text, tokens, end - 1) && tokens[end].Kind is TokenKind.Word or TokenKind.Alphanumeric
            && char.IsUpper(tokens[end].Span[0]) && (_gazetteer.LookupExact(tokens[end].Span) & stop) == 0)
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
    // masculine form the lists know as a common noun or title ("Dirigentin"), or that the quote stage's role list
    // gives as feminine ("Intendantin", "Bürgermeisterin": role-nouns.txt; the gazetteer's common nouns come from
    // corpus text and miss many roles), neither a first name nor a surname; or a place adjective before a noun
    // ("Sein Oldenburger Kollege"; "Straubinger sagte" keeps the name).
    private bool IsGermanNounForPerson(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        if (_lexicon.Language != Language.German || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        if (word.Length >= 7 && word.EndsWith("in", StringComparison.Ordinal)
            && (_gazetteer.Lookup(word) & (GazetteerFlags.FirstName | GazetteerFlags.Surname)) == 0
            && ((_gazetteer.Lookup(word[..^2]) & (GazetteerFlags.CommonNoun | GazetteerFlags.PersonTitle)) != 0
                || QuoteLexicon.Default.IsRoleWord(tokens[index].Text, out var gender) && gender == 'f'))
        {
            return true;
        }

        // "das Abenteuer Robotik": a word in "-tik" the lists know as no name is a field ("Politik", "Logistik"),
        // no person.
        if (word.Length >= 6 && word.EndsWith("tik", StringComparison.Ordinal)
            && (_gazetteer.Lookup(word) & (GazetteerFlags.FirstName | GazetteerFlags.Surname)) == 0)
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
        IsPlaceAdjective(word) || (_gazetteer.Lookup(word) & GazetteerFlags.Demonym) != 0 || IsGermanAdjectiveEnding(word);

    // "die Allgäuer Festwoche", "Fränkische Bauern": a German adjective of a place at index, one space before a
    // capitalised noun. A name may begin with one ("Allgäuer Zeitung"), but the adjective alone before another noun
    // is no name, not even the short name of "Allgäuer Zeitung" ("Brenzer" of "Brenzer Antriebstechnik" stands alone).
    private bool IsAdjectiveBeforeNoun(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Span;
        return index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Word && char.IsUpper(tokens[index + 1].Span[0])
            && tokens[index + 1].Start - tokens[index].End == 1
            && (IsPlaceAdjective(word) || IsGermanAdjectiveEnding(word) || IsAdjectiveOfPlaceInText(text, word));
    }

    // "Allgäuer" in an article that names "das Allgäu": an adjective in -er of a word the article uses alone, a
    // place the lists may not know (a stem of four letters or more: "Bayer" is no adjective of "Bay").
    private static bool IsAdjectiveOfPlaceInText(string text, ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !word.EndsWith("er", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^2];
        for (var at = text.AsSpan().IndexOf(stem, StringComparison.Ordinal); at >= 0;)
        {
            var after = at + stem.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return true;
            }

            var next = text.AsSpan(after).IndexOf(stem, StringComparison.Ordinal);
            at = next < 0 ? -1 : after + next;
        }

        return false;
    }

    // "Kreissparkasse Steigerwald", "Stadtwerke Erding": a German place the tagger found with a compound organisation
    // head before it is that organisation's name (a bare head is no such name: "Regierung Ägyptens"; a municipality's or
    // district's word names the place: "Marktgemeinde Ulrichsberg", "Landkreis Tuttlingen").
    private bool IsHeadCompoundBeforePlace(IReadOnlyList<Token> tokens, int first, int last, EntityType type)
    {
        var word = tokens[first].Span;
        return type == EntityType.Location && _lexicon.Language == Language.German && last > first && tokens[first].Kind == TokenKind.Word
            && char.IsUpper(word[0]) && IsHeadCompound(word) && !_lexicon.EndsWithHead(word, _lexicon.MunicipalityHeads)
            && !_lexicon.DistrictHeads.Contains(word) && !IsPlaceGenitive(tokens[first + 1].Span);
    }

    // A German word with an adjective's ending of origin ("Rheinische", "bayerischen", "Fränkischer").
    private bool IsGermanAdjectiveEnding(ReadOnlySpan<char> word) =>
        _lexicon.Language == Language.German && (word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal) || word.EndsWith("ischer", StringComparison.Ordinal));

    // A capitalised compound ending in an organisation head, one space before the token at index.
    // In German only a compound counts ("Mieterinitiative", not "Gemeinde", "Kirche", "Regierung": the bare head is
    // a common noun before a place, "die Regierung Ägyptens"), in the genitive only an authority named by its seat
    // ("des Amtsgerichts Celle"; "der Leiter des Psychiatriezentrums Bad Schussenried" names the place), not a
    // municipality ("Marktgemeinde Ulrichsberg" is the place), and not before a place in the genitive
    // ("Landesregierung Sachsens": the place owns the institution). An authority named by its seat counts in any case,
    // bare or compound ("Staatsanwaltschaft Oldenburg", "Polizeidirektion Hannover", "des Amtsgerichts Celle").
    private bool IsOrganisationHeadBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        var before = tokens[index - 1];
        var seat = _lexicon.Language == Language.German && IsSeatHead(before.Span);
        if (before.Span.Length <= 2 || !IsCapitalisedWordOneSpaceBefore(text, tokens, index)
            || !_lexicon.EndsWithHead(before.Span, _lexicon.OrgHeads) && !seat)
        {
            return false;
        }

        return _lexicon.Language != Language.German
            || (IsHeadCompound(before.Span) || seat) && !_lexicon.EndsWithHead(before.Span, _lexicon.MunicipalityHeads)
                && !IsPlaceGenitive(tokens[index].Span);
    }

    // "Staatsanwaltschaft", "Landgerichts", "Finanzamts": the head of an authority named by its seat
    // (seat-heads.de.txt), in the nominative or the genitive.
    private bool IsSeatHead(ReadOnlySpan<char> word)
    {
        var stem = NameIndex.GenitiveStem(word);
        return _lexicon.EndsWithHead(word, _lexicon.SeatHeads) || stem.Length < word.Length && _lexicon.EndsWithHead(stem, _lexicon.SeatHeads);
    }

    // A capitalised business head (surname-business-heads.de.txt, compounds too) one space before the word at index,
    // which is no first name the lists know.
    private bool IsSurnameBusinessHeadBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        return _lexicon.Language == Language.German && IsCapitalisedWordOneSpaceBefore(text, tokens, index)
            && _lexicon.EndsWithHead(tokens[index - 1].Span, _lexicon.SurnameBusinessHeads)
            && (_gazetteer.Lookup(tokens[index].Span) & GazetteerFlags.FirstName) == 0;
    }

    // The token before index is a capitalised word, one space before it (the shape of a head or title before a name).
    private static bool IsCapitalisedWordOneSpaceBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        var before = tokens[index - 1];
        return before.Kind == TokenKind.Word && char.IsUpper(before.Span[0]) && text.AsSpan(before.End, tokens[index].Start - before.End) is " ";
    }

    // "Sachsens", "Ägyptens": a place the lists know with a genitive -s the lists do not know.
    private bool IsPlaceGenitive(ReadOnlySpan<char> word)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        return word.Length > 3 && word[^1] == 's' && (_gazetteer.LookupExact(word) & place) == 0 && (_gazetteer.LookupExact(word[..^1]) & place) != 0;
    }

    // A capitalised German compound of an organisation head ("Wirtschaftsprüfungsgesellschaft"), one space before
    // the token at index. Not a bare head ("Bank Vontobel", "Regierung Merkel"): that may be part of the name.
    // A compound that is a person's title of office ("Landrat", "Stadtrat": person-titles.de.txt) ends in a head
    // ("Rat") but names the person after it.
    private bool IsCompoundBefore(string text, IReadOnlyList<Token> tokens, int index)
    {
        var before = tokens[index - 1].Span;
        return IsCapitalisedWordOneSpaceBefore(text, tokens, index) && IsHeadCompound(before)
            && (_gazetteer.LookupExact(before) & GazetteerFlags.PersonTitle) == 0;
    }

    // A German compound ending in an organisation head: longer than the head ("Bundesamt", "Potsdam-Institut"),
    // not the head itself ("Institut", "Regierung").
    private bool IsHeadCompound(ReadOnlySpan<char> word) => ConsolidationLexicon.IsCompoundOf(word, _lexicon.OrgHeads);

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
}
