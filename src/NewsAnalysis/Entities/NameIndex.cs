using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// The names one article has given so far, for the document-level pass: every full name (its words), and the
/// single words that stand for a name later on (a person's surname, an organisation's leading word, a one-word
/// name). Look-ups are dictionary probes, so the pass stays linear however many names an article has.
/// </summary>
internal sealed class NameIndex
{
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly NerGazetteer _gazetteer;
    private readonly ConsolidationLexicon _lexicon;

    // Full names of two or more words by their first word, longest first (at most MaxCandidatesPerWord each).
    private readonly Dictionary<string, List<(string[] Words, string Key, EntityType Type)>> _fullByFirst = new(StringComparer.Ordinal);

    // A short form of a full name (words joined by one space) → the full name's key ("Lindwurm Versicherung" →
    // "Lindwurm Versicherung AG").
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    // Full name (words joined by one space) → its type (the first mention's).
    private readonly Dictionary<string, EntityType> _full = new(StringComparer.Ordinal);

    // A single word → the name it stands for and that name's type; Spreadable is false for words that are
    // common nouns as well (a one-word "Mensch" is linked, but not looked for elsewhere); Club marks a sports
    // club's place word ("Freiburg" of "SC Freiburg"), which stands for the club even where the tagger saw a place;
    // TitleWord marks a surname that is also a title ("King" of "Peter King"), which names the person only where no
    // capitalised word follows ("King said", not "King Charles").
    private readonly Dictionary<string, (string Key, EntityType Type, bool Spreadable, bool Club, bool TitleWord)> _words = new(StringComparer.Ordinal);

    // An acronym the article defines in brackets right after a name ("Bundesanstalt für Finanzdienstleistungsaufsicht
    // (BaFin)") → that name's key: every mention of the acronym is the named body.
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    // A person's surname → the person's full name, kept apart from _words, where a firm named by the same word may have
    // come first ("Fink Geflügel GmbH" and its managing director "Heinrich Fink").
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);

    // An organisation's leading word → the organisation's full name, for every organisation named with two words or more
    // ("Salt" → "Salt Recruitment Ltd", "Pepper" → "Pepper Labs"), whatever the lists say of the word: where a person
    // named in full shares it ("Margaret Salt"), a lone mention's context decides between the two (FounderFirms).
    private readonly Dictionary<string, string> _firms = new(StringComparer.Ordinal);

#if NET9_0_OR_GREATER
    private readonly Dictionary<string, List<(string[] Words, string Key, EntityType Type)>>.AlternateLookup<ReadOnlySpan<char>> _fullByFirstSpan;
    private readonly Dictionary<string, (string Key, EntityType Type, bool Spreadable, bool Club, bool TitleWord)>.AlternateLookup<ReadOnlySpan<char>> _wordsSpan;
