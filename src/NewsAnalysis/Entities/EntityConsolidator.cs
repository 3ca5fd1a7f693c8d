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
        var spans = AlignToTokens(tokens, mentions);
        var cleaned = new List<Span>(spans.Count);
        var amountSpans = Amounts(amounts);
        var nextAmount = 0;
        foreach (var span in spans)
        {
            if (Clean(tokens, span) is not { } clean)
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

            cleaned.Add(clean);
        }

        var names = new NameIndex(text, tokens, _gazetteer);
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

        var all = Spread(text, tokens, cleaned, names);
        return Group(text, tokens, all, names);
    }

    /// <summary>A mention as a token range with its type; <see cref="Spread"/> marks mentions it added.</summary>
    internal readonly record struct Span(int First, int End, EntityType Type, bool Spread = false, bool Genitive = false)
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

    // The per-mention rules. Returns null for a mention that is no entity at all.
    private Span? Clean(IReadOnlyList<Token> tokens, Span span)
    {
        var first = span.First;
        var end = span.End;
        var type = span.Type;

        // Names end at a lower-case word that is not a connector: "Mistral AI sagte" → "Mistral AI".
        for (var i = first + 1; i < end; i++)
        {
            if (IsLowerCaseWord(tokens[i].Span) && !_lexicon.Connectors.Contains(tokens[i].Span))
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

        // Leading articles (lower case: "der SPD") and titles ("Dr.", "Ministerin", "CEO") stay outside.
        while (first < end - 1 || (first < end && IsLowerCaseWord(tokens[first].Span)))
        {
            var word = tokens[first].Span;
            var flags = _gazetteer.LookupExact(word);
            var title = (flags & GazetteerFlags.PersonTitle) != 0 && type != EntityType.Organization && first < end - 1;
            var article = IsLowerCaseWord(word) && (_lexicon.Determiners.Contains(word) || (flags & GazetteerFlags.FunctionWord) != 0);
            var punctuation = tokens[first].Kind is TokenKind.Punctuation or TokenKind.QuoteMark;
            if (!title && !article && !punctuation)
            {
                break;
            }

            first++;
        }

        if (first >= end)
        {
            return null;
        }

        // A legal form right after the name belongs to it ("Nordwerk GmbH", "Acme Corp.", "GmbH & Co. KG").
        var grown = end;
        while (grown < tokens.Count && tokens[grown].Start - tokens[grown - 1].End <= 1)
        {
            var flags = _gazetteer.LookupExact(tokens[grown].Span);
            if ((flags & GazetteerFlags.LegalForm) != 0 || IsLegalFormPeriod(tokens, grown))
            {
                end = ++grown;
            }
            else if (tokens[grown].Span is "&" or "und" or "and" && grown + 1 < tokens.Count
                && (_gazetteer.LookupExact(tokens[grown + 1].Span) & GazetteerFlags.LegalForm) != 0 && (_gazetteer.LookupExact(tokens[grown - 1].Span) & GazetteerFlags.LegalForm) != 0)
            {
                grown++;
            }
            else
            {
                break;
            }
        }

        var last = IsLegalFormPeriod(tokens, end - 1) ? end - 2 : end - 1;
        if (last > first && (_gazetteer.LookupExact(tokens[last].Span) & GazetteerFlags.LegalForm) != 0)
        {
            type = EntityType.Organization;
        }

        // Currencies, months and weekdays, demonyms and words without a capital are never entities by themselves.
        var anyName = false;
        for (var i = first; i < end && !anyName; i++)
        {
            var word = tokens[i].Span;
            var flags = _gazetteer.Lookup(word);
            anyName = HasCapital(word) && (flags & (GazetteerFlags.Currency | GazetteerFlags.DateWord | GazetteerFlags.Demonym)) == 0
                || tokens[i].Kind is not (TokenKind.Word or TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Clitic);
        }

        return anyName ? new Span(first, end, type) : null;
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
                result.Add(mentions[next]);
                i = mentions[next++].End;
                continue;
            }

            var limit = next < mentions.Count ? mentions[next].First : tokens.Count;
            if (tokens[i].Kind == TokenKind.Word && HasCapital(tokens[i].Span) && names.Match(i, limit, out var match))
            {
                if (Allowed(text, tokens, i, match))
                {
                    result.Add(match);
                    i = match.End;
                    continue;
                }
            }

            i++;
        }

        return result;
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

    private static bool SentenceBreakBetween(string text, Token previous, Token current) =>
        previous.Span is "." or "!" or "?" or ":" || text.AsSpan(previous.End, current.Start - previous.End).Contains('\n');

    // Entities: every mention joins the entity of its full text, else of its key word (a person's surname, an
    // organisation's leading word), else starts a new one. The majority type wins; the fullest mention names it.
    private ConsolidationResult Group(string text, IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        var entityOf = new int[spans.Count];
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

            entityOf[m] = entity;
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

                if (!spans[m].Spread)
                {
                    votes[(int)spans[m].Type]++;
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
