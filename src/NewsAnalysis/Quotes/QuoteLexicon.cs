using System.Collections.Frozen;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Quotes;

/// <summary>
/// The word lists of the quote stage, read once from <c>Resources/Quotes</c>: cue verbs and phrases per language,
/// first names with gender, role words, organisation nouns, legal forms and pronouns. Immutable and shared.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Shared = new(() => new QuoteLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CueForm[]> _germanCues;
    private readonly FrozenDictionary<string, CueForm[]> _englishCues;
    private readonly FrozenDictionary<string, char> _firstNames;
    private readonly FrozenDictionary<string, char> _roleWords;
    private readonly (string Suffix, char Gender)[] _roleSuffixes;
    private readonly FrozenSet<string> _orgNouns;
    private readonly string[] _orgNounSuffixes;
    private readonly FrozenSet<string> _legalForms;
    private readonly FrozenSet<string> _institutionWords;
    private readonly FrozenSet<string> _companyNouns;
    private readonly FrozenDictionary<string, char> _pronouns;
    private readonly FrozenSet<string> _roleTitles; // "role\ttitle"
    private readonly FrozenSet<string> _functionWords;
    private readonly FrozenSet<string> _prepositions;
    private readonly FrozenSet<string> _auxiliaries;
    private readonly FrozenSet<string> _termMarkers;
    private readonly string[] _termMarkerPrefixes;
    private readonly FrozenSet<string> _germanSubjunctives;
    private readonly FrozenSet<string> _copulas;
    private readonly FrozenSet<string> _cuePrepositions;
    private readonly FrozenSet<string> _sourceNouns;
    private readonly FrozenDictionary<string, char> _kinshipNounsDe;
    private readonly FrozenSet<string> _termMarkersAfter;
    private readonly FrozenSet<string> _pronounCuesEn;

    private QuoteLexicon()
    {
        _germanCues = ReadCues("Quotes/cues.de.tsv");
        _englishCues = ReadCues("Quotes/cues.en.tsv");
        _firstNames = EmbeddedResources.ReadLines("Quotes/first-names.tsv")
            .Select(l => l.Split('\t'))
            .ToFrozenDictionary(p => p[0], p => p.Length > 1 ? p[1][0] : 'x', StringComparer.Ordinal);
        var roles = new Dictionary<string, char>(StringComparer.Ordinal);
        var suffixes = new List<(string, char)>();
        foreach (var line in EmbeddedResources.ReadLines("Quotes/role-nouns.txt"))
        {
            var parts = line.Split('\t');
            var gender = parts.Length > 1 ? parts[1][0] : 'x';
            if (parts[0].StartsWith('*'))
            {
                suffixes.Add((parts[0][1..], gender));
            }
            else
            {
                roles[parts[0]] = gender;
            }
        }

        _roleWords = roles.ToFrozenDictionary(StringComparer.Ordinal);

        // Longest suffix first, so that "*ministerin" (f) wins over "*minister" (m).
        _roleSuffixes = [.. suffixes.OrderByDescending(s => s.Item1.Length)];
        var orgNouns = EmbeddedResources.ReadLines("Quotes/org-nouns.txt").Select(l => l.Split('\t')).ToList();
        _orgNouns = orgNouns.Where(n => !n[0].StartsWith('*')).Select(n => n[0]).ToFrozenSet(StringComparer.Ordinal);
        _companyNouns = orgNouns.Where(n => n.Length > 1 && n[1] == "c").Select(n => n[0]).ToFrozenSet(StringComparer.Ordinal);
        _orgNounSuffixes = [.. orgNouns.Where(n => n[0].StartsWith('*')).Select(n => n[0][1..])];
        var legalForms = EmbeddedResources.ReadLines("Quotes/legal-forms.txt").Select(l => l.Split('\t')).ToList();
        _legalForms = legalForms.Select(l => l[0]).ToFrozenSet(StringComparer.Ordinal);
        _institutionWords = legalForms.Where(l => l.Length > 1 && l[1] == "i").Select(l => l[0]).ToFrozenSet(StringComparer.Ordinal);
        _roleTitles = EmbeddedResources.ReadLines("Quotes/role-titles.tsv").ToFrozenSet(StringComparer.Ordinal);
        _pronouns = EmbeddedResources.ReadLines("Quotes/pronouns.tsv")
            .Select(l => l.Split('\t'))
            .ToFrozenDictionary(p => p[0], p => p[1][0], StringComparer.Ordinal);
        var functionWords = EmbeddedResources.ReadLines("Quotes/function-words.txt").Select(l => l.Split('\t')).ToList();
        _functionWords = functionWords.Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        _auxiliaries = functionWords.Where(p => p.Length > 1 && p[1] == "a").Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        var markers = EmbeddedResources.ReadLines("Quotes/term-markers.txt").ToList();
        _termMarkers = markers.Where(m => !m.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
        _termMarkerPrefixes = [.. markers.Where(m => m.EndsWith('*')).Select(m => m[..^1])];
        _prepositions = functionWords.Where(p => p.Length > 1 && p[1] == "p").Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        _germanSubjunctives = EmbeddedResources.ReadLines("Quotes/subjunctive.de.txt").ToFrozenSet(StringComparer.Ordinal);
        _copulas = EmbeddedResources.ReadLines("Quotes/copulas.txt").ToFrozenSet(StringComparer.Ordinal);
        _cuePrepositions = EmbeddedResources.ReadLines("Quotes/cue-prepositions.txt").ToFrozenSet(StringComparer.Ordinal);
        _sourceNouns = EmbeddedResources.ReadLines("Quotes/source-nouns.txt").ToFrozenSet(StringComparer.Ordinal);
        _kinshipNounsDe = EmbeddedResources.ReadLines("Quotes/kinship-nouns.de.txt").Select(l => l.Split('\t'))
            .ToFrozenDictionary(p => p[0], p => p[1][0], StringComparer.Ordinal);
        _termMarkersAfter = EmbeddedResources.ReadLines("Quotes/term-markers-after.txt").ToFrozenSet(StringComparer.Ordinal);
        _pronounCuesEn = EmbeddedResources.ReadLines("Quotes/pronoun-cues.en.txt").ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lexicon built from the embedded resources.</summary>
    public static QuoteLexicon Default => Shared.Value;

    /// <summary>Number of German cue lemmas (verbs and phrases).</summary>
    public int GermanCueCount { get; private set; }

    /// <summary>Number of English cue lemmas.</summary>
    public int EnglishCueCount { get; private set; }

    /// <summary>The cue forms whose first word is <paramref name="lowerWord"/>, or an empty span.</summary>
    public ReadOnlySpan<CueForm> Cues(Language language, string lowerWord)
    {
        var table = language == Language.English ? _englishCues : _germanCues;
        return table.TryGetValue(lowerWord, out var forms) ? forms : [];
    }

    /// <summary>The gender of a first name: 'm', 'f', 'x' (both), or '\0' when it is not a first name.</summary>
    public char FirstNameGender(string word) => _firstNames.TryGetValue(word, out var g) ? g : '\0';

    /// <summary>
    /// A capitalised nationality word the entity gazetteer knows ("Italian", "Scot", "Deutscher"), or an English one
    /// made with "man"/"woman" ("Frenchman", "Dutchwoman").
    /// </summary>
    public static bool IsNationalityWord(ReadOnlySpan<char> word, Language language)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var gazetteer = NerGazetteer.ForLanguage(language);
        if ((gazetteer.LookupExact(word) & GazetteerFlags.Demonym) != 0)
        {
            return true;
        }

        // "Kenyan", "Chilean", "Frenchman" (English only; German nationality nouns are in the lists).
        return language == Language.English && (gazetteer.IsDerivedDemonym(word) || gazetteer.IsNationalityNoun(word, plural: false));
    }

    /// <summary>
    /// Whether a word is a role or title before a name ("Dr.", "Vorstandschef", "Governor"), and the gender it
    /// implies ('m', 'f' or 'x').
    /// </summary>
    public bool IsRoleWord(string word, out char gender)
    {
        var lower = word.ToLowerInvariant();
        if (_roleWords.TryGetValue(lower, out gender))
        {
            return true;
        }

        foreach (var (suffix, g) in _roleSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                gender = g;
                return true;
            }
        }

        gender = 'x';
        return false;
    }

    /// <summary>Whether a lower-case noun refers back to an organisation ("Unternehmen", "Bank", "company").</summary>
    public bool IsOrgNoun(string lowerWord)
    {
        if (_orgNouns.Contains(lowerWord))
        {
            return true;
        }

        foreach (var suffix in _orgNounSuffixes)
        {
            if (lowerWord.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case noun refers back to a company only ("Unternehmen", "the company").</summary>
    public bool IsCompanyNoun(string lowerWord) => _companyNouns.Contains(lowerWord);

    /// <summary>Whether a name ends in an institution word ("Halvard Foundation", "Stiftung Warentest" does not).</summary>
    public bool IsInstitutionName(string name)
    {
        var space = name.LastIndexOf(' ');
        return _institutionWords.Contains(space < 0 ? name : name[(space + 1)..]);
    }

    /// <summary>Whether a word is a legal form or organisation word that ends a name ("GmbH", "Inc.").</summary>
    public bool IsLegalForm(string word) => _legalForms.Contains(word);

    /// <summary>
    /// Whether the lower-case <paramref name="word"/> written with a person names the role <paramref name="role"/>: the
    /// same word, a German compound role ending in the word ("institutsdirektorin" … "direktorin"), or a title listed
    /// for the role (<c>role-titles.tsv</c>: "justice" for "judge").
    /// </summary>
    public bool NamesRole(string role, string word) =>
        role == word || (word.Length >= 5 && role.EndsWith(word, StringComparison.Ordinal)) || _roleTitles.Contains(role + "\t" + word);

    /// <summary>The gender of a subject pronoun ('m', 'f', 'p' for plural/unresolvable) or '\0'.</summary>
    public char PronounGender(string lowerWord) => _pronouns.TryGetValue(lowerWord, out var g) ? g : '\0';

    /// <summary>Whether a lower-case word is an article, pronoun, conjunction or preposition (never part of a name).</summary>
    public bool IsFunctionWord(string lowerWord) => _functionWords.Contains(lowerWord);

    /// <summary>Whether a lower-case German word is a Konjunktiv I form that marks reported speech ("sei", "habe", "dürfe").</summary>
    public bool IsGermanSubjunctive(string lowerWord) => _germanSubjunctives.Contains(lowerWord);

    /// <summary>Whether a lower-case word is a preposition by which a speech verb takes what it speaks of ("warnte vor", "warned of").</summary>
    public bool IsCuePreposition(string lowerWord) => _cuePrepositions.Contains(lowerWord);

    /// <summary>Whether a lower-case word is a linking verb before a predicate noun ("is", "remained", "sei").</summary>
    public bool IsCopula(string lowerWord) => _copulas.Contains(lowerWord);

    /// <summary>Whether a lower-case word before a quote marks it as a name or term ("namens", "so-called").</summary>
    public bool IsTermMarker(string lowerWord)
    {
        if (_termMarkers.Contains(lowerWord))
        {
            return true;
        }

        foreach (var prefix in _termMarkerPrefixes)
        {
            if (lowerWord.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-case word is an auxiliary or adverb between a subject and its verb ("have", "also").</summary>
    public bool IsAuxiliary(string lowerWord) => _auxiliaries.Contains(lowerWord);

    /// <summary>Whether a lower-case word is a piece of writing or speech its author speaks through ("review", "Bericht").</summary>
    public bool IsSourceNoun(string lowerWord) => _sourceNouns.Contains(lowerWord);

    /// <summary>
    /// The gender ('f' or 'm') of a lower-case German kinship noun ("tochter", "sohn") that a genitive does not make
    /// somebody new, or '\0' when the word is none.
    /// </summary>
    public char KinshipGenderDe(string lowerWord) => _kinshipNounsDe.GetValueOrDefault(lowerWord);

    /// <summary>Whether a lower-case English word is a cue verb only right after "he" or "she" ("calls", "notes"; <c>pronoun-cues.en.txt</c>).</summary>
    public bool IsPronounCueEn(string lowerWord) => _pronounCuesEn.Contains(lowerWord);

    /// <summary>Whether a lower-case word right after a quote marks it as a name ("„Heizungsgesetz“ genannte Regelwerk").</summary>
    public bool IsTermMarkerAfter(string lowerWord) => _termMarkersAfter.Contains(lowerWord);

    /// <summary>Whether a lower-case word is a preposition.</summary>
    public bool IsPreposition(string lowerWord) => _prepositions.Contains(lowerWord);

    private FrozenDictionary<string, CueForm[]> ReadCues(string path)
    {
        var table = new Dictionary<string, List<CueForm>>(StringComparer.Ordinal);
        var lemmas = 0;
        foreach (var line in EmbeddedResources.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"{path}: expected kind<TAB>lemma<TAB>forms in '{line}'");
            }

            var kind = parts[0] switch
            {
                "verb" => CueKind.Verb,
                "so" => CueKind.So,
                "laut" => CueKind.Laut,
                "zufolge" => CueKind.Zufolge,
                "impersonal" => CueKind.Impersonal,
                _ => throw new InvalidDataException($"{path}: unknown cue kind '{parts[0]}'"),
            };
            lemmas++;
            foreach (var form in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = form.Split('+');
                if (!table.TryGetValue(words[0], out var list))
                {
                    table[words[0]] = list = [];
                }

                list.Add(new CueForm(kind, parts[1], words[1..]));
            }
        }

        if (path.Contains(".de.", StringComparison.Ordinal))
        {
            GermanCueCount = lemmas;
        }
        else
        {
            EnglishCueCount = lemmas;
        }

        // Forms with more words first, so that "sprach von" is tried before a bare "sprach".
        return table.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(f => f.Rest.Length).ToArray(), StringComparer.Ordinal);
    }
}
