using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// The word lists of the document-level entity pass for one language: the gazetteer (titles, legal forms,
/// currencies, date words, demonyms, function words) and the pass's data files in <c>Resources/Entities</c>
/// (determiners, name connectors, organisation, group, media, venue, event and tournament heads, company and work
/// nouns, club prefixes and nicknames, ...), each named where the constructor reads it; a file ending in
/// <c>.de.txt</c> or <c>.en.txt</c> serves that language only. Immutable, loaded once per language.
/// </summary>
internal sealed class ConsolidationLexicon
{
    private static readonly Lazy<ConsolidationLexicon> s_german = new(() => new ConsolidationLexicon(Language.German), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ConsolidationLexicon> s_english = new(() => new ConsolidationLexicon(Language.English), LazyThreadSafetyMode.ExecutionAndPublication);

    // The lists that merge both languages are the same for either instance: read and built once.
    private static readonly Lazy<(SpanLexicon Connectors, string[] OrgHeads, string[] EventHeads)> s_bothLanguages = new(
        () => (
            // Both languages' connectors: German articles name English institutions ("Council on Security and Development").
            new SpanLexicon(new[] { "de", "en" }.SelectMany(c => EmbeddedResources.ReadLines($"Entities/name-connectors.{c}.txt"))),
            // Both languages' heads: German articles name English organisations and events too ("Northfield University").
            [.. new[] { "org-heads.de", "org-heads.en", "document-org-heads.de", "document-org-heads.en" }.SelectMany(f => EmbeddedResources.ReadLines($"Entities/{f}.txt")).Select(w => w.ToLowerInvariant()).Distinct()],
            [.. new[] { "de", "en" }.SelectMany(c => EmbeddedResources.ReadLines($"Entities/event-heads.{c}.txt")).Distinct()]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private ConsolidationLexicon(Language language)
    {
        Language = language;
        var code = language.ToCode();
        Gazetteer = NerGazetteer.ForLanguage(language);
        // Case-insensitive: a sentence-initial "Der Mensch" is guarded too.
        Determiners = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/determiners.{code}.txt"), ignoreCase: true);
        (Connectors, OrgHeads, var eventHeads) = s_bothLanguages.Value;
        EventHeads = language == Language.English ? [.. eventHeads, .. OnlyFor(Language.English, "tournament-heads")] : eventHeads;
        DescriptorHeads = [.. EmbeddedResources.ReadLines($"Entities/descriptor-heads.{code}.txt")];
        ClubPrefixes = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/club-prefixes.{code}.txt"));
        VenueHeads = [.. EmbeddedResources.ReadLines($"Entities/venue-heads.{code}.txt")];
        // Lists only one language has: empty for the other. Only German names a product after its noun ("die App DB
        // Navigator"; English puts the name first: "the DB Navigator app").
        ProductDescriptors = new SpanLexicon(OnlyFor(Language.German, "product-descriptors"));
        WorkplaceNouns = new SpanLexicon(OnlyFor(Language.English, "workplace-nouns"), ignoreCase: true);
        CompanyNouns = new SpanLexicon(OnlyFor(Language.English, "company-nouns"));
        LandscapeNouns = new SpanLexicon(OnlyFor(Language.English, "landscape-nouns"));
        PostNominals = new SpanLexicon(OnlyFor(Language.English, "post-nominals"));
        LeagueRegions = new SpanLexicon(OnlyFor(Language.German, "league-regions"));
        WeatherHeads = new SpanLexicon(OnlyFor(Language.English, "weather-heads"));
        SchoolHeads = new SpanLexicon(OnlyFor(Language.English, "school-heads"));
        CouncilPrefixes = new SpanLexicon(OnlyFor(Language.English, "council-prefixes"));
        CampaignVerbs = new SpanLexicon(OnlyFor(Language.English, "campaign-verbs"));
        LawHeads = new SpanLexicon(OnlyFor(Language.English, "law-heads"));
        CompassWords = new SpanLexicon(OnlyFor(Language.English, "compass-words"));
        PartyMemberNouns = new SpanLexicon(OnlyFor(Language.English, "party-member-nouns"));
        JoinVerbs = new SpanLexicon(OnlyFor(Language.English, "join-verbs"));
        FirmCueNouns = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/firm-cue-nouns.{code}.txt"));
        var founderCues = EmbeddedResources.ReadLines("Entities/founder-firm-cues.tsv").Select(line => line.Split('\t')).ToList();
        FounderEmployVerbs = new SpanLexicon(founderCues.Where(c => c[0] == "employs").Select(c => c[1]));
        PassiveAuxiliaries = new SpanLexicon(founderCues.Where(c => c[0] == "passive").Select(c => c[1]));
        FoundingParticiples = new SpanLexicon(founderCues.Where(c => c[0] == "founded").Select(c => c[1]));
        AppositionClosers = new SpanLexicon(OnlyFor(Language.English, "apposition-closers"));
        FirmCueDeals = new SpanLexicon(OnlyFor(Language.English, "firm-cue-deals"));
        IndustryHeads = new SpanLexicon(OnlyFor(Language.English, "industry-heads"));
        FamilyNouns = new SpanLexicon(OnlyFor(Language.English, "family-nouns"));
        ProductNouns = new SpanLexicon(OnlyFor(Language.English, "product-nouns"));
        TitleAbbreviations = new SpanLexicon(OnlyFor(Language.English, "title-abbreviations"));
        WorkHeads = new SpanLexicon(OnlyFor(Language.English, "work-heads"));
        NewspaperHeads = new SpanLexicon(OnlyFor(Language.English, "newspaper-heads"));
        HonourHeads = new SpanLexicon(OnlyFor(Language.English, "honour-heads"), ignoreCase: true);
        TeamVerbs = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/team-verbs.{code}.txt"));
        SurnamePrefixes = new SpanLexicon(OnlyFor(Language.English, "surname-prefixes"));
        BroadcastWords = new SpanLexicon(OnlyFor(Language.English, "broadcast-words"), ignoreCase: true);
        NumberedOrgWords = new SpanLexicon(OnlyFor(Language.English, "numbered-org-words"), ignoreCase: true);
        TeamMembers = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/team-members.{code}.txt"));
        TeamContests = new SpanLexicon(OnlyFor(Language.English, "team-contests"));
        TeamResults = [.. EmbeddedResources.ReadLines($"Entities/team-results.{code}.txt").Select(line => line.Split(' '))];
        ClubSuffixes = [.. OnlyFor(Language.English, "club-suffixes").Select(line => line.Split(' '))];
        ClubTownSuffixes = [.. OnlyFor(Language.English, "club-town-suffixes").Select(line => line.Split(' '))];
        PeerageTitles = new SpanLexicon(OnlyFor(Language.English, "peerage-titles"));
        CommonAcronyms = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/common-acronyms.{code}.txt"));
        CompanyHeads = [.. OnlyFor(Language.German, "company-nouns")];
        // Both languages: German articles name English places too ("Bedford Falls").
        PlacePlurals = new SpanLexicon(EmbeddedResources.ReadLines("Entities/place-plurals.en.txt"));
        GenitiveOrgHeads = [.. OnlyFor(Language.German, "genitive-org-heads")];
        WorkNouns = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/work-nouns.{code}.txt"));
        ClubNicknames = new SpanLexicon(OnlyFor(Language.German, "club-nicknames"));
        TeamTitles = new SpanLexicon(OnlyFor(Language.German, "team-titles"));
        MunicipalityHeads = [.. OnlyFor(Language.German, "municipality-heads")];
        GroupHeads = [.. OnlyFor(Language.German, "group-heads")];
        MediaHeads = [.. OnlyFor(Language.German, "media-heads")];
        FounderHeads = [.. OnlyFor(Language.German, "founder-heads")];
        SurnameBusinessHeads = [.. OnlyFor(Language.German, "surname-business-heads")];
        DistrictHeads = new SpanLexicon(OnlyFor(Language.German, "district-heads"));
        BroadcasterHeads = [.. OnlyFor(Language.German, "broadcaster-heads")];
        ChampionshipHeads = [.. OnlyFor(Language.German, "championship-heads")];
        GermanLawHeads = [.. OnlyFor(Language.German, "law-heads")];
        GermanLawCodeHeads = [.. OnlyFor(Language.German, "law-code-heads")];
        GermanLawPrefixes = new SpanLexicon(OnlyFor(Language.German, "law-prefixes"));
        LawCitationWords = new SpanLexicon(OnlyFor(Language.German, "law-citation-words"));
        LawCitationParts = new SpanLexicon(OnlyFor(Language.German, "law-citation-parts"));
        SeatHeads = [.. OnlyFor(Language.German, "seat-heads")];
        PlaceNameConnectors = [.. OnlyFor(Language.German, "place-name-connectors").Select(line => line.Split(' '))];
        PlacePrepositions = new SpanLexicon(OnlyFor(Language.German, "place-prepositions"), ignoreCase: true);
        AmpersandPhrases = new HashSet<string>(EmbeddedResources.ReadLines("Entities/ampersand-phrases.txt"), StringComparer.Ordinal);

        IEnumerable<string> OnlyFor(Language owner, string list) =>
            language == owner ? EmbeddedResources.ReadLines($"Entities/{list}.{owner.ToCode()}.txt") : [];
    }

    /// <summary>
    /// Heads of public authorities named by their seat, lower case ("gericht": "Landgericht Oldenburg";
    /// "staatsanwaltschaft"); compounds count; German only.
    /// </summary>
    public string[] SeatHeads { get; }

    /// <summary>
    /// Words that join a town's name to its river or region ("am": "Frankfurt am Main"; "an der"), each split into its
    /// words; German only.
    /// </summary>
    public string[][] PlaceNameConnectors { get; }

    /// <summary>
    /// Fixed phrases of two capitalised words joined by " &amp; " that name no firm ("Rock &amp; Roll", "Bed &amp; Breakfast"),
    /// as written; both languages. Read-only after construction.
    /// </summary>
    public IReadOnlySet<string> AmpersandPhrases { get; }

    /// <summary>
    /// Prepositions after which a name the tagger read as a place is that place ("in", "nach", "aus"), also with an
    /// article between ("aus dem"); German only.
    /// </summary>
    public SpanLexicon PlacePrepositions { get; }

    /// <summary>Last words of German newspapers' names, lower case ("post", "rundschau", "anzeiger"); German only.</summary>
    public string[] MediaHeads { get; }

    /// <summary>
    /// Last parts of German hyphenated championships after the kind of contest, lower case ("dm": "Kurzbahn-DM",
    /// "weltmeisterschaften": "Hallen-Weltmeisterschaften"); German only.
    /// </summary>
    public string[] ChampionshipHeads { get; }

    /// <summary>Endings of a compound that names a law when cited or specific, lower case ("gesetz", "verordnung"); German only.</summary>
    public string[] GermanLawHeads { get; }

    /// <summary>Endings of a compound that always names a code of law, lower case ("gesetzbuch"); German only.</summary>
    public string[] GermanLawCodeHeads { get; }

    /// <summary>First parts of a hyphenated law name that only say who made it, as written ("EU", "Bundes"); German only.</summary>
    public SpanLexicon GermanLawPrefixes { get; }

    /// <summary>Words that open a citation of a law's section, as written ("§", "Art."); German only.</summary>
    public SpanLexicon LawCitationWords { get; }

    /// <summary>Words inside a citation of a law's section before the law, as written ("Abs.", "Satz"); German only.</summary>
    public SpanLexicon LawCitationParts { get; }

    /// <summary>Last parts of German broadcasters' names after a place, lower case ("funk": "Deutschlandfunk"); German only.</summary>
    public string[] BroadcasterHeads { get; }

    /// <summary>
    /// Organisation heads a founder's name joins with a hyphen into the organisation's name, lower case ("stiftung":
    /// "Possehl-Stiftung"); German only.
    /// </summary>
    public string[] FounderHeads { get; }

    /// <summary>Heads of a small business named by a surname after them, lower case ("weingut", "autohaus"); German only.</summary>
    public string[] SurnameBusinessHeads { get; }

    /// <summary>Heads that belong to a German district's name before its place, exact case ("Landkreis"); German only.</summary>
    public SpanLexicon DistrictHeads { get; }

    /// <summary>Group nouns that end a German company's name after its own word, lower case ("gruppe", "holding"); German only.</summary>
    public string[] GroupHeads { get; }

    /// <summary>Last words of German words for a municipality, lower case ("gemeinde"); German only.</summary>
    public string[] MunicipalityHeads { get; }

    /// <summary>
    /// True for a word that may be the place in an English club's name before its nickname: capitalised, three
    /// letters or more, no first name ("Chelsea Jones"), title, function word, date word or demonym.
    /// </summary>
    public bool IsClubPlace(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsUpper(word[0])
        && (Gazetteer.Lookup(word) & (GazetteerFlags.FirstName | GazetteerFlags.PersonTitle | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym)) == 0;

    /// <summary>
    /// True for the town before an English club's suffix ("Preston" of "Preston North End", "Swansea" of "Swansea City"):
    /// a capitalised word the lists know as a city and not as a country ("Mexico" of "Mexico City"), function word, date
    /// word, demonym or title. A first name or surname may be a town too ("Preston").
    /// </summary>
    public bool IsClubTown(ReadOnlySpan<char> word)
    {
        const GazetteerFlags never = GazetteerFlags.Country | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym | GazetteerFlags.PersonTitle;
        return word.Length >= 3 && char.IsUpper(word[0]) && (Gazetteer.LookupExact(word) & GazetteerFlags.City) != 0 && (Gazetteer.Lookup(word) & never) == 0;
    }

    /// <summary>Nouns for a firm's staff, any case ("analysts", "economist"): "analysts at X" names an employer; English only.</summary>
    public SpanLexicon WorkplaceNouns { get; }

    /// <summary>Nouns that make an apposition after "a"/"an" call a name a business, lower case ("carrier", "maker"); English only.</summary>
    public SpanLexicon CompanyNouns { get; }

    /// <summary>
    /// Nouns that make a German apposition call a name a business or body, lower case, compounds too ("unternehmen":
    /// ", ein spanisch-deutsches Unternehmen", "firma": ", eine Kölner Softwarefirma"); German only.
    /// </summary>
    public string[] CompanyHeads { get; }

    /// <summary>Words between a broadcaster and a place that name its local service, any case ("Radio"); English only.</summary>
    public SpanLexicon BroadcastWords { get; }

    /// <summary>Words that name an organisation before a number ("Channel 4"), any case; English only.</summary>
    public SpanLexicon NumberedOrgWords { get; }

    /// <summary>Beginnings of surnames with a capital inside ("Mc", "De", "Fitz"), exact case; English only.</summary>
    public SpanLexicon SurnamePrefixes { get; }

    /// <summary>Verbs only a team does to another ("declared", "beat"; "siegte", "besiegte"), exact case.</summary>
    public SpanLexicon TeamVerbs { get; }

    /// <summary>Nouns for a team's players after a possessive ("seamers", "striker"; "Trainer", "Torhüter"), exact case.</summary>
    public SpanLexicon TeamMembers { get; }

    /// <summary>Nouns for a contest before "against"/"for" and a team, lower case ("match", "appearances"); English only.</summary>
    public SpanLexicon TeamContests { get; }

    /// <summary>
    /// A result noun and the preposition before the opponent, each split into its words ("win over", "defeat to";
    /// "Heimsieg gegen"), exact case.
    /// </summary>
    public string[][] TeamResults { get; }

    /// <summary>
    /// Last words of a club's name after its town that name no place ("Rovers", "North End"), each split into its
    /// words, exact case; English only.
    /// </summary>
    public string[][] ClubSuffixes { get; }

    /// <summary>
    /// Last words of a club's name after its town that end place names too ("City", "Town"), each split into its words,
    /// exact case; English only.
    /// </summary>
    public string[][] ClubTownSuffixes { get; }

    /// <summary>
    /// The number of tokens from <paramref name="index"/> on that are one of <paramref name="suffixes"/>, each word one
    /// space after the one before; 0 for none (the longest match wins).
    /// </summary>
    public static int SuffixLength(string text, IReadOnlyList<Token> tokens, int index, string[][] suffixes)
    {
        var best = 0;
        foreach (var words in suffixes)
        {
            var matched = words.Length > best && index + words.Length <= tokens.Count;
            for (var w = 0; w < words.Length && matched; w++)
            {
                var t = index + w;
                matched = tokens[t].Span.SequenceEqual(words[w]) && t > 0 && tokens[t].Start - tokens[t - 1].End == 1
                    && text[tokens[t - 1].End] == ' ';
            }

            if (matched)
            {
                best = words.Length;
            }
        }

        return best;
    }

    /// <summary>Words after a name that make an honour of it, any case ("Prize", "Medal"); English only.</summary>
    public SpanLexicon HonourHeads { get; }

    /// <summary>Words that open a council's formal name before "of", as written ("City", "Borough"); English only.</summary>
    public SpanLexicon CouncilPrefixes { get; }

    /// <summary>Imperatives that name a campaign before a name, as written ("Save"); English only.</summary>
    public SpanLexicon CampaignVerbs { get; }

    /// <summary>Heads that end a school's name, as written ("Academy", "School"); English only.</summary>
    public SpanLexicon SchoolHeads { get; }

    /// <summary>Letters after a British person's name ("KC", "MP", "OBE"; English only): no part of the name.</summary>
    public SpanLexicon PostNominals { get; }

    /// <summary>Words after a German league's name that give its region ("Regionalliga Nordost"); German only.</summary>
    public SpanLexicon LeagueRegions { get; }

    /// <summary>Words before a storm's given name ("Storm", "Hurricane"); English only.</summary>
    public SpanLexicon WeatherHeads { get; }

    /// <summary>Nouns of a landscape a place's name stands before, lower case ("estuary", "valley"); English only.</summary>
    public SpanLexicon LandscapeNouns { get; }

    /// <summary>Last words of a law's, tax's or treaty's name after "the", as written ("Act", "Levy"); English only.</summary>
    public SpanLexicon LawHeads { get; }

    /// <summary>Compass words that name a ward after a place, as written ("North", "Central"); English only.</summary>
    public SpanLexicon CompassWords { get; }

    /// <summary>Nouns for a party's people right after its name, as written ("candidate", "MPs"); English only.</summary>
    public SpanLexicon PartyMemberNouns { get; }

    /// <summary>Forms of joining an employer before "from", as written ("joined", "joins"); English only.</summary>
    public SpanLexicon JoinVerbs { get; }

    /// <summary>Nouns only a firm or club has right after its name or its "'s" (German: its genitive), as written ("shareholders", "fleet", "Umsatz").</summary>
    public SpanLexicon FirmCueNouns { get; }

    /// <summary>Verbs of employing right after a firm's name, as written ("employs", "beschäftigt"); both languages.</summary>
    public SpanLexicon FounderEmployVerbs { get; }

    /// <summary>Auxiliaries of a passive right after a name ("was", "wurde"), before a founding participle; both languages.</summary>
    public SpanLexicon PassiveAuxiliaries { get; }

    /// <summary>Founding participles, as written ("founded", "gegründet", sentence-initial "Gegründet"); both languages.</summary>
    public SpanLexicon FoundingParticiples { get; }

    /// <summary>English lower-case words that close a descriptive noun phrase in an apposition ("the drinks group behind …"); empty for German.</summary>
    public SpanLexicon AppositionClosers { get; }

    /// <summary>Words of a deal before "in"/"with"/"of" and a firm, as written ("shares", "tie-up", "merger"); English only.</summary>
    public SpanLexicon FirmCueDeals { get; }

    /// <summary>Capitalised industry words that end a firm's name, as written ("Shipping", "Homes"); English only.</summary>
    public SpanLexicon IndustryHeads { get; }

    /// <summary>Nouns for a family named by its surname, as written ("family", "brothers"); English only.</summary>
    public SpanLexicon FamilyNouns { get; }

    /// <summary>Nouns for a kind of product before "such as"/"like" and its names, as written ("software", "apps"); English only.</summary>
    public SpanLexicon ProductNouns { get; }

    /// <summary>Short forms of titles the gazetteer lacks, as written ("Cllr", "Supt"); English only.</summary>
    public SpanLexicon TitleAbbreviations { get; }

    /// <summary>Last words of a musical work's name, as written ("Symphony", "Concerto"); English only.</summary>
    public SpanLexicon WorkHeads { get; }

    /// <summary>Last words of a newspaper's name, as written ("Chronicle", "Gazette"); English only.</summary>
    public SpanLexicon NewspaperHeads { get; }

    /// <summary>Titles of nobility and church named "Title Name of Place", exact case ("Baron", "Earl"); English only.</summary>
    public SpanLexicon PeerageTitles { get; }

    /// <summary>Capitalised abbreviations of common nouns that are no name by themselves, exact case ("BIP", "GDP").</summary>
    public SpanLexicon CommonAcronyms { get; }

    /// <summary>Plural words that end English place names, exact case ("Falls", "Islands"); for both languages.</summary>
    public SpanLexicon PlacePlurals { get; }

    /// <summary>
    /// True where <paramref name="word"/> after the listed team name <paramref name="team"/> is the club's unknown town
    /// ("Kranz Volleys Lohhof"): the team name is an English plural ("Volleys", "Baskets"), which no German word looks
    /// like ("Adler", "Haie" are German nouns and surnames and need a town the gazetteer knows), and the word is
    /// capitalised, lower case after the first letter, no article and nothing else the lists know (no common noun,
    /// function word, first name, title or demonym).
    /// </summary>
    public bool IsUnlistedTownAfterTeamPlural(ReadOnlySpan<char> team, ReadOnlySpan<char> word)
    {
        const GazetteerFlags other = GazetteerFlags.FunctionWord | GazetteerFlags.CommonNoun | GazetteerFlags.FirstName
            | GazetteerFlags.PersonTitle | GazetteerFlags.Demonym;
        if (team.Length <= 3 || team[^1] != 's' || !ClubNicknames.Contains(team) || word.Length <= 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return (Gazetteer.Lookup(word) & other) == 0 && !Determiners.Contains(word);
    }

    /// <summary>
    /// True for an English plural in a German text that may be a club's team name after its place ("Mariners" of
    /// "Emsland Mariners"): capitalised, five letters or more, lower case after the first, ending in a single "s" (not
    /// "-es", "-ss": German genitives), no place plural ("Falls"), and no German noun, name, place or function word the lists know. German only.
    /// </summary>
    public bool IsGermanTeamPlural(ReadOnlySpan<char> word)
    {
        const GazetteerFlags known = GazetteerFlags.CommonNoun | GazetteerFlags.FunctionWord | GazetteerFlags.Surname | GazetteerFlags.FirstName
            | GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country | GazetteerFlags.Demonym | GazetteerFlags.DateWord;
        return Language == Language.German && word.Length >= 5 && char.IsUpper(word[0]) && !word[1..].ContainsAnyExceptInRange('a', 'z')
            && word[^1] == 's' && word[^2] is not ('s' or 'e') && !PlacePlurals.Contains(word) && (Gazetteer.Lookup(word) & known) == 0;
    }

    /// <summary>
    /// True for a plural nickname after an English club's place that may stand for the club alone ("Bears" of
    /// "Birmingham Bears", "Falcons"): a capitalised plural in -s of four letters or more, lower case after the first, no
    /// place-name plural ("Falls") and nothing the lists know as a function word, date, people, country or region; a
    /// surname is allowed ("Bears"), as the club's place must come before it. English only.
    /// </summary>
    public bool IsEnglishClubNickname(ReadOnlySpan<char> word)
    {
        const GazetteerFlags other = GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym | GazetteerFlags.Country | GazetteerFlags.Region;
        return Language == Language.English && word.Length >= 4 && char.IsUpper(word[0]) && !word[1..].ContainsAnyExceptInRange('a', 'z')
            && word[^1] == 's' && word[^2] != 's' && !PlacePlurals.Contains(word) && (Gazetteer.Lookup(word) & other) == 0;
    }

    /// <summary>
    /// True for the last word of an English club's name after its place ("Saints" of "Northampton Saints", "Chiefs",
    /// "Rovers"): a capitalised plural in -s of four letters or more that no list knows as a surname or a place-name
    /// plural ("Falls", "Islands"). Always false for German, whose clubs put their nickname elsewhere.
    /// </summary>
    public bool IsClubPlural(ReadOnlySpan<char> word) =>
        Language == Language.English && word.Length >= 4 && char.IsUpper(word[0]) && char.IsLower(word[1]) && word[^1] == 's' && word[^2] != 's'
        && !PlacePlurals.Contains(word) && (Gazetteer.Lookup(word) & (GazetteerFlags.Surname | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.Demonym | GazetteerFlags.Country | GazetteerFlags.Region)) == 0;

    /// <summary>Heads of German names that go on with a genitive, lower case ("bund", "verband"); German only.</summary>
    public string[] GenitiveOrgHeads { get; }

    /// <summary>Nouns for a work near a quoted title, exact case ("Oper", "Roman"; "novel", "album").</summary>
    public SpanLexicon WorkNouns { get; }

    /// <summary>Team names of clubs, exact case ("Baskets", "Falcons", "Adler"); German only.</summary>
    public SpanLexicon ClubNicknames { get; }

    /// <summary>Nouns for a team's place in its league right before it, exact case ("Tabellenführer"); German only.</summary>
    public SpanLexicon TeamTitles { get; }

    /// <summary>Last words of venue names, lower case ("arena", "stadion", "ground").</summary>
    public string[] VenueHeads { get; }

    /// <summary>Nouns a product's, drug's or study's name follows, exact case ("Markennamen", "App", "Studie"); German only.</summary>
    public SpanLexicon ProductDescriptors { get; }

    /// <summary>Words a sports club's name starts with, exact case ("SC", "VfB", "FC", "Borussia").</summary>
    public SpanLexicon ClubPrefixes { get; }

    /// <summary>
    /// How many of the name's first tokens [<paramref name="first"/>, <paramref name="end"/>) are its club prefix:
    /// club prefixes and ordinals, up to the last prefix ("SC Freiburg" 1, "1. FC Köln" 2); 0 for no club.
    /// </summary>
    public int ClubPrefixLength(IReadOnlyList<Token> tokens, int first, int end)
    {
        var length = 0;
        for (var i = first; i < end && (tokens[i].Kind == TokenKind.Ordinal || ClubPrefixes.Contains(tokens[i].Span) || IsFriendsClubWord(tokens[i].Span)); i++)
        {
            if (tokens[i].Kind != TokenKind.Ordinal)
            {
                length = i - first + 1;
            }
        }

        return length;
    }

    // "Tischtennisfreunde Eichenau", "Sportfreunde Lotte": a German club named as the friends of its sport leads
    // with a compound of "-freunde", capitalised; any sport can stand before it, so no list holds them all.
    private bool IsFriendsClubWord(ReadOnlySpan<char> word) =>
        Language == Language.German && word.Length > "freunde".Length + 2 && char.IsUpper(word[0]) && word.EndsWith("freunde", StringComparison.Ordinal);

    /// <summary>Organisation head nouns, lower case ("bank", "universität"), for suffix tests of compounds.</summary>
    public string[] OrgHeads { get; }

    /// <summary>Last words of event and prize names, lower case ("festival", "marathon", "pokal").</summary>
    public string[] EventHeads { get; }

    /// <summary>Descriptive nouns before a name, lower case ("start-up", "firma", "entwickler").</summary>
    public string[] DescriptorHeads { get; }

    /// <summary>
    /// True when <paramref name="word"/> is one of <paramref name="heads"/> or, in German, a compound ending in
    /// one ("Handelsbank", "Neckar-Stiftung", "Berlin-Marathon"), compared without case.
    /// </summary>
    public bool EndsWithHead(ReadOnlySpan<char> word, string[] heads)
    {
        foreach (var head in heads)
        {
            if (word.Length == head.Length ? word.Equals(head, StringComparison.OrdinalIgnoreCase)
                : Language == Language.German && word.Length > head.Length + 2 && word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/> is a compound ending in one of <paramref name="heads"/>, longer than the head
    /// by three letters or more ("Bundesamt", "Abendpost"; not "Amt" itself), compared without case.
    /// </summary>
    public static bool IsCompoundOf(ReadOnlySpan<char> word, string[] heads)
    {
        foreach (var head in heads)
        {
            if (word.Length > head.Length + 2 && word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a German adjective of a place ("Berliner", "Dresdner", "Münchner", "Bremer"): not an entity by itself, and not
    /// the word that stands for an organisation named with it ("Hamburger Frauenhilfe" … "Hamburger" is no key).
    /// </summary>
    public bool IsPlaceAdjective(ReadOnlySpan<char> word)
    {
        if (Language != Language.German || word.Length < 6 || !word.EndsWith("er", StringComparison.Ordinal))
        {
            return false;
        }

        const GazetteerFlags place = GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region;
        if ((Gazetteer.LookupExact(word[..^2]) & place) != 0)
        {
            return true;
        }

        if (word.Length > 40)
        {
            return false;
        }

        // "Bremer", "Tuttlinger": a town ending in "-en" drops it ("Bremen", "Tuttlingen").
        Span<char> withEn = stackalloc char[word.Length];
        word[..^2].CopyTo(withEn);
        "en".CopyTo(withEn[(word.Length - 2)..]);
        if ((Gazetteer.LookupExact(withEn) & place) != 0)
        {
            return true;
        }

        if (!word.EndsWith("ner", StringComparison.Ordinal))
        {
            return false;
        }

        word[..^3].CopyTo(withEn);
        "en".CopyTo(withEn[(word.Length - 3)..]);
        return (Gazetteer.LookupExact(withEn[..(word.Length - 1)]) & place) != 0;
    }

    /// <summary>The lists of <paramref name="language"/> (English for every language but German).</summary>
    public static ConsolidationLexicon ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>German or English.</summary>
    public Language Language { get; }

    /// <summary>The entity gazetteer of the language.</summary>
    public NerGazetteer Gazetteer { get; }

    /// <summary>Articles, demonstratives, possessives: after one of these a capitalised word is a common noun.</summary>
    public SpanLexicon Determiners { get; }

    /// <summary>Lower-case words that may stand inside a name ("von", "of", "für"); others end a name.</summary>
    public SpanLexicon Connectors { get; }
}
