using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Names the English tagger missed: clubs, descriptions ("the research firm X"), events, landscapes, venues, products
// and quoted works.
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
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
            if (end == i)
            {
                end = LegalFormNameEnd(text, tokens, i);
            }

            if (end == i)
            {
                end = PartyNameEnd(text, tokens, i);
            }

            if (end == i && LawNameEnd(text, tokens, i) is var lawEnd && lawEnd > i)
            {
                (end, type) = (lawEnd, EntityType.Misc);
            }

            if (end == i && QuotedWorkEnd(text, tokens, i) is var workEnd && workEnd > i)
            {
                (end, type) = (workEnd, EntityType.Misc);
            }

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

                if (end == i)
                {
                    // "the Lockyer Prize for Instrumentation": an honour takes its field, as a tagger's mention does in Clean.
                    (end, type) = (EventNameEnd(text, tokens, i), EntityType.Misc);
                    end = end > i ? HonourEnd(tokens, i, end) : end;
                }

                if (end == i)
                {
                    (end, type) = (MusicalWorkEnd(text, tokens, i), EntityType.Misc);
                }

                if (end == i)
                {
                    (end, type) = (NewspaperNameEnd(text, tokens, i), EntityType.Organization);
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

    // The end of a work's title in English quotation marks that starts at token i, i when there is none: up to eight
    // words in title case ("The Ferryman’s Ledger", "Glasshouse Weather") that a work noun stands before ("the novel
    // “Salt Roads”"), an apposition with a work noun follows ("“The Beet Campaign”, a book that …") or "by" and a
    // capitalised name follows ("“Glasshouse Weather” by Priya Mark"); quoted speech is no title.
    private int QuotedWorkEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1 || tokens[i - 1].Span is not ("“" or "\"") || tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].Span[0]))
        {
            return i;
        }

        var close = i + 1;
        while (close < tokens.Count && close <= i + 8 && tokens[close].Kind != TokenKind.QuoteMark)
        {
            var token = tokens[close];
            if (token.Kind is not (TokenKind.Word or TokenKind.Clitic or TokenKind.Number)
                || token.Kind == TokenKind.Word && !char.IsUpper(token.Span[0]) && (_gazetteer.LookupExact(token.Span) & GazetteerFlags.FunctionWord) == 0)
            {
                return i;
            }

            close++;
        }

        if (close >= tokens.Count || tokens[close].Kind != TokenKind.QuoteMark || tokens[close - 1].Kind != TokenKind.Word || !char.IsUpper(tokens[close - 1].Span[0]))
        {
            return i;
        }

        var before = i >= 2 && _lexicon.WorkNouns.Contains(tokens[i - 2].Span);
        var by = close + 2 < tokens.Count && tokens[close + 1].Span is "by" && tokens[close + 2].Kind == TokenKind.Word && char.IsUpper(tokens[close + 2].Span[0]);
        var apposition = false;
        if (close + 2 < tokens.Count && tokens[close + 1].Span is "," && tokens[close + 2].Span is "a" or "an" or "the")
        {
            for (var k = close + 3; k < tokens.Count && k <= close + 5 && tokens[k].Kind == TokenKind.Word && !apposition; k++)
            {
                apposition = _lexicon.WorkNouns.Contains(tokens[k].Span);
            }
        }

        return before || by || apposition ? close : i;
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

    // The end of a firm's name with a legal form at token i, i when there is none: up to four capitalised words
    // ("Skerrow Energy plc", "Fjordstrand Subsea AS", "Harrow & Vale Ltd"; "&" between them) right before a legal form
    // the lists know, as written. The tagger reads such a firm's unknown first word as a surname or misses it; the
    // legal form, written short, settles it (not before a capitalised word, where the name goes on: "the Investment
    // Company Act"). The words start the name (no capitalised word other than a function word right before:
    // "New Skerrow Energy plc" is left to the tagger); a word in capitals only where the legal form is no English word
    // ("BP plc", not "SUCH AS" in a headline of capitals).
    private int LegalFormNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (!IsLegalFormNameWord(tokens[i], allowCapitals: true) || !StartsName(text, tokens, i))
        {
            return i;
        }

        var capitals = !HasLowerCase(tokens[i].Span);
        var k = i + 1;
        while (k < tokens.Count && k - i <= 4 && Adjacent(text, tokens, k - 1))
        {
            var flags = _gazetteer.LookupExact(tokens[k].Span);
            if ((flags & GazetteerFlags.LegalForm) != 0)
            {
                return !IsLegalFormAbbreviation(tokens[k].Span) || CapitalisedWordAfter(text, tokens, k)
                    || capitals && (_gazetteer.Lookup(tokens[k].Span) & GazetteerFlags.FunctionWord) != 0 ? i : k + 1;
            }

            if (tokens[k].Span is "&" && k + 1 < tokens.Count && IsLegalFormNameWord(tokens[k + 1], allowCapitals: false))
            {
                k++;
                continue;
            }

            if (!IsLegalFormNameWord(tokens[k], allowCapitals: true))
            {
                return i;
            }

            capitals |= !HasLowerCase(tokens[k].Span);
            k++;
        }

        return i;
    }

    // The end of a party's name at token i, i when there is none: a capitalised word and a country the lists know
    // right before a noun for the party's people ("the Reform UK candidate", "Change UK MPs"; party-member-nouns.en.txt),
    // the word no country, region, nationality or first name and starting the name. The tagger reads the country alone
    // as a place.
    private int PartyNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !IsLegalFormNameWord(tokens[i], allowCapitals: false) || !Adjacent(text, tokens, i) || !Adjacent(text, tokens, i + 1)
            || !StartsName(text, tokens, i)
            || (_gazetteer.LookupExact(tokens[i + 1].Span) & GazetteerFlags.Country) == 0 || !_lexicon.PartyMemberNouns.Contains(tokens[i + 2].Span)
            || (_gazetteer.LookupExact(tokens[i].Span) & (GazetteerFlags.Country | GazetteerFlags.Region | GazetteerFlags.Demonym | GazetteerFlags.FirstName)) != 0)
        {
            return i;
        }

        return i + 2;
    }

    // The end of a law's, tax's, scheme's or standard's name at token i, i when there is none: after "the", one to five
    // capitalised words and a law head ("the Energy Profits Levy", "the Online Safety Bill", "the Future Homes
    // Standard"), with "of" or "and" between them ("the Proceeds of Crime Act"), a list with commas before such an "and"
    // ("the Copyright, Designs and Patents Act") and up to three capitalised words in brackets ("the Water (Special
    // Measures) Act"). The law's year right after the head belongs to the name ("the Companies Act 2006"); no
    // capitalised word may follow it ("the Finance Act Committee" is another name). The tagger reads "Levy" or "Bill"
    // alone as a person and cuts such a name at "of", a comma or a bracket.
    private int LawNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Span is not ("the" or "The") || !Adjacent(text, tokens, i - 1) || !IsLegalFormNameWord(tokens[i], allowCapitals: true)
            || _lexicon.LawHeads.Contains(tokens[i].Span))
        {
            return i;
        }

        var words = 1;
        var (comma, sawAnd) = (false, false);
        for (var k = i + 1; k < tokens.Count && words <= 5; k++)
        {
            var token = tokens[k];
            if (!(token.Span is "," ? tokens[k - 1].End == token.Start : Adjacent(text, tokens, k - 1)))
            {
                return i;
            }

            if (_lexicon.LawHeads.Contains(token.Span))
            {
                // A comma lists the name's words only before an "and" ("the Data, Digital Act" reads as two names).
                if (comma && !sawAnd)
                {
                    return i;
                }

                var end = k + 1 < tokens.Count && Adjacent(text, tokens, k) && IsYear(tokens[k + 1]) ? k + 2 : k + 1;
                return CapitalisedWordAfter(text, tokens, end - 1) ? i : end;
            }

            var joint = token.Span is "of" or "and" || token.Span is "," && tokens[k - 1].Kind == TokenKind.Word;
            if (IsInstitutionWord(token))
            {
                words++;
            }
            else if (joint && k + 1 < tokens.Count && IsInstitutionWord(tokens[k + 1]))
            {
                comma |= token.Span is ",";
                sawAnd |= token.Span is "and";
            }
            else if (token.Span is "(" && BracketedNameEnd(tokens, k) is var close && close > k)
            {
                k = close;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    // The index of the ")" that closes one to three capitalised words right inside the "(" at token open, open when
    // there is none ("(Special Measures)", "(Investigations)").
    private int BracketedNameEnd(IReadOnlyList<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + 4; k++)
        {
            if (tokens[k].Span is ")")
            {
                return k > open + 1 && tokens[k - 1].End == tokens[k].Start ? k : open;
            }

            if (!IsInstitutionWord(tokens[k]) || k == open + 1 && tokens[open].End != tokens[k].Start)
            {
                return open;
            }
        }

        return open;
    }

    // A year as a law gives it: four digits from 1800 to 2099 ("Act 2006").
    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Span.Length == 4 && token.Span.IndexOfAnyExceptInRange('0', '9') < 0
        && token.Span[..2] is "18" or "19" or "20";

    // Token i starts a name: no capitalised word but a determiner or function word right before it in the clause
    // ("The Renewal UK candidate"; not "New Skerrow Energy plc", where the tagger is left to find the start).
    private bool StartsName(string text, IReadOnlyList<Token> tokens, int i) =>
        i == 0 || !IsNameWordBefore(text, tokens, i) || _lexicon.Determiners.Contains(tokens[i - 1].Span)
        || (_gazetteer.Lookup(tokens[i - 1].Span) & GazetteerFlags.FunctionWord) != 0;

    // A legal form written short ("plc", "Ltd.", "AS", "GmbH"), no word of five letters or more or common noun: "the
    // Parent Company", "the Investment Company Act" and "Holdings Limited" say less, and the tagger reads them itself.
    private bool IsLegalFormAbbreviation(ReadOnlySpan<char> form) =>
        form.Length <= 5 && (form.Length < 5 || form[^1] == '.') && (_gazetteer.Lookup(form) & GazetteerFlags.CommonNoun) == 0;

    // A word of a firm's name before its legal form: capitalised, no function word, date or title; in capitals (an
    // acronym: "BP") only where allowed.
    private bool IsLegalFormNameWord(Token token, bool allowCapitals) =>
        IsInstitutionWord(token) && (allowCapitals || HasLowerCase(token.Span))
        && (_gazetteer.LookupExact(token.Span) & (GazetteerFlags.LegalForm | GazetteerFlags.PersonTitle)) == 0;

    private static bool HasLowerCase(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('a', 'z') >= 0;

    // The end of a name the tagger missed at token i after a descriptive noun and a determiner or a sentence start
    // before it ("the research firm Kantar", "a Dublin investment firm Carrickbane Capital": up to three words between;
    // "Environmental group Uplift said"), i when there is none. The name is the capitalised words that follow; the first must be no function word, date, title,
    // demonym or common noun ("the bank Monday", "the firm The").
    private int DescribedNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 2 || !IsInstitutionWord(tokens[i]) || !Adjacent(text, tokens, i - 1) || !IsLowerCaseWord(tokens[i - 1].Span)
            || !_lexicon.EndsWithHead(tokens[i - 1].Span, _lexicon.DescriptorHeads)
            || (_gazetteer.Lookup(tokens[i].Span) & (GazetteerFlags.PersonTitle | GazetteerFlags.Demonym | GazetteerFlags.CommonNoun)) != 0)
        {
            return i;
        }

        // The noun phrase starts with a determiner, or a modifier opens the sentence ("Environmental group Uplift said";
        // a capitalised determiner there is left alone as before: "A firm Hold was kept").
        var determiner = false;
        for (var k = i - 2; k >= 0 && k >= i - 5 && tokens[k].Kind == TokenKind.Word && !determiner; k--)
        {
            determiner = tokens[k].Span is "the" or "a" or "an"
                || SentenceBreakBefore(text, tokens, k) && !_lexicon.Determiners.Contains(tokens[k].Span) && (_gazetteer.Lookup(tokens[k].Span) & GazetteerFlags.FunctionWord) == 0;
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

    // Token k opens the text or a sentence.
    private static bool SentenceBreakBefore(string text, IReadOnlyList<Token> tokens, int k) =>
        k == 0 || SentenceBreakBetween(text, tokens[k - 1], tokens[k]);

    // The end of an event's name the tagger missed at token i, i when there is none: inside a sentence, a capitalised
    // event word after "the" or "a" ("the Championship", "a Championship fixture") or after one capitalised word
    // ("County Championship"), with no capitalised word right after it ("the Games Fund Trust" is no event).
    private int EventNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || SentenceBreakBetween(text, tokens[i - 1], tokens[i]) || !IsInstitutionWord(tokens[i]) || !Adjacent(text, tokens, i - 1))
        {
            return i;
        }

        var end = tokens[i - 1].Span is "the" or "a" && IsEventWord(tokens[i]) ? i + 1
            : i + 1 < tokens.Count && Adjacent(text, tokens, i) && IsEventWord(tokens[i + 1]) && !IsInstitutionWord(tokens[i - 1])
                && (_gazetteer.Lookup(tokens[i].Span) & (GazetteerFlags.Demonym | GazetteerFlags.PersonTitle)) == 0 ? i + 2
            : LongEventNameEnd(text, tokens, i);
        return end > i && (end == tokens.Count || !HasCapital(tokens[end].Span) || !Adjacent(text, tokens, end - 1)) ? end : i;
    }

    // "the Grand Challenge Cup", "the World Rowing Cup", "to first Grand Challenge Cup": after a lower-case word, two or
    // three capitalised words and an event word (no league: "the English Football League" is a body), the first no
    // nationality, title or date; i when there is none.
    private int LongEventNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (!IsLowerCaseWord(tokens[i - 1].Span) || (_gazetteer.Lookup(tokens[i].Span) & (GazetteerFlags.Demonym | GazetteerFlags.PersonTitle | GazetteerFlags.DateWord)) != 0)
        {
            return i;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3 && Adjacent(text, tokens, k - 1) && IsInstitutionWord(tokens[k]); k++)
        {
            if (k >= i + 2 && IsEventWord(tokens[k]))
            {
                return tokens[k].Span.StartsWith("League", StringComparison.Ordinal) ? i : k + 1;
            }
        }

        return i;
    }

    // The end of a musical work's name at token i, i when there is none: a work head, "No." and a number ("Symphony
    // No. 3"), or one capitalised word that starts a name, no function word, date, title or nationality, before a work
    // head with no capitalised word after it ("the Resurrection Symphony"; not "the London Symphony Orchestra").
    private int MusicalWorkEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 < tokens.Count && _lexicon.WorkHeads.Contains(tokens[i].Span) && tokens[i + 1].Span is "No." && tokens[i + 2].Kind == TokenKind.Number)
        {
            return i + 3;
        }

        const GazetteerFlags never = GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.PersonTitle | GazetteerFlags.Demonym;
        return i + 1 < tokens.Count && IsInstitutionWord(tokens[i]) && Adjacent(text, tokens, i) && _lexicon.WorkHeads.Contains(tokens[i + 1].Span)
            && !IsNameWordBefore(text, tokens, i) && (_gazetteer.Lookup(tokens[i].Span) & never) == 0
            && !CapitalisedWordAfter(text, tokens, i + 1) ? i + 2 : i;
    }

    // The end of a newspaper's name at token i, i when there is none: after "the", one or two capitalised words (no
    // function word, date or title first) and a newspaper head with no capitalised word after it ("told the Evening
    // Chronicle"; newspaper-heads.en.txt).
    private int NewspaperNameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        const GazetteerFlags never = GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.PersonTitle;
        if (i < 1 || tokens[i - 1].Span is not "the" || !Adjacent(text, tokens, i - 1) || !IsInstitutionWord(tokens[i]) || (_gazetteer.Lookup(tokens[i].Span) & never) != 0)
        {
            return i;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 2 && Adjacent(text, tokens, k - 1) && IsInstitutionWord(tokens[k]); k++)
        {
            if (_lexicon.NewspaperHeads.Contains(tokens[k].Span))
            {
                return CapitalisedWordAfter(text, tokens, k) ? i : k + 1;
            }
        }

        return i;
    }

    // A capitalised English event word ("Championship", "Cup", "Games").
    private bool IsEventWord(Token token) =>
        IsInstitutionWord(token) && _lexicon.EndsWithHead(token.Span, _lexicon.EventHeads) && token.Span.IndexOf('-') < 0;

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

        if (NumberedProductEnd(text, tokens, i) is var numbered && numbered > i)
        {
            return numbered;
        }

        var code = tokens[i + 1];
        var hyphenated = code.Kind == TokenKind.Number && code.Span.IndexOf('-') is var hyphen && hyphen is > 1 and < 4
            && hyphen + 1 < code.Span.Length && code.Span.IndexOfAnyExcept("0123456789-") < 0;
        return IsModelCode(code) || hyphenated ? i + 2 : i;
    }

    // "for PlayStation 5, Xbox One and …", "built in Unreal Engine 5 for …", "its DropTrack 3 app": the end of a name
    // of one or two capitalised words inside a sentence (the first checked by ProductNameEnd; no place the lists know,
    // no station: "Channel 4") and a model number of one or two digits, where the clause goes on with a comma, a closing
    // mark, a function word or a lower-case noun the product describes; i when there is none. A capitalised word
    // after the number goes on with another name or a score ("Leeds 2 Chelsea 1").
    private int NumberedProductEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        // A sentence's first word is capitalised whatever it is ("Roughly 25 of them", "Around 35 homes").
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        if (SentenceBreakBefore(text, tokens, i))
        {
            return i;
        }

        var k = i + 1;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Span[0]) && Adjacent(text, tokens, k - 1)
            && (_gazetteer.Lookup(tokens[k].Span) & (GazetteerFlags.FunctionWord | GazetteerFlags.DateWord)) == 0)
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !Adjacent(text, tokens, k - 1) || !IsProductNumber(tokens[k]))
        {
            return i;
        }

        for (var w = i; w < k; w++)
        {
            if (_lexicon.NumberedOrgWords.Contains(tokens[w].Span) || (_gazetteer.LookupExact(tokens[w].Span) & place) != 0)
            {
                return i;
            }
        }

        var next = tokens[k + 1];
        var gap = text.AsSpan(tokens[k].End, next.Start - tokens[k].End);
        var ends = next.Kind == TokenKind.Punctuation && next.Span is "," or ";" or ")" && gap.IsEmpty
            || gap is " " && next.Kind == TokenKind.Word && IsLowerCaseWord(next.Span);
        return ends ? k + 1 : i;
    }

    // Capitals and digits, a capital first and no lower-case letter: "E195", "PW127XM", "UK261".
    private static bool IsModelCode(Token token) =>
        token.Kind == TokenKind.Alphanumeric && token.Span.Length >= 3 && char.IsUpper(token.Span[0])
        && token.Span.IndexOfAnyInRange('0', '9') >= 0 && token.Span.IndexOfAnyInRange('a', 'z') < 0;

    // "ABERDEEN — Skerrow Energy …", "MAIDSTONE, Kent — …", "LEEDS (Reuters) — …": a word in capitals that opens a
    // paragraph before a dash, a comma or a bracketed agency is the dateline's place when the lists know it as a place
    // and as no common noun, function word, date, title or nationality ("UPDATE —" is none). The tagger knows places
    // in title case only.
    private bool IsCapitalsDateline(string text, IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || word.Length < 3 || HasLowerCase(word) || i + 1 >= tokens.Count
            || i > 0 && !text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n')
            || !(tokens[i + 1].Span is "—" or "–" or "," || tokens[i + 1].Span is "(" && i + 3 < tokens.Count && tokens[i + 3].Span is ")"))
        {
            return false;
        }

        var flags = _gazetteer.Lookup(word);
        return (flags & (GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country)) != 0
            && (flags & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.PersonTitle | GazetteerFlags.Demonym)) == 0;
    }

    // A capitalised word right before token index in the same clause: the name goes on to the left ("New York
    // Knicks" is not "York Knicks").
    private static bool IsNameWordBefore(string text, IReadOnlyList<Token> tokens, int index) =>
        tokens[index - 1].Kind == TokenKind.Word && HasCapital(tokens[index - 1].Span) && Adjacent(text, tokens, index - 1)
        && !SentenceBreakBetween(text, tokens[index - 1], tokens[index]);
}