#endif

    // A full name is looked for again only up to this many words, and at most this many full names are
    // tried at one position: both bound the work per token, whatever the input.
    private const int MaxNameTokens = 8;
    private const int MaxCandidatesPerWord = 16;

    public NameIndex(string text, IReadOnlyList<Token> tokens, ConsolidationLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        _gazetteer = lexicon.Gazetteer;
#if NET9_0_OR_GREATER
        _fullByFirstSpan = _fullByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsSpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Records a (cleaned) tagger mention.</summary>
    public void Register(EntityConsolidator.Span span)
    {
        if (span.Count == 1)
        {
            var word = _tokens[span.First].Text;
            // The genitive of a word that stands for a longer organisation name ("Oldenburgs" of "EWE Baskets
            // Oldenburg", "Lindwurms" of "Lindwurm Versicherung AG") is that organisation, however the tagger typed it:
            // it gets no entry of its own, so that EntityKey finds the name through the stem.
            var stem = GenitiveStem(word);
            if (stem.Length < word.Length && _lexicon.Language == Language.German && TryWord(stem, out var known)
                && known.Type == EntityType.Organization && !stem.SequenceEqual(known.Key))
            {
                return;
            }

            var flags = _gazetteer.Lookup(word);
            var spreadable = (flags & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.PersonTitle)) == 0;
            _words.TryAdd(word, (word, span.Type, spreadable, false, false));

            // A German organisation named in the genitive ("des Eisenbahn-Bundesamts") is the same organisation
            // without the ending later ("das Eisenbahn-Bundesamt"); only for a head compound, so that no short
            // stem of another word is looked for.
            if (span.Type == EntityType.Organization && _lexicon.Language == Language.German
                && stem.Length < word.Length && _lexicon.EndsWithHead(stem, _lexicon.OrgHeads))
            {
                _words.TryAdd(stem.ToString(), (word, span.Type, spreadable, false, false));
            }

            return;
        }

        var key = FullText(span);
        if (!_full.TryAdd(key, span.Type))
        {
            return;
        }

        if (span.Count <= MaxNameTokens)
        {
            var words = new string[span.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = _tokens[span.First + i].Text;
            }

            if (!_fullByFirst.TryGetValue(words[0], out var list))
            {
                _fullByFirst[words[0]] = list = [];
            }

            if (list.Count < MaxCandidatesPerWord)
            {
                var at = list.FindIndex(c => c.Words.Length < words.Length);
                list.Insert(at < 0 ? list.Count : at, (words, key, span.Type));
            }

            // "Lindwurm Versicherung AG" is "Lindwurm Versicherung" in a headline: the name without its legal form,
            // also one of several words ("Kessler Instrumente GmbH & Co. KG").
            var named = words.Length;
            while (named > 0 && ((_gazetteer.LookupExact(words[named - 1]) & GazetteerFlags.LegalForm) != 0 || words[named - 1] is "&" or "." or "und"))
            {
                named--;
            }

            if (span.Type == EntityType.Organization && named >= 2 && named < words.Length && list.Count < MaxCandidatesPerWord
                && (_gazetteer.LookupExact(words[^1]) & GazetteerFlags.LegalForm) != 0)
            {
                var shorter = words[..named];
                _aliases.TryAdd(string.Join(' ', shorter), key);
                var at = list.FindIndex(c => c.Words.Length < shorter.Length);
                list.Insert(at < 0 ? list.Count : at, (shorter, key, span.Type));
            }
        }

        // "Birmingham Bears" … "the Bears": an English club of a place and a plural nickname; the nickname alone stands for
        // the club (the place is handled by ClubPlaceWord where the nickname says nothing else).
        if (span.Type == EntityType.Organization && span.Count == 2 && _lexicon.IsEnglishClubNickname(_tokens[span.First + 1].Span)
            && (_gazetteer.LookupExact(_tokens[span.First].Span) & (GazetteerFlags.City | GazetteerFlags.Region)) != 0)
        {
            _words.TryAdd(_tokens[span.First + 1].Text, (key, span.Type, true, false, false));
        }

        // A sports club's name is a club prefix and a place ("SC Freiburg", "1. FC Köln", "VfB Stuttgart"): in the
        // article the place alone names the club.
        if (span.Type == EntityType.Organization && ClubPlaceWord(span) is var place && place >= 0)
        {
            _words.TryAdd(_tokens[place].Text, (key, span.Type, true, true, false));
            return;
        }

        // "Der Freischütz" is "Freischütz" later ("neben dem „Freischütz“"): a German title of a work without its article.
        if (span.Type == EntityType.Misc && _lexicon.Language == Language.German && span.Count == 2 && _lexicon.Determiners.Contains(_tokens[span.First].Span)
            && char.IsUpper(_tokens[span.First].Span[0]) && IsKeyWord(_tokens[span.First + 1].Span, span.Type)
            && (_gazetteer.Lookup(_tokens[span.First + 1].Span) & GazetteerFlags.CommonNoun) == 0)
        {
            _words.TryAdd(_tokens[span.First + 1].Text, (key, span.Type, true, false, false));
        }

        // "Emsland Pioneers": a German text's club of a place and an English plural; the plural stands for the club, the
        // place alone ("Fans aus dem Emsland") stays a place, as no list knows the team name.
        if (span.Type == EntityType.Organization && span.Count == 2 && _lexicon.IsGermanTeamPlural(_tokens[span.First + 1].Span)
            && !_lexicon.ClubNicknames.Contains(_tokens[span.First + 1].Span))
        {
            _words.TryAdd(_tokens[span.First + 1].Text, (key, span.Type, true, false, false));
            return;
        }

        // "EWE Baskets Oldenburg", "Rostock Seawolves": the team name and the place each stand for the club.
        if (span.Type == EntityType.Organization && NicknameClubWords(span) is (>= 0 and var nickname, >= 0 and var town))
        {
            _words.TryAdd(_tokens[town].Text, (key, span.Type, true, true, false));
            _words.TryAdd(_tokens[nickname].Text, (key, span.Type, true, false, false));
            return;
        }

        // "Westfälische Abendpost" is "die Abendpost" later: a German newspaper's compound head (media-heads.de.txt)
        // after its adjective stands for it; a bare head ("Zeitung", "Post") is a common noun.
        if (span.Type == EntityType.Organization && span.Count == 2 && IsMediaCompound(_tokens[span.First + 1].Span))
        {
            _words.TryAdd(_tokens[span.First + 1].Text, (key, span.Type, true, false, false));
        }

        if (span.Type == EntityType.Organization && span.Count > 1 && _tokens[span.First].Kind == TokenKind.Word && char.IsUpper(_tokens[span.First].Span[0]))
        {
            _firms.TryAdd(_tokens[span.First].Text, key);
        }

        // The word that stands for the whole name later: a person's surname, an organisation's leading word, a
        // numbered product's name.
        var keyWord = span.Type switch
        {
            EntityType.Person => span.End - 1,
            EntityType.Organization => span.First,
            // A product with a model number is named by its first word later ("Cadenza 4" … "Cadenza").
            EntityType.Misc when _tokens[span.End - 1].Kind == TokenKind.Number && _lexicon.Language == Language.English => span.First,
            _ => -1,
        };
        if (keyWord >= 0 && (IsKeyWord(_tokens[keyWord].Span, span.Type) || IsSurnameOfFirm(span, keyWord)))
        {
            _words.TryAdd(_tokens[keyWord].Text, (key, span.Type, true, false, false));
            if (span.Type == EntityType.Person)
            {
                _surnames.TryAdd(_tokens[keyWord].Text, key);
            }
        }
        else if (keyWord >= 0 && span.Type == EntityType.Person && _lexicon.Language == Language.English && IsTitleSurname(_tokens[keyWord].Span))
        {
            _words.TryAdd(_tokens[keyWord].Text, (key, span.Type, true, false, true));
        }

        // An English organisation's initials stand for it later ("Lawn Tennis Association" … "the LTA"): the
        // capitalised words' first letters, three or more. Articles introduce the short form without brackets
        // as often as with them, so the acronym is not required next to the name.
        if (span.Type == EntityType.Organization && _lexicon.Language == Language.English && Initials(span) is { } initials)
        {
            _words.TryAdd(initials, (key, span.Type, true, false, false));
        }
    }

    /// <summary>
    /// Records an acronym the article introduces in brackets right after a name ("die Bundesanstalt für
    /// Finanzdienstleistungsaufsicht (BaFin)", "the Medicines and Healthcare products Regulatory Agency (MHRA)",
    /// "das Erneuerbare-Energien-Gesetz (EEG)") as a word standing for that name: every mention of the acronym in
    /// the article, before the definition as well (a headline), joins the name's entity. Call after the full names
    /// and before the one-word mentions, so that the acronym's own tagger mention does not name an entity of its
    /// own. A person's name is left alone: a bracket after it holds a party or an employer ("Anna Roth (SPD)").
    /// </summary>
    public void RegisterBracketAcronym(EntityConsolidator.Span name)
    {
        var at = name.End + 1;
        if (name.Type == EntityType.Person || at + 1 >= _tokens.Count || _tokens[name.End].Span is not "(" || _tokens[at + 1].Span is not ")"
            || _tokens[name.End].Start - _tokens[name.End - 1].End > 1 || !EntityConsolidator.LooksLikeBracketAcronym(_tokens[at].Span)
            || !IsAcronymOf(_tokens[at].Span, _tokens, name.First, name.End, compounds: _lexicon.Language == Language.German))
        {
            return;
        }

        var acronym = _tokens[at].Text;
        var key = FullText(name);
        if (acronym == key || !_acronyms.TryAdd(acronym, key))
        {
            return; // the first definition stands
        }

        var flags = _gazetteer.Lookup(acronym);
        var spreadable = (flags & (GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord)) == 0;
        // The bracket is the article's own word on what the acronym means: it outranks initials guessed from another
        // name or a leading word recorded before.
        _words[acronym] = (key, name.Type, spreadable, false, false);
    }

    /// <summary>True for a one-word mention of an acronym the article defined in brackets after a name.</summary>
    public bool IsBracketAcronym(EntityConsolidator.Span span) =>
        span.Count == 1 && _acronyms.Count > 0 && _acronyms.ContainsKey(_tokens[span.First].Text);

    /// <summary>
    /// True where <paramref name="acronym"/> abbreviates the words [<paramref name="first"/>, <paramref name="end"/>):
    /// its letters occur in the name in order (case aside), its first letter is the name's first letter, and each of
    /// its capitals is a word's first letter, a part's first letter after a hyphen or a capital inside a word
    /// ("Medicines and Healthcare products Regulatory Agency" → "MHRA", "Erneuerbare-Energien-Gesetz" → "EEG",
    /// "Bank of England" → "BoE"); its lower-case letters may be any letter ("Bundesanstalt für
    /// Finanzdienstleistungsaufsicht" → "BaFin"). With <paramref name="compounds"/> (German) a capital may also
    /// start a compound part inside a word, taken as a letter at least three letters from the start of the word (or
    /// of its hyphen part) and from the word's end ("Geldwäschegesetz" → "GwG", "Bundeskriminalamt" → "BKA"); a city's code
    /// ("Berlin (BER)") has its letters too early. Earliest matches first: each letter's admissible positions do
    /// not depend on the letters before it, so the greedy walk finds an alignment whenever one exists.
    /// </summary>
    internal static bool IsAcronymOf(ReadOnlySpan<char> acronym, IReadOnlyList<Token> tokens, int first, int end, bool compounds)
    {
        var a = 0;
        for (var i = first; i < end && a < acronym.Length; i++)
        {
            var word = tokens[i].Span;
            var part = 0;
            for (var j = 0; j < word.Length && a < acronym.Length; j++)
            {
                var c = word[j];
                if (!char.IsLetter(c))
                {
                    part = j + 1;
                    continue;
                }

                var target = acronym[a];
                if (char.ToUpperInvariant(c) != char.ToUpperInvariant(target))
                {
                    continue;
                }

                var allowed = a == 0 ? i == first && j == 0
                    : char.IsLower(target) || j == part || char.IsUpper(c) || compounds && j - part >= 3 && word.Length - j >= 3;
                if (allowed)
                {
                    a++;
                }
            }

            if (a == 0)
            {
                return false; // the first letter must open the name
            }
        }

        return a == acronym.Length;
    }

    // "Fuchs Logistik SE" is "Fuchs" later, though "Fuchs" is also a noun: a firm with a legal form whose leading
    // word the lists know as a surname is named by that surname, which otherwise reads as a person's ("Fuchs sagte").
    // Also where the lists know the word as a town ("Harwood Sealants Ltd." … "Harwood erklärte"): a mention the tagger
    // reads as a place stays the place (EntityKey), so "Berlin Chemie AG" leaves "in Berlin" alone.
    private bool IsSurnameOfFirm(EntityConsolidator.Span span, int keyWord)
    {
        var word = _tokens[keyWord].Span;
        return span.Type == EntityType.Organization && span.Count >= 2 && word.Length >= 2 && char.IsUpper(word[0])
            && (_gazetteer.LookupExact(_tokens[span.End - 1].Span) & GazetteerFlags.LegalForm) != 0
            && (_gazetteer.Lookup(word) & GazetteerFlags.Surname) != 0
            && (_gazetteer.Lookup(word) & (GazetteerFlags.FunctionWord | GazetteerFlags.Country | GazetteerFlags.Region)) == 0;
    }

    // "Lawn Tennis Association" → "LTA", "Natural Environment Research Council" → "NERC"; null when the name has
    // fewer than three capitalised words or a word that is not a plain capitalised word or a connector.
    private string? Initials(EntityConsolidator.Span span)
    {
        Span<char> letters = stackalloc char[MaxNameTokens];
        var count = 0;
        for (var i = span.First; i < span.End; i++)
        {
            var word = _tokens[i].Span;
            if (_tokens[i].Kind == TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && count < letters.Length)
            {
                letters[count++] = word[0];
            }
            else if (!(_tokens[i].Kind == TokenKind.Word && _lexicon.Connectors.Contains(word) && !char.IsUpper(word[0])))
            {
                return null;
            }
        }

        return count >= 3 ? new string(letters[..count]) : null;
    }

    // A surname that is also a title ("King", "Bishop"), not a function word or a legal form.
    private bool IsTitleSurname(ReadOnlySpan<char> word)
    {
        var flags = _gazetteer.Lookup(word);
        return word.Length > 2 && char.IsUpper(word[0]) && (flags & GazetteerFlags.PersonTitle) != 0
            && (flags & (GazetteerFlags.Surname | GazetteerFlags.FirstName)) != 0
            && (flags & (GazetteerFlags.FunctionWord | GazetteerFlags.LegalForm | GazetteerFlags.Demonym | GazetteerFlags.DateWord)) == 0;
    }

    /// <summary>
    /// The token of a club's place word: the one capitalised word left after the club prefixes and ordinals a
    /// name starts with ("SC Freiburg" → "Freiburg", "1. FC Köln" → "Köln") or before an English club's plural
    /// nickname ("Exeter Chiefs" → "Exeter"); -1 for any other name.
    /// </summary>
    public int ClubPlaceWord(EntityConsolidator.Span span)
    {
        // "Northampton Saints" (English): a place and the club's plural nickname; the place names the club.
        if (span.Count == 2 && span.Type == EntityType.Organization && _lexicon.IsClubPlural(_tokens[span.First + 1].Span))
        {
            return _lexicon.IsClubPlace(_tokens[span.First].Span) ? span.First : -1;
        }

        // "Preston North End", "Swansea City" (English): a town and a club suffix; the town names the club.
        if (span.Count >= 2 && span.Type == EntityType.Organization && _lexicon.Language == Language.English
            && (ConsolidationLexicon.SuffixLength(_text, _tokens, span.First + 1, _lexicon.ClubSuffixes) == span.Count - 1
                || ConsolidationLexicon.SuffixLength(_text, _tokens, span.First + 1, _lexicon.ClubTownSuffixes) == span.Count - 1))
        {
            return _lexicon.IsClubTown(_tokens[span.First].Span) ? span.First : -1;
        }

        var prefix = _lexicon.ClubPrefixLength(_tokens, span.First, span.End);
        var i = span.First + prefix;
        if (prefix > 0 && i == span.End - 2 && (_gazetteer.LookupExact(_tokens[span.End - 1].Span) & GazetteerFlags.City) != 0)
        {
            // "SV Rhenania Neuss", "TSV Bayer Dormagen": a club word between the prefix and a listed town; the town names the club.
            i = span.End - 1;
        }

        // "Bayer 04 Leverkusen", "Hannover 96": a club named by a sponsor or place, its founding year in two digits and
        // its town; the town names the club.
        if (prefix == 0 && span.Count >= 3 && span.Type == EntityType.Organization && IsClubYear(span.End - 2)
            && (_gazetteer.LookupExact(_tokens[span.End - 1].Span) & GazetteerFlags.City) != 0
            && (_gazetteer.Lookup(_tokens[span.End - 1].Span) & (GazetteerFlags.FunctionWord | GazetteerFlags.CommonNoun)) == 0)
        {
            return span.End - 1;
        }

        if (prefix == 0 || i != span.End - 1)
        {
            return -1;
        }

        var word = _tokens[i].Span;
        return word.Length > 1 && char.IsUpper(word[0]) && (_gazetteer.Lookup(word) & (GazetteerFlags.FunctionWord | GazetteerFlags.CommonNoun)) == 0 ? i : -1;
    }

    // A club's founding year in two digits, one space after a capitalised word ("04" of "Bayer 04", "96" of "Hannover 96").
    private bool IsClubYear(int index) =>
        index > 0 && _tokens[index].Kind == TokenKind.Number && _tokens[index].Span.Length == 2 && _tokens[index - 1].Kind == TokenKind.Word
        && char.IsUpper(_tokens[index - 1].Span[0]) && _tokens[index].Start - _tokens[index - 1].End == 1;

    // The team name and the place of a club named with a listed team name and a place at its start or end
    // ("Weser Falcons Bremen" → "Falcons", "Bremen"); (-1, -1) for any other name.
    private (int Nickname, int Place) NicknameClubWords(EntityConsolidator.Span span)
    {
        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Region;
        for (var i = span.First; i < span.End; i++)
        {
            if (!_lexicon.ClubNicknames.Contains(_tokens[i].Span))
            {
                continue;
            }

            if (i + 1 == span.End - 1 && ((_gazetteer.LookupExact(_tokens[i + 1].Span) & place) != 0
                || _lexicon.IsUnlistedTownAfterTeamPlural(_tokens[i].Span, _tokens[i + 1].Span)))
            {
                return (i, i + 1);
            }

            if (i - 1 == span.First && (_gazetteer.LookupExact(_tokens[i - 1].Span) & place) != 0)
            {
                return (i, i - 1);
            }

            // "Nürnberg Ice Tigers": the place, one more word of the team name, the listed word at the end.
            if (i - 2 == span.First && i == span.End - 1 && (_gazetteer.LookupExact(_tokens[span.First].Span) & place) != 0)
            {
                return (i, span.First);
            }
        }

        return (-1, -1);
    }

    // A compound of a newspaper's head, no word the lists know ("Abendpost", "Kreisanzeiger"; not "Tageszeitung").
    private bool IsMediaCompound(ReadOnlySpan<char> word) =>
        ConsolidationLexicon.IsCompoundOf(word, _lexicon.MediaHeads) && IsKeyWord(word, EntityType.Organization);

    // A surname or leading word must look like a name: capitalised, not a function word, title, legal form,
    // demonym, currency or date; an organisation's leading word also not a common noun or head noun
    // ("Deutsche Bank" does not make every "Deutsche" a bank).
    private bool IsKeyWord(ReadOnlySpan<char> word, EntityType type)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var flags = _gazetteer.Lookup(word);
        var never = GazetteerFlags.FunctionWord | GazetteerFlags.PersonTitle | GazetteerFlags.LegalForm | GazetteerFlags.Demonym
            | GazetteerFlags.Currency | GazetteerFlags.DateWord;
        if (type == EntityType.Organization)
        {
            never |= GazetteerFlags.CommonNoun | GazetteerFlags.OrgHead | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        }

        // A county in -shire the lists lack ("Wealdshire" of "Wealdshire County Council") is a place alone, as a listed one is.
        // A head the lists lack leads a name as the kind of organisation, not its name: "die Handwerkskammer" alone
        // is any chamber, though "Handwerkskammer Reutlingen" is one. A name hyphenated to the head keeps it one
        // ("EU-Kommission", "CSU-Fraktion").
        return (flags & never) == 0 && !(type == EntityType.Organization
            && (_lexicon.IsPlaceAdjective(word) || EntityConsolidator.IsCountyWord(word) || word.IndexOf('-') < 0 && _lexicon.EndsWithHead(word, _lexicon.OrgHeads)));
    }

    /// <summary>
    /// Records a German town that an article's team cues make a club ("Nürnbergs Trainer", "Heimsieg gegen Ulm") as
    /// the club's word, unless the word names something already: the town names the club wherever the tagger read it,
    /// but after a preposition of place or in a dateline it stays the town (EntityKey). The club's key is the word
    /// marked apart, so that the town and the club are two entities.
    /// </summary>
    public void RegisterClubTown(string word) => _words.TryAdd(word, (word + ClubKeyMark, EntityType.Organization, true, true, false));

    // Marks the key of a club named only by its town, apart from the town's own key (the word itself).
    private const string ClubKeyMark = "\u0001club";

    /// <summary>
    /// True where the word at <paramref name="index"/> is a place by its position: after a preposition of place ("in
    /// Nürnberg", "aus dem Emsland") or in a dateline ("Nürnberg. Die …").
    /// </summary>
    public bool IsPlaceByPosition(int index) => IsAfterPlacePreposition(index) || IsDateline(index);

    /// <summary>
    /// Finds a known name starting at token <paramref name="index"/> that ends before token
    /// <paramref name="limit"/>: a full name first (longest), else a single word, else a genitive form of one.
    /// </summary>
    public bool Match(int index, int limit, out EntityConsolidator.Span match)
    {
        var word = _tokens[index].Span;
        if (TryFull(word, out var candidates))
        {
            foreach (var (words, _, type) in candidates)
            {
                if (index + words.Length <= limit && FollowsFrom(index, words))
                {
                    match = new EntityConsolidator.Span(index, index + words.Length, type, Spread: true);
                    return true;
                }
            }
        }

        if (TryWord(word, out var entry) && (entry.Spreadable && !(entry.TitleWord && CapitalisedWordFollows(index)) || AfterTitle(index, entry.Type)))
        {
            match = new EntityConsolidator.Span(index, index + 1, entry.Type, Spread: true);
            return true;
        }

        var stem = GenitiveStem(word);
        if (stem.Length < word.Length && TryWord(stem, out entry) && entry.Spreadable)
        {
            match = new EntityConsolidator.Span(index, index + 1, entry.Type, Spread: true, Genitive: true);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The name a mention belongs to: its full text when that is a known full name, else the name its single
    /// word stands for (unless the word is a place the tagger called a place), else its own text.
    /// </summary>
    public string EntityKey(EntityConsolidator.Span span)
    {
        if (span.Count > 1)
        {
            var full = FullText(span);
            if (_aliases.TryGetValue(full, out var alias))
            {
                return alias;
            }

            // "van Dam", "Van Dam" of "Joost van Dam": a surname with its particles is the person named in full.
            return span.Type == EntityType.Person && IsParticlesAndSurname(span) && TryWord(_tokens[span.End - 1].Span, out var surname)
                && surname.Type == EntityType.Person && surname.Key.EndsWith(' ' + full, StringComparison.OrdinalIgnoreCase) ? surname.Key : full;
        }

        var word = _tokens[span.First].Span;
        var found = TryWord(word, out var entry);
        var stem = GenitiveStem(word);
        if (!found)
        {
            found = stem.Length < word.Length && TryWord(stem, out entry);
        }
        else if (span.Type == EntityType.Person && entry.Type == EntityType.Person && IsGenitiveOfPlaceNamed(word, stem))
        {
            // "Plauens Stadtrat" … "in Plauen": a genitive the tagger read as a person's, of a word the article names as
            // a place (and as no person's surname), is that place.
            return stem.ToString();
        }

        if (!found)
        {
            return _tokens[span.First].Text;
        }

        // "Fink sagte" in an article about "Fink Geflügel GmbH" and its owner "Heinrich Fink": a word the tagger itself
        // read as a person's stands for the person the article names in full, not for the firm sharing the surname.
        if (entry.Type == EntityType.Organization && span.Type == EntityType.Person && !span.Spread && _surnames.Count > 0
            && (_surnames.TryGetValue(word.ToString(), out var person) || _surnames.TryGetValue(NameIndex.GenitiveStem(word).ToString(), out person)))
        {
            return person;
        }

        // "Gewürzhersteller Pfeffer" in an article about "Jens Pfeffer", who ran it: a word its context made a firm's
        // (a descriptive noun before it, a legal form) names the firm that shares the surname, not the person, so it does
        // not turn the person named in full into an organisation by its vote; where the article names that firm in full
        // ("Pfeffer Gewürze GmbH"), it is that firm.
        if (entry.Type == EntityType.Person && span.Type == EntityType.Organization && span.Strong && !span.Spread && !word.SequenceEqual(entry.Key))
        {
            return TryFounderFirm(word, out var firm) ? firm : _tokens[span.First].Text;
        }

        var flags = _gazetteer.Lookup(word);
        var place = (flags & (GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region)) != 0;
        // A word the lists know as a surname, standing for a person the article named in full ("Jessica Hill" …
        // "Hill beat Santos"), is that person even where the tagger saw a place. English only; country names stay apart.
        var surnameOfNamed = entry.Type == EntityType.Person && !word.SequenceEqual(entry.Key) && _lexicon.Language == Language.English
            && (flags & GazetteerFlags.Surname) != 0 && (flags & GazetteerFlags.Country) == 0;
        // A club's place after an article is a region, not the club ("HSG Weserbergland" … "Fans aus dem Weserbergland").
        var regionWithArticle = entry.Club && _lexicon.Language == Language.German && span.First > 0 && _lexicon.Determiners.Contains(_tokens[span.First - 1].Span);
        // A place the tagger read right after a preposition of place, or in a dateline, is that place, also where the
        // word names a club or an organisation elsewhere in the article ("TV Schweinfurt" … "Bamberg siegt in
        // Schweinfurt", "Schweinfurt. Der HC Bamberg …", "Betriebe am Mittelrhein"), gazetteer or not ("HSG
        // Weserbergland" … "Fans aus dem Weserbergland").
        var placeByPosition = entry.Type == EntityType.Organization && (IsAfterPlacePreposition(span.First) || IsDateline(span.First));
        if (!span.Spread && span.Type != entry.Type && span.Type == EntityType.Location && !surnameOfNamed
            && (place && (!entry.Club || regionWithArticle) || placeByPosition))
        {
            return _tokens[span.First].Text;
        }

        return entry.Key;
    }

    /// <summary>
    /// True when the word (or its genitive's stem) both leads an organisation named in full and is the surname of a
    /// person named in full ("Salt" of "Salt Recruitment Ltd" and "Margaret Salt"); gives the organisation's key.
    /// </summary>
    public bool TryFounderFirm(ReadOnlySpan<char> word, out string firm)
    {
        if (_firms.Count == 0 || _surnames.Count == 0)
        {
            firm = "";
            return false;
        }

        var text = word.ToString();
        if (!_firms.TryGetValue(text, out firm!) || !_surnames.ContainsKey(text))
        {
            var stem = GenitiveStem(word).ToString();
            if (stem.Length == text.Length || !_firms.TryGetValue(stem, out firm!) || !_surnames.ContainsKey(stem))
            {
                firm = "";
                return false;
            }
        }

        return true;
    }

    // A German genitive ("Plauens") whose stem the article names as a place by itself ("Plauen"), and no full name
    // has as a surname.
    private bool IsGenitiveOfPlaceNamed(ReadOnlySpan<char> word, ReadOnlySpan<char> stem) =>
        _lexicon.Language == Language.German && stem.Length < word.Length && TryWord(stem, out var place) && place.Type == EntityType.Location
        && stem.SequenceEqual(place.Key) && !_surnames.ContainsKey(word.ToString()) && !_surnames.ContainsKey(stem.ToString());

    // All words but the last are name particles ("van", "von der"; capitalised at a sentence start: "Van").
    private bool IsParticlesAndSurname(EntityConsolidator.Span span)
    {
        Span<char> lower = stackalloc char[8];
        for (var i = span.First; i < span.End - 1; i++)
        {
            var word = _tokens[i].Span;
            if (word.Length > 8 || word.ToLowerInvariant(lower) < 0 || !_lexicon.Connectors.Contains(lower[..word.Length]) || _lexicon.Determiners.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a one-word genitive form of a known name ("Menschs" when "Mensch" is known).</summary>
    public bool IsGenitiveOfKnown(ReadOnlySpan<char> word)
    {
        var stem = GenitiveStem(word);
        return stem.Length < word.Length && TryWord(stem, out _) && !TryWord(word, out _);
    }

    /// <summary>
    /// The word without a genitive ending: "Menschs" → "Mensch", "Merz'" → "Merz", "Apple's" → "Apple".
    /// Words of three letters or fewer are left alone.
    /// </summary>
    public static ReadOnlySpan<char> GenitiveStem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word[^1] == 's' && word[^2] is '\'' or '’')
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] is '\'' or '’' && word[^2] is 's' or 'x' or 'z' or 'ß')
        {
            return word[..^1];
        }

        if (word.Length > 3 && word[^1] == 's' && char.IsLower(word[^2]))
        {
            return word[..^1];
        }

        return word;
    }

    // A dateline: the word opens a paragraph and a dash or a one-word agency in brackets follows ("Oldenburg – Die …",
    // "Nürnberg (dpa) – Torjäger …"); it is where the article was written, even where the place also names a club of
    // the article.
    private bool IsDateline(int index) =>
        (index == 0 || _text.AsSpan(_tokens[index - 1].End, _tokens[index].Start - _tokens[index - 1].End).Contains('\n'))
        && index + 1 < _tokens.Count && (_tokens[index + 1].Span is "–" or "—"
            || _tokens[index + 1].Span is "(" && index + 3 < _tokens.Count && _tokens[index + 3].Span is ")"
            || IsPeriodDateline(index));

    // "Schweinfurt. Der HC Bamberg hat …": a paragraph opened by one word, a full stop right after it and a capitalised
    // word is a dateline (a German paper's style) too.
    private bool IsPeriodDateline(int index) =>
        index + 2 < _tokens.Count && _tokens[index + 1].Span is "." && _tokens[index + 1].Start == _tokens[index].End
        && _tokens[index + 2].Kind == TokenKind.Word && char.IsUpper(_tokens[index + 2].Span[0]);

    // The word at index follows a preposition of place, right after it ("in Schweinfurt") or after an article ("aus dem
    // Weserbergland"); place-prepositions.de.txt, German only (the list is empty for English).
    private bool IsAfterPlacePreposition(int index)
    {
        if (index == 0 || _lexicon.PlacePrepositions.Count == 0)
        {
            return false;
        }

        var before = _tokens[index - 1].Span;
        return _lexicon.PlacePrepositions.Contains(before)
            || index > 1 && _lexicon.Determiners.Contains(before) && _lexicon.PlacePrepositions.Contains(_tokens[index - 2].Span);
    }

    private bool CapitalisedWordFollows(int index) =>
        index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word && char.IsUpper(_tokens[index + 1].Span[0])
        && _tokens[index + 1].Start - _tokens[index].End == 1;

    // A person's one-word name that is a common noun too ("Rose", "Field") is not looked for everywhere, but right
    // after a title ("Mrs Justice Rose", "Councillor Field") it is the name. English only (not measured on German).
    private bool AfterTitle(int index, EntityType type) =>
        type == EntityType.Person && _lexicon.Language == Language.English && index > 0
        && _tokens[index].Start - _tokens[index - 1].End == 1
        && (_gazetteer.LookupExact(_tokens[index - 1].Span) & GazetteerFlags.PersonTitle) != 0;

    private bool FollowsFrom(int index, string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (!_tokens[index + i].Span.SequenceEqual(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private string FullText(EntityConsolidator.Span span)
    {
        if (span.Count == 1)
        {
            return _tokens[span.First].Text;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = span.First; i < span.End; i++)
        {
            if (i > span.First)
            {
                builder.Append(' ');
            }

            builder.Append(_text.AsSpan(_tokens[i].Start, _tokens[i].Length));
        }

        return builder.ToString();
    }

    private bool TryFull(ReadOnlySpan<char> word, out List<(string[] Words, string Key, EntityType Type)> candidates)
    {
#if NET9_0_OR_GREATER
        return _fullByFirstSpan.TryGetValue(word, out candidates!);
#else
        return _fullByFirst.TryGetValue(word.ToString(), out candidates!);
#endif
    }

    private bool TryWord(ReadOnlySpan<char> word, out (string Key, EntityType Type, bool Spreadable, bool Club, bool TitleWord) entry)
    {
#if NET9_0_OR_GREATER
        return _wordsSpan.TryGetValue(word, out entry);
#else
        return _words.TryGetValue(word.ToString(), out entry);
#endif
    }
}
