using NewsAnalysis.Amounts;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Types decided across mentions: names coordinated with a typed name, and places that act as teams in the article
// ("Somerset beat Surrey").
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
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

    // "hire staff in Leeds and Sunderland": a one-word organisation the lists know as a city, joined by "and"/"or" to
    // a place that follows "in", "at" or "near", is that city (the tagger reads a city with a football club as the
    // club). So is a name of several words the lists hold (first and later words of a listed name), also after "the"
    // ("in Asia and the United States"): a place beside a place. A one-word person the lists know as a city is that
    // city too ("open offices in Madrid and Valencia": the tagger reads an unknown-to-it city as a surname). Not
    // strongly: where the article names the club or the person more often, their votes win for every mention.
    private void TypeCoordinatedCities(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 1; k < spans.Count; k++)
        {
            var span = spans[k];
            var previous = spans[k - 1];
            var gap = span.First - previous.End;
            if (span.Type is not (EntityType.Organization or EntityType.Person) || span.Type == EntityType.Person && span.Strong
                || previous.Type != EntityType.Location || gap is not (1 or 2)
                || tokens[previous.End].Span is not ("and" or "or") || gap == 2 && tokens[previous.End + 1].Span is not "the"
                || previous.First == 0 || tokens[previous.First - 1].Span is not ("in" or "at" or "near"))
            {
                continue;
            }

            if (span.Count == 1 && gap == 1 && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.City) != 0
                || span.Count > 1 && span.Type == EntityType.Organization && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.MultiWordFirst) != 0
                && (_gazetteer.LookupExact(tokens[span.End - 1].Span) & GazetteerFlags.MultiWordInside) != 0)
            {
                spans[k] = span with { Type = EntityType.Location };
            }
        }
    }

    // "plugs into accounting software such as Kestrel and Ledgerly", "apps like Foldr": organisations right after a
    // noun for a kind of product and "such as" or "like" (product-nouns.en.txt) are products, and so are the
    // organisations listed with them (", ", "and", "or", ", and"). The tagger reads a product's name as its maker's.
    // Not strongly: where the article names a firm of that name more often, its votes win.
    private void TypeProductExamples(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        var listing = false;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var first = span.First;
            var example = first > 2 && tokens[first - 1].Span is "as" && tokens[first - 2].Span is "such" && _lexicon.ProductNouns.Contains(tokens[first - 3].Span)
                || first > 1 && tokens[first - 1].Span is "like" && _lexicon.ProductNouns.Contains(tokens[first - 2].Span);
            var listed = listing && k > 0 && IsListedAfter(tokens, spans[k - 1], span);
            listing = span.Type == EntityType.Organization && (example || listed);
            if (listing)
            {
                spans[k] = span with { Type = EntityType.Misc };
            }
        }
    }

    // The mention follows the one before as the next item of a list: ", ", "and", "or" or ", and"/", or" between them.
    private static bool IsListedAfter(IReadOnlyList<Token> tokens, Span before, Span span) =>
        span.First - before.End == 1 && tokens[before.End].Span is "," or "and" or "or"
        || span.First - before.End == 2 && tokens[before.End].Span is "," && tokens[before.End + 1].Span is "and" or "or";

    // Names of areas the tagger reads as organisations: a listed place and compass words ("Sevenoaks North", "Leeds
    // North West") are a ward or constituency, a name before or ending in a landscape noun is that place, and a one-word county in -shire ("Wealdshire") is a place where no head
    // follows it (the tagger's "Wealdshire" of "Wealdshire County Council"); both strongly, so that a county playing as
    // a team ("Wealdshire beat Kent", see TypeTeamPlaces) is still decided there.
    private void TypeAreaNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type == EntityType.Misc && !span.Strong && IsLandscapeHeaded(tokens, span))
            {
                // "the Moray Firth", "the North Sea": as below, for a name the tagger read as a product or an event.
                spans[k] = span with { Type = EntityType.Location };
                continue;
            }

            if (span.Type != EntityType.Organization)
            {
                continue;
            }

            // "its Corrie Bank acreage", "the Amazon basin": a landscape noun right after the name makes it the place,
            // also where a head word made it a strong organisation ("Bank"); a legal form still makes a firm.
            var landscape = span.End < tokens.Count && tokens[span.End].Start - tokens[span.End - 1].End == 1 && _lexicon.LandscapeNouns.Contains(tokens[span.End].Span)
                && (_gazetteer.LookupExact(tokens[span.End - 1].Span) & GazetteerFlags.LegalForm) == 0;
            if (span.Strong && !landscape)
            {
                continue;
            }

            var ward = span.Count is 2 or 3 && (_gazetteer.LookupExact(tokens[span.First].Span) & (GazetteerFlags.City | GazetteerFlags.Region)) != 0;
            for (var i = span.First + 1; i < span.End && ward; i++)
            {
                ward = _lexicon.CompassWords.Contains(tokens[i].Span);
            }

            // "the Irish Sea", "the Calder Valley": a name the tagger made an organisation that ends in a capitalised
            // landscape noun is the place itself.
            if (ward || landscape || IsLandscapeHeaded(tokens, span) || span.Count == 1 && IsCountyWord(tokens[span.First].Span))
            {
                spans[k] = span with { Type = EntityType.Location };
            }
        }
    }

    // "Jordan Wall chased his own kick", "Chad Ellis said": a first name that is also a country's name, then a surname,
    // is a person the tagger read as a place. Not where the first word names a region as well ("Georgia"), nor before
    // a region, a country, a landscape noun, a venue or an organisation head ("Jordan Valley", "Georgia Avenue").
    // GeoNames lists nearly every word as some town ("Jordan", "Wall"), so a town proves nothing here. English only.
    private void TypeCountryFirstNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        const GazetteerFlags town = GazetteerFlags.Region;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type != EntityType.Location || span.Strong || span.Count != 2)
            {
                continue;
            }

            var first = _gazetteer.LookupExact(tokens[span.First].Span);
            var last = tokens[span.First + 1].Span;
            var lastFlags = _gazetteer.LookupExact(last);
            if ((first & GazetteerFlags.FirstName) != 0 && (first & GazetteerFlags.Country) != 0 && (first & town) == 0
                && (lastFlags & GazetteerFlags.Surname) != 0 && (lastFlags & (town | GazetteerFlags.Country | GazetteerFlags.OrgHead)) == 0
                && !_lexicon.LandscapeNouns.Contains(last.ToString().ToLowerInvariant()) && !IsOneOf(last, _lexicon.VenueHeads))
            {
                spans[k] = span with { Type = EntityType.Person };
            }
        }
    }

    // "the Tidemark HX-40", "die Bodensonde Krume WS-N40": a name the tagger made an organisation that ends in a model
    // code with a hyphen (capitals and digits, "HX-40", "KP-40") is the product; an organisation's name ends in a
    // legal form or a head, not in a model code. A strong mention (a legal form or head decided it) is left alone; a
    // plain number ("Hannover 96", "Channel 4") or an unhyphenated code ("Sky Sports F1") is no such code.
    private static void TypeModelCodeProducts(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var code = tokens[span.End - 1].Span;
            if (span.Type == EntityType.Organization && !span.Strong && span.Count >= 2 && code.Length is >= 4 and <= 8
                && code.IndexOf('-') is > 0 and var hyphen && hyphen < code.Length - 1
                && code.IndexOfAnyInRange('0', '9') > hyphen && code.IndexOfAnyInRange('A', 'Z') >= 0
                && code.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") < 0)
            {
                spans[k] = span with { Type = EntityType.Misc };
            }
        }
    }

    // A name of several words that ends in a capitalised landscape noun ("Irish Sea", "Calder Valley", "Moray Firth").
    private bool IsLandscapeHeaded(IReadOnlyList<Token> tokens, Span span) =>
        span.Count > 1 && char.IsUpper(tokens[span.End - 1].Span[0]) && tokens[span.End - 1].Span.Length > 2
            && _lexicon.LandscapeNouns.Contains(tokens[span.End - 1].Text.ToLowerInvariant());

    // "the Mid Severn by-election", "the MP for Mid Severn": the capitalised words between "the" and "by-election" or
    // after "MP for" name a constituency, a place, though the tagger reads two unknown words as a person. A mention
    // inside such words grows to all of them ("Severn" of "the Mid Severn by-election"), words without one become one, and every mention of the
    // article written the same way is the place too, strongly ("Mid Severn has been taken for granted"). Linear in
    // tokens and mentions.
    private static void TypeConstituencies(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<(int First, int End)>? seats = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            var (first, end) = (i, i);
            // The tokenizer may split the hyphen off: the text decides.
            if (tokens[i].Span is "by" or "by-election" && text.AsSpan(tokens[i].Start).StartsWith("by-election", StringComparison.Ordinal))
            {
                while (first > 1 && IsCapitalisedWord(tokens[first - 1]) && tokens[first - 1].Span is not "The")
                {
                    first--;
                }

                first = first < i && tokens[first - 1].Span is "the" or "The" ? first : i;
            }
            else if (tokens[i].Span is "for" && tokens[i - 1].Span is "MP")
            {
                (first, end) = (i + 1, i + 1);
                while (end < tokens.Count && IsCapitalisedWord(tokens[end]))
                {
                    end++;
                }
            }

            if (end > first)
            {
                (seats ??= []).Add((first, end));
            }
        }

        if (seats is null)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var seat = 0;
        var found = new bool[seats.Count];
        for (var k = 0; k < spans.Count; k++)
        {
            while (seat < seats.Count && seats[seat].End <= spans[k].First)
            {
                seat++;
            }

            found[Math.Min(seat, seats.Count - 1)] |= seat < seats.Count && spans[k].First < seats[seat].End && seats[seat].First < spans[k].End;

            // Only a mention alone inside the seat's words grows to them; one that runs past them is some other name.
            if (seat < seats.Count && seats[seat].First <= spans[k].First && spans[k].End <= seats[seat].End
                && (k == 0 || spans[k - 1].End <= seats[seat].First) && (k + 1 == spans.Count || spans[k + 1].First >= seats[seat].End))
            {
                spans[k] = spans[k] with { First = seats[seat].First, End = seats[seat].End, Type = EntityType.Location, Strong = true };
                names.Add(text[tokens[seats[seat].First].Start..tokens[seats[seat].End - 1].End]);
            }
        }

        // A seat the tagger left out is added: the document pass would otherwise spread a person's surname into it.
        var added = false;
        for (var s = 0; s < seats.Count; s++)
        {
            if (!found[s])
            {
                spans.Add(new Span(seats[s].First, seats[s].End, EntityType.Location, Strong: true));
                names.Add(text[tokens[seats[s].First].Start..tokens[seats[s].End - 1].End]);
                added = true;
            }
        }

        if (added)
        {
            spans.Sort((a, b) => a.First.CompareTo(b.First));
        }

        for (var k = 0; k < spans.Count; k++)
        {
            if (names.Contains(text[tokens[spans[k].First].Start..tokens[spans[k].End - 1].End]))
            {
                spans[k] = spans[k] with { Type = EntityType.Location, Strong = true };
            }
        }
    }

    private static bool IsCapitalisedWord(Token token) => token.Kind == TokenKind.Word && char.IsUpper(token.Span[0]);

    // "the Liverpool to Belfast crossing": a name the tagger made an organisation or person between "the" and "to" before
    // a place and a lower-case word is the route's first end, a place too (this mention only: the city's club may
    // appear elsewhere).
    private static void TypeRouteEnds(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k + 1 < spans.Count; k++)
        {
            var span = spans[k];
            var next = spans[k + 1];
            if (span.Type is EntityType.Organization or EntityType.Person && !span.Strong && span.First > 0 && tokens[span.First - 1].Span is "the"
                && next.Type == EntityType.Location && next.First == span.End + 1 && tokens[span.End].Span is "to"
                && next.End < tokens.Count && IsLowerCaseWord(tokens[next.End].Span))
            {
                spans[k] = span with { Type = EntityType.Location };
            }
        }
    }

    // A capitalised word in -shire, longer than the ending by three letters or more ("Wealdshire", "Hampshire").
    internal static bool IsCountyWord(ReadOnlySpan<char> word) =>
        word.Length >= 8 && char.IsUpper(word[0]) && word.EndsWith("shire", StringComparison.Ordinal);

    // List flags that make a word a person's first name or a place rather than a trade word of a firm's name.
    private const GazetteerFlags NameOrPlace = GazetteerFlags.FirstName | GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country;

    // "Brackenridge Water … Brackenridge had pledged": an article shortens a firm named by a word and an organisation
    // head or trade word ("Ventures"; "Water", "Robotics": no first name or place in the lists; "Water" is a listed
    // surname) to the first word, which the lists may know as a town or surname. The first word is no first name
    // ("John Water" misread as a firm leaves "John" alone). A one-word person or place that is the first word of such
    // a two-word organisation of the article (a legal form after the two words too: "Tarvane Offshore Ltd") is that
    // firm, strongly, unless the article uses the word as a place itself ("in Bristol", "across Bristol"), names a
    // person by it ("Anna Brackenridge") or it is a country.
    private void TypeFirmShortNames(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        HashSet<string>? firms = null;
        foreach (var span in spans)
        {
            var named = span.Count == 3 && (_gazetteer.LookupExact(tokens[span.End - 1].Span) & GazetteerFlags.LegalForm) != 0 ? 2 : span.Count;
            if (span.Type == EntityType.Organization && named == 2 && tokens[span.First].Kind == TokenKind.Word
                && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.FirstName) == 0
                && (_lexicon.EndsWithHead(tokens[span.First + 1].Span, _lexicon.OrgHeads) || (_gazetteer.LookupExact(tokens[span.First + 1].Span) & NameOrPlace) == 0))
            {
                (firms ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].Text);
            }
        }

        if (firms is null)
        {
            return;
        }

        foreach (var span in spans)
        {
            if (span.Count == 1 && span.Type == EntityType.Location && IsLocativeBefore(tokens, span.First)
                || span.Count > 1 && span.Type == EntityType.Person)
            {
                firms.Remove(tokens[span.Count == 1 ? span.First : span.End - 1].Text);
            }
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Count == 1 && span.Type is EntityType.Person or EntityType.Location && !span.Strong && firms.Contains(tokens[span.First].Text)
                && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.Country) == 0)
            {
                spans[k] = span with { Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // A preposition only a place takes right before the token at index ("in", "near", "across", "around"); not "at"
    // or "from", which take firms too ("a manager at Brackenridge", "a statement from Ofwat").
    private static bool IsLocativeBefore(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].Span is "in" or "near" or "across" or "around";

    // "Somerset declared on 412 for eight", "Surrey's seamers", "their match against Surrey": a one-word place that
    // acts as a team (see IsTeamCue) is a club or side, strongly, so that its other mentions in the article follow
    // ("Somerset have never won the Championship"); a place without such a cue stays a place ("arrived in Taunton").
    // Players beat each other too: the surname of a person named in full is no team ("Jessica Hill" … "Hill beat").
    // Countries are left alone: in news a country that "defeated" or "beat" another is mostly the state, not a side.
    private void TypeTeamPlaces(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        HashSet<string>? surnames = null;
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && span.Count > 1)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.End - 1].Text);
            }
        }

        // The places the tagger found; a cue at any of their words in the text counts, also where the tagger missed the
        // word there ("Motherwell equalised" after "Motherwell" was a place twice).
        HashSet<string>? places = null;
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Location && span.Count == 1 && !span.Strong && surnames?.Contains(tokens[span.First].Text) != true
                && (_gazetteer.LookupExact(tokens[span.First].Span) & GazetteerFlags.Country) == 0)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[span.First].Text);
            }
        }

        if (places is null)
        {
            return;
        }

        // The cue is looked at first: a word's text is made only where one stands.
        HashSet<string>? teams = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens[i].Span[0]) && IsTeamCue(tokens, i, i + 1) && places.Contains(tokens[i].Text))
            {
                (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[i].Text);
            }
        }

        if (teams is null)
        {
            return;
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type == EntityType.Location && span.Count == 1 && !span.Strong && teams.Contains(tokens[span.First].Text))
            {
                spans[k] = span with { Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // "Preston North End", "Partick Thistle", "Swansea City": a town the lists know and a club suffix (club-suffixes.en.txt)
    // are a club, strongly, whether the tagger read them as a place or a person or took the town alone ("Sheffield" of
    // "Sheffield Wednesday"); the town alone then names the club (NameIndex.ClubPlaceWord). A suffix that ends place
    // names too ("City", "Town") makes a club only in an article that names a club by another suffix or a team by what
    // it does ("Leeds beat Hull"). In place, keeping the mentions ordered and disjoint.
    private void TypeSuffixClubs(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        if (_lexicon.ClubSuffixes.Length == 0)
        {
            return;
        }

        var sporty = false;
        for (var pass = 0; pass < 2; pass++)
        {
            var suffixes = pass == 0 ? _lexicon.ClubSuffixes : _lexicon.ClubTownSuffixes;
            if (pass == 1 && !sporty && !AnyTeamCue(tokens, spans))
            {
                return;
            }

            for (var k = 0; k < spans.Count; k++)
            {
                var span = spans[k];
                if (span.Strong || span.Type == EntityType.Misc || !_lexicon.IsClubTown(tokens[span.First].Span))
                {
                    continue;
                }

                var length = ConsolidationLexicon.SuffixLength(text, tokens, span.First + 1, suffixes);
                var end = span.First + 1 + length;
                // The tagger's span is the club, or the town alone with the suffix outside every mention.
                if (length == 0 || span.End != end && (span.Count != 1 || k + 1 < spans.Count && spans[k + 1].First < end))
                {
                    continue;
                }

                spans[k] = new Span(span.First, end, EntityType.Organization, Strong: true);
                sporty = true;
            }
        }
    }

    // Some one-word place of the article the tagger found acts as a team somewhere (IsTeamCue).
    private bool AnyTeamCue(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        foreach (var span in spans)
        {
            if (span.Count == 1 && span.Type is EntityType.Location or EntityType.Organization && IsTeamCue(tokens, span.First, span.End))
            {
                return true;
            }
        }

        return false;
    }

    // The words around the one-word name [first, end) that make it a team: a team verb right after or before it
    // ("Somerset declared", "beat Surrey"), a possessive and a player noun, one word between or none ("Surrey's
    // seamers", "Leeds's new manager"), "the" before it and a player noun after it ("the Preston goalkeeper"), a result
    // noun and its preposition before it ("a 2-1 win over Hull"), a contest noun and
    // "against"/"for" before it ("match against Surrey", "40 matches for Gloucestershire"), or a cricket score of runs
    // "for" up to ten wickets within four words after it, in the same clause ("Somerset had slipped to 58 for four").
    private bool IsTeamCue(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end < tokens.Count && _lexicon.TeamVerbs.Contains(tokens[end].Span)
            || first > 0 && _lexicon.TeamVerbs.Contains(tokens[first - 1].Span)
            || end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Clitic && _lexicon.TeamMembers.Contains(tokens[end + 1].Span)
            || first > 1 && tokens[first - 1].Span is "against" or "for" && _lexicon.TeamContests.Contains(tokens[first - 2].Span)
            || first > 0 && end < tokens.Count && tokens[first - 1].Span is "the" && _lexicon.TeamMembers.Contains(tokens[end].Span)
            || end + 2 < tokens.Count && tokens[end].Kind == TokenKind.Clitic && IsLowerCaseWord(tokens[end + 1].Span) && _lexicon.TeamMembers.Contains(tokens[end + 2].Span)
            || IsResultBefore(tokens, first))
        {
            return true;
        }

        for (var i = end; i + 2 < tokens.Count && i < end + 4 && tokens[i].Kind is TokenKind.Word or TokenKind.Number; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && tokens[i + 1].Span is "for" && IsWicketCount(tokens[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    // A result noun and its preposition right before the token at index ("a 2-1 win over", "their defeat to"; team-results.en.txt).
    private bool IsResultBefore(IReadOnlyList<Token> tokens, int index)
    {
        foreach (var words in _lexicon.TeamResults)
        {
            var matched = index >= words.Length;
            for (var w = 0; w < words.Length && matched; w++)
            {
                matched = tokens[index - words.Length + w].Span.SequenceEqual(words[w]);
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }

    // Up to ten, in digits or words: the wickets of a cricket score ("for four", "for 8").
    private static bool IsWicketCount(Token token) =>
        (token.Kind == TokenKind.Number ? decimal.TryParse(token.Span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            : NumberWords.TryParse(token.Span, Language.English, AmountLexicon.Default, out value, out _))
        && value is >= 1 and <= 10;
}
