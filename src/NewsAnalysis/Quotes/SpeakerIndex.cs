using NewsAnalysis.Entities;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Quotes;

/// <summary>
/// The people and organisations of one article, indexed by token, for attribution. Entity mentions from the
/// entity stage come first (their canonical name is the speaker's fullest name). Where that stage found
/// nothing, the index reads names itself: a first name from the lexicon followed by capitalised words
/// ("Lea Vogel"), a capitalised run ending in a legal form ("Stridewell Inc."), and later mentions of a
/// surname or organisation word already seen in full ("Vogel", "Corvane"). Built per document; not shared.
/// </summary>
internal sealed class SpeakerIndex
{
    private readonly QuoteLexicon _lexicon;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly SpeakerMentionInfo?[] _byFirstToken;
    private readonly bool[] _blocked; // tokens of non-speaker entities (places, products)
    private readonly Dictionary<string, (string Name, bool IsPerson, char Gender)> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpeakerMentionInfo> _personBySurname = new(StringComparer.Ordinal);
    private HashSet<string>? _capitalisedMidSentence; // capitalised words seen after another word ("Forecasters …" is not)

    public SpeakerIndex(AnalysisDocument document, QuoteLexicon lexicon, bool[] insideQuote)
    {
        _lexicon = lexicon;
        _text = document.Text;
        _tokens = document.Tokens;
        _byFirstToken = new SpeakerMentionInfo?[_tokens.Count];
        _blocked = new bool[_tokens.Count];
        Mentions = [];
        AddEntityMentions(document);
        ReadNames(insideQuote);
        NameByFirstWord();
        for (var i = 0; i < _byFirstToken.Length; i++)
        {
            // "the Kenyan", "Italian" alone: a nationality word describes a person but names none, whatever read it
            // as a name; the attributor resolves such a description like a pronoun.
            if (_byFirstToken[i] is { } n && n.FirstToken == n.LastToken && QuoteLexicon.IsNationalityWord(_tokens[i].Span, document.Language))
            {
                _byFirstToken[i] = null;
            }

            if (_byFirstToken[i] is { } m)
            {
                Mentions.Add(m);
                if (m.IsPerson && m.Name.Contains(' ', StringComparison.Ordinal))
                {
                    _personBySurname.TryAdd(LastWord(m.Name), m);
                }
            }
        }
    }

    /// <summary>Every person and organisation mention in text order.</summary>
    public List<SpeakerMentionInfo> Mentions { get; }

    /// <summary>The mention that starts at token <paramref name="index"/>, or null.</summary>
    public SpeakerMentionInfo? At(int index) => index >= 0 && index < _byFirstToken.Length ? _byFirstToken[index] : null;

    /// <summary>
    /// The first full mention of a person in the article whose surname is <paramref name="word"/> ("Vogel" →
    /// "Anna Vogel"), or null. The aliases give a word to whichever name came first; this asks for a person only.
    /// </summary>
    public SpeakerMentionInfo? PersonWithSurname(string word) => _personBySurname.GetValueOrDefault(word);

    /// <summary>Whether the token belongs to an entity that cannot speak (a place, a product).</summary>
    public bool IsBlocked(int index) => _blocked[index];

    /// <summary>The fullest name for a single capitalised word ("Mensch" → "Jonas Mensch", "Vogels" → "Lea Vogel").</summary>
    public bool TryAlias(string word, out string name, out bool isPerson, out char gender)
    {
        if (_aliases.TryGetValue(word, out var a) || (word.Length > 3 && word[^1] == 's' && _aliases.TryGetValue(word[..^1], out a)))
        {
            (name, isPerson, gender) = a;
            return true;
        }

        name = word;
        isPerson = true;
        gender = 'x';
        return false;
    }

