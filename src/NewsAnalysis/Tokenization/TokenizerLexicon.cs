using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Tokenization;

/// <summary>
/// The data the tokenizer and the sentence splitter work from, read once from the embedded lexicons in
/// <c>Resources/Tokenization</c>. Immutable, so one instance serves every thread.
/// </summary>
internal sealed class TokenizerLexicon
{
    /// <summary>Value flag of an abbreviation that often ends a sentence ("usw.", "etc.").</summary>
    public const int FinalAbbreviation = 1;

    private static readonly Lazy<TokenizerLexicon> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private TokenizerLexicon(
        SpanLexicon abbreviationsDe,
        SpanLexicon abbreviationsEn,
        SpanLexicon abbreviationsAny,
        SpanLexicon cliticsEn,
        SpanLexicon specialSplitsEn,
        string[][] specialSplitPieces,
        SpanLexicon emoticons,
        SpanLexicon topLevelDomains,
        SpanLexicon unitSuffixes,
        SpanLexicon currencySymbols,
        SpanLexicon monthsDe,
        SpanLexicon sentenceStartersDe,
        SpanLexicon hyphenPrefixesEn)
    {
        AbbreviationsDe = abbreviationsDe;
        AbbreviationsEn = abbreviationsEn;
        AbbreviationsAny = abbreviationsAny;
        CliticsEn = cliticsEn;
        SpecialSplitsEn = specialSplitsEn;
        SpecialSplitPieces = specialSplitPieces;
        Emoticons = emoticons;
        TopLevelDomains = topLevelDomains;
        UnitSuffixes = unitSuffixes;
        CurrencySymbols = currencySymbols;
        MonthsDe = monthsDe;
        SentenceStartersDe = sentenceStartersDe;
        HyphenPrefixesEn = hyphenPrefixesEn;
    }

    /// <summary>The lexicon built from the embedded resources (loaded once, immutable).</summary>
    public static TokenizerLexicon Default => s_default.Value;

    public SpanLexicon AbbreviationsDe { get; }
    public SpanLexicon AbbreviationsEn { get; }
    public SpanLexicon AbbreviationsAny { get; }
    public SpanLexicon CliticsEn { get; }
    public SpanLexicon SpecialSplitsEn { get; }
    public string[][] SpecialSplitPieces { get; }
    public SpanLexicon Emoticons { get; }
    public SpanLexicon TopLevelDomains { get; }
    public SpanLexicon UnitSuffixes { get; }
    public SpanLexicon CurrencySymbols { get; }
    public SpanLexicon MonthsDe { get; }
    public SpanLexicon SentenceStartersDe { get; }
    public SpanLexicon HyphenPrefixesEn { get; }

    /// <summary>The abbreviation list for a language (both lists for <see cref="Language.Other"/>).</summary>
    public SpanLexicon Abbreviations(Language language) => language switch
    {
        Language.German => AbbreviationsDe,
        Language.English => AbbreviationsEn,
        _ => AbbreviationsAny,
    };

    private static TokenizerLexicon Load()
    {
        var de = ReadAbbreviations("Tokenization/abbreviations.de.txt");
        var en = ReadAbbreviations("Tokenization/abbreviations.en.txt");
        var splits = EmbeddedResources.ReadLines("Tokenization/special-splits.en.txt")
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToList();
        var pieces = splits.Select(parts => parts[1].Split(' ')).ToArray();
        for (var i = 0; i < splits.Count; i++)
        {
            if (!string.Concat(pieces[i]).Equals(splits[i][0], StringComparison.Ordinal))
            {
                throw new InvalidDataException($"special-splits.en.txt: the pieces of '{splits[i][0]}' do not spell it.");
            }
        }

        return new TokenizerLexicon(
            new SpanLexicon(de),
            new SpanLexicon(en),
            new SpanLexicon(de.Concat(en)),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/clitics.en.txt")),
            new SpanLexicon(splits.Select((parts, i) => new KeyValuePair<string, int>(parts[0], i))),
            pieces,
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/emoticons.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/top-level-domains.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/unit-suffixes.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/currency-symbols.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/months.de.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/sentence-starters.de.txt")),
            new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/hyphen-prefixes.en.txt"), ignoreCase: true));
    }

    private static List<KeyValuePair<string, int>> ReadAbbreviations(string path) =>
        EmbeddedResources.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Select(parts => new KeyValuePair<string, int>(
                parts[0],
                parts.Length > 1 && parts[1].Trim() == "final" ? FinalAbbreviation : 0))
            .ToList();
}