    private void AddEntityMentions(AnalysisDocument document)
    {
        if (document.Entities.Count == 0)
        {
            return;
        }

        var entityOf = new Dictionary<(int, int), Entity>();
        foreach (var entity in document.ConsolidatedEntities)
        {
            foreach (var m in entity.Mentions)
            {
                entityOf[(m.Start, m.End)] = entity;
            }
        }

        var covered = new bool[_tokens.Count]; // tokens inside any entity mention
        foreach (var mention in document.Entities)
        {
            for (int t = TokenAt(mention.Start), end = TokenAt(mention.End - 1); t >= 0 && t <= end; t++)
            {
                covered[t] = true;
            }
        }

        foreach (var mention in document.Entities)
        {
            var first = TokenAt(mention.Start);
            var last = TokenAt(mention.End - 1);
            if (first < 0 || last < first)
            {
                continue;
            }

            var type = mention.Type;
            if (type is not (EntityType.Person or EntityType.Organization) && NamedByOrgNoun(first))
            {
                // "des Industrieverbands Eurometal", "die Gewerkschaft Verdi": a name that an organisation noun
                // introduces is that organisation, whatever type the entity stage gave it.
                type = EntityType.Organization;
            }

            if (type == EntityType.Organization && last > first && _lexicon.FirstNameGender(_tokens[first].Text) is 'm' or 'f' && RoleInAppositionAfter(last))
            {
                // "Amara Fairweather, the chief executive, said" in an article on the firm "Fairweather": a listed first
                // name and a role in apposition make the founder a person, whatever type the firm's name lent her.
                type = EntityType.Person;
            }

            if (type is not (EntityType.Person or EntityType.Organization))
            {
                for (var t = first; t <= last; t++)
                {
                    _blocked[t] = true;
                }

                continue;
            }

            entityOf.TryGetValue((mention.Start, mention.End), out var entity);
            var name = entity?.Name ?? mention.CanonicalName ?? mention.Text;
            if (type == EntityType.Person)
            {
                (first, name) = WithoutLeadingRoles(first, last, name);

                // "Lea" + "Sommer vom Elbe-Kurier": the entity stage split a first name from a surname that is also
                // a noun; a first name followed right away by a capitalised word outside any entity takes it in.
                if (first == last && _lexicon.FirstNameGender(_tokens[last].Text) != '\0' && last + 1 < _tokens.Count
                    && IsCapitalisedWord(last + 1) && Adjacent(last, last + 1) && !_lexicon.IsFunctionWord(_tokens[last + 1].Text.ToLowerInvariant())
                    && _lexicon.FirstNameGender(_tokens[last + 1].Text) == '\0' && !_lexicon.IsLegalForm(_tokens[last + 1].Text)
                    && !covered[last + 1] && name == _tokens[last].Text)
                {
                    last++;
                    name = _text[_tokens[first].Start.._tokens[last].End];
                }
            }

            if (type == EntityType.Organization && last + 2 < _tokens.Count && _tokens[last].Text.EndsWith('s')
                && _tokens[last + 1].Start == _tokens[last].End && _tokens[last + 1].Text is "'" or "’"
                && IsCapitalisedWord(last + 2) && Adjacent(last + 1, last + 2) && !covered[last + 2] && name == _text[_tokens[first].Start.._tokens[last].End])
            {
                // "Harbury Supporters' Trust": the entity stage stopped at the plural possessive inside the name.
                last += 2;
                name = _text[_tokens[first].Start.._tokens[last].End];
            }

            var isPerson = type == EntityType.Person;
            var gender = isPerson ? GenderOf(name, first) : 'x';
            _byFirstToken[first] = new SpeakerMentionInfo(first, last, name, isPerson, gender, entity);
            var lastWord = LastWord(name);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                _aliases.TryAdd(isPerson ? lastWord : FirstWord(name), (name, isPerson, gender));
            }
        }
    }

    /// <summary>
    /// "Torhüter Lars Ebner", "Wirtin Hedwig Sailer": a person entity that took in the role before the name
    /// starts at the name, and the speaker's name loses the role too (when the entity's name carries it).
    /// </summary>
    private (int First, string Name) WithoutLeadingRoles(int first, int last, string name)
    {
        var start = first;
        // A role from the lexicon, or any capitalised noun that stands before a known first name and its surname
        // ("Torhüter Lars Ebner"): names do not start with a word that is not a first name before a first name.
        while (start < last && _tokens[start].Kind == TokenKind.Word && _lexicon.FirstNameGender(_tokens[start].Text) == '\0'
               && (_lexicon.IsRoleWord(_tokens[start].Text, out _) || (start + 1 < last && _lexicon.FirstNameGender(_tokens[start + 1].Text) != '\0')))
        {
            start++;
            while (start < last && _tokens[start].Kind == TokenKind.Punctuation && _text[_tokens[start].Start] == '.')
            {
                start++; // "Dr." as two tokens
            }
        }

        if (start == first || _tokens[start].Kind != TokenKind.Word || !char.IsUpper(_text[_tokens[start].Start]))
        {
            return (first, name);
        }

        var prefix = _text[_tokens[first].Start.._tokens[start].Start];
        return (start, name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name);
    }

    /// <summary>
    /// Whether a role in apposition follows token <paramref name="last"/>: a comma, at most four lower-case or function
    /// words among which a role word ("the chief executive", "its founder", "die Geschäftsführerin"), then a comma or
    /// the sentence's end.
    /// </summary>
    private bool RoleInAppositionAfter(int last)
    {
        var comma = last + 1;
        if (comma >= _tokens.Count || _tokens[comma].Kind != TokenKind.Punctuation || _text[_tokens[comma].Start] != ',')
        {
            return false;
        }

        var role = false;
        for (var t = comma + 1; t < _tokens.Count && t <= comma + 5; t++)
        {
            var token = _tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                return role && t > comma + 1 && _text[token.Start] is ',' or '.' or ';';
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var isRole = _lexicon.IsRoleWord(token.Text, out _);
            if (!isRole && char.IsUpper(_text[token.Start]) && !_lexicon.IsFunctionWord(token.Text.ToLowerInvariant()))
            {
                return false;
            }

            role |= isRole;
        }

        return false;
    }

    /// <summary>Whether the word right before token <paramref name="first"/> is an organisation noun ("Verband", "Industrieverbands").</summary>
    private bool NamedByOrgNoun(int first)
    {
        if (first == 0)
        {
            return false;
        }

        var before = _tokens[first - 1];
        return before.Kind == TokenKind.Word && char.IsUpper(_text[before.Start]) && Adjacent(first - 1, first)
            && _lexicon.IsOrgNoun(before.Text.ToLowerInvariant());
    }

    /// <summary>
    /// "beating China's Zhou Lianhe 9-8 … “One shot,” Zhou said": a one-word person that is the first word of exactly
    /// one full name in the article, and the last word of none, is that person (a family name written first, or a
    /// first name used alone); the mention takes the full name and its entity.
    /// </summary>
    private void NameByFirstWord()
    {
        var byFirstWord = new Dictionary<string, SpeakerMentionInfo?>(StringComparer.Ordinal);
        var lastWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _byFirstToken)
        {
            if (m is { IsPerson: true } && m.Name.Contains(' ', StringComparison.Ordinal))
            {
                var first = FirstWord(m.Name);
                // Two different people with that first word leave it open.
                if (!byFirstWord.TryGetValue(first, out var seen))
                {
                    byFirstWord[first] = m;
                }
                else if (seen is not null && seen.Name != m.Name)
                {
                    byFirstWord[first] = null;
                }
                lastWords.Add(LastWord(m.Name));
            }
        }

        for (var i = 0; i < _byFirstToken.Length; i++)
        {
            if (_byFirstToken[i] is { IsPerson: true } m && m.FirstToken == m.LastToken && !m.Name.Contains(' ', StringComparison.Ordinal)
                && !lastWords.Contains(m.Name) && byFirstWord.GetValueOrDefault(m.Name) is { } full)
            {
                _byFirstToken[i] = m with { Name = full.Name, Gender = m.Gender != 'x' ? m.Gender : full.Gender, Entity = full.Entity ?? m.Entity };
            }
        }
    }

    private void ReadNames(bool[] insideQuote)
    {
        // Pass 1: full names (first name + surname, legal-form organisations) define the aliases.
        var found = new List<(int First, int Last, string Name, bool IsPerson, char Gender)>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            // Tokens of places and products stay readable here: an entity stage that typed "Lea Vogel" as a place
            // should not cost the quote its speaker; only unknown words after a cue are refused on those tokens.
            if (insideQuote[i] || _byFirstToken[i] is not null || !IsCapitalisedWord(i))
            {
                continue;
            }

            var word = _tokens[i].Text;
            var firstNameGender = _lexicon.FirstNameGender(word); // the list holds no articles or pronouns ("Deren")
            if (firstNameGender != '\0' && i + 1 < _tokens.Count && IsCapitalisedWord(i + 1) && !_lexicon.IsLegalForm(_tokens[i + 1].Text) && Adjacent(i, i + 1))
            {
                var last = i + 1;
                while (last + 1 < _tokens.Count && last - i < 3 && IsCapitalisedWord(last + 1) && Adjacent(last, last + 1)
                       && _lexicon.FirstNameGender(_tokens[last + 1].Text) == '\0')
                {
                    last++;
                }

                var name = _text[_tokens[i].Start.._tokens[last].End];
                var gender = RoleGender(i) is var rg and not 'x' ? rg : firstNameGender;
                found.Add((i, last, name, true, gender));
                _aliases[_tokens[last].Text] = (name, true, gender);
                i = last;
                continue;
            }

            // A first name alone in an apposition ("her son Ben, who runs the ovens") is a person too; only there,
            // because a lone capitalised word is usually a noun in German.
            if (firstNameGender != '\0' && i > 0 && i + 1 < _tokens.Count && IsApposition(i))
            {
                var gender = RoleGender(i) is var rg and not 'x' ? rg : firstNameGender;
                found.Add((i, i, word, true, gender));
                continue;
            }

            if (_lexicon.IsLegalForm(word) && i > 0)
            {
                // Walk back over the capitalised words of the name: "Halvora Semiconductors GmbH". Two words at most:
                // German nouns are capitalised too ("der Dresdner Chipentwickler Halvora Semiconductors GmbH").
                var first = i;
                while (first - 1 >= 0 && i - first < 2 && IsCapitalisedWord(first - 1) && !insideQuote[first - 1]
                       && !_lexicon.IsFunctionWord(_tokens[first - 1].Text.ToLowerInvariant()) && Adjacent(first - 1, first))
                {
                    first--;
                }

                if (first < i)
                {
                    var name = _text[_tokens[first].Start.._tokens[i].End];
                    found.RemoveAll(f => f.First >= first);
                    found.Add((first, i, name, false, 'x'));
                    _aliases.TryAdd(_tokens[first].Text, (name, false, 'x'));
                }
            }
        }

        foreach (var (first, last, name, isPerson, gender) in found)
        {
            if (_byFirstToken[first] is null)
            {
                _byFirstToken[first] = new SpeakerMentionInfo(first, last, name, isPerson, gender, null);
            }
        }

        // Pass 2: a capitalised word that is a known surname or organisation word mentions that name.
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_byFirstToken[i] is { } existing)
            {
                i = existing.LastToken;
                continue;
            }

            if (insideQuote[i] || !IsCapitalisedWord(i))
            {
                continue;
            }

            if (TryAlias(_tokens[i].Text, out var name, out var isPerson, out var gender))
            {
                _byFirstToken[i] = new SpeakerMentionInfo(i, i, name, isPerson, gender, null);
            }
        }
    }

    private bool IsApposition(int i)
    {
        var before = _tokens[i - 1];
        var after = _tokens[i + 1];
        var lowerBefore = before.Kind == TokenKind.Word && (char.IsLower(_text[before.Start]) || _lexicon.IsRoleWord(before.Text, out _));
        return lowerBefore && after.Kind == TokenKind.Punctuation && _text[after.Start] is ',' or ')';
    }

    /// <summary>Whether tokens <paramref name="a"/> and <paramref name="b"/> are separated by at most one character and no line break.</summary>
    /// <param name="a">The earlier token.</param>
    /// <param name="b">The later token.</param>
    public bool Adjacent(int a, int b) => _tokens[b].Start - _tokens[a].End <= 1 && !_text.AsSpan(_tokens[a].End, _tokens[b].Start - _tokens[a].End).Contains('\n');

    /// <summary>Whether the word occurs capitalised after another word somewhere in the article (a name, or a German noun).</summary>
    public bool SeenMidSentence(string word)
    {
        // Built on the first question only: few quotes need it, and it reads every capitalised word.
        if (_capitalisedMidSentence is null)
        {
            _capitalisedMidSentence = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < _tokens.Count; i++)
            {
                var prev = _tokens[i - 1];
                if (IsCapitalisedWord(i) && prev.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Clitic && Adjacent(i - 1, i))
                {
                    _capitalisedMidSentence.Add(_tokens[i].Text);
                }
            }
        }

        return _capitalisedMidSentence.Contains(word);
    }

    /// <summary>Whether a token is a word that starts with a capital letter (names, nouns, sentence starts).</summary>
    public bool IsCapitalisedWord(int index)
    {
        var t = _tokens[index];
        return t.Kind is TokenKind.Word or TokenKind.Alphanumeric && char.IsUpper(_text[t.Start]);
    }

    private char GenderOf(string name, int firstToken)
    {
        var role = RoleGender(firstToken);
        if (role != 'x')
        {
            return role;
        }

        var g = _lexicon.FirstNameGender(FirstWord(name));
        return g == '\0' ? 'x' : g;
    }

    /// <summary>The gender that a role word right before a name implies ("Technikchefin", "Ms."), or 'x'.</summary>
    private char RoleGender(int firstToken)
    {
        for (var t = firstToken - 1; t >= 0 && t >= firstToken - 3; t--)
        {
            if (!_lexicon.IsRoleWord(_tokens[t].Text, out var g))
            {
                break;
            }

            if (g != 'x')
            {
                return g;
            }
        }

        return 'x';
    }

    private int TokenAt(int charIndex)
    {
        int lo = 0, hi = _tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var t = _tokens[mid];
            if (charIndex < t.Start)
            {
                hi = mid - 1;
            }
            else if (charIndex >= t.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name[..space];
    }

    private static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
