using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Languages;

/// <summary>
/// Tells German from English, and both from anything else, with a naive-Bayes model over hashed character
/// n-grams of words (trained on German and English news, Wikipedia, tweets and reports, and on text in other
/// languages), plus the function words of each language as extra evidence. Deterministic, allocation-free, and
/// it reads at most the first <see cref="MaxCharacters"/> characters, so its cost does not grow with the article.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The model (the embedded resource <c>Languages/language-model.bin</c>, 192 KB,
/// written by <c>NewsAnalysis.Training language</c>) is loaded once per process, on first use, and shared by all
/// instances.</para>
/// <para>A text is <see cref="Language.Other"/> when it has no letters; when most of its letters are not Latin;
/// when neither German nor English fits it at all (keyboard mash, base64); or when the profile of other
/// languages fits it clearly better than German and English do. Doubt goes to German or English: names,
/// addresses and headlines in a German or English article look foreign to any model.</para>
/// </remarks>
public sealed class LanguageDetector
{
    /// <summary>How much of a text is read at most.</summary>
    public const int MaxCharacters = 4_000;

    private const int GermanFlag = 1;
    private const int EnglishFlag = 2;

    private static readonly Lazy<LanguageModel> s_model = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SpanLexicon> s_functionWords = new(LoadFunctionWords, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LanguageModel _model;
    private readonly SpanLexicon _functionWords;

    /// <summary>Creates a detector over the embedded model and function-word lists.</summary>
    public LanguageDetector()
        : this(s_model.Value, s_functionWords.Value)
    {
    }

    /// <summary>Creates a detector over another model (the trainer measures its models with this).</summary>
    internal LanguageDetector(LanguageModel model)
        : this(model, s_functionWords.Value)
    {
    }

    private LanguageDetector(LanguageModel model, SpanLexicon functionWords)
    {
        _model = model;
        _functionWords = functionWords;
    }

    /// <summary>Detects the language of <paramref name="text"/>.</summary>
    /// <param name="text">Any text; empty or junk text is <see cref="Language.Other"/>.</param>
    public Language Detect(ReadOnlySpan<char> text) => Score(text).Language;

    /// <summary>The evidence behind <see cref="Detect"/>: what was read, how well each language fits, and the verdict.</summary>
    /// <param name="text">Any text; only the first <see cref="MaxCharacters"/> characters are read.</param>
    public LanguageScores Score(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCharacters)
        {
            text = text[..MaxCharacters];
        }

        var sink = new ScoringSink(_model.CostArray, _functionWords);
        LanguageFeatures.Extract(text, _model.BucketMask, _model.MaxOrder, ref sink);

        var calibration = _model.Calibration;
        var step = _model.CostStep;
        // Log-likelihoods in nats; the function words add evidence that the n-grams of short words underrate.
        var german = -sink.GermanCost * step + calibration.FunctionWordWeight * sink.GermanWords;
        var english = -sink.EnglishCost * step + calibration.FunctionWordWeight * sink.EnglishWords;
        var other = -sink.OtherCost * step;
        var language = Decide(sink.Features, sink.Letters, sink.LatinLetters, german, english, other, calibration);
        return new LanguageScores(sink.Words, sink.Letters, sink.LatinLetters, sink.Features, german, english, other, sink.GermanWords, sink.EnglishWords, language);
    }

    /// <summary>The verdict for given log-likelihoods (shared with the trainer, which calibrates it).</summary>
    internal static Language Decide(int features, int letters, int latinLetters, double german, double english, double other, LanguageCalibration calibration)
    {
        if (features == 0 || features < calibration.MinimumFeatures)
        {
            return Language.Other;
        }

        // German and English are written in Latin letters; Cyrillic, Greek, Arabic or CJK text is other however
        // its hashed n-grams happen to fall (the tables are shared with millions of Latin n-grams).
        if (latinLetters * 2 < letters)
        {
            return Language.Other;
        }

        var best = Math.Max(german, english);
        if (best < calibration.MinimumFit * features)
        {
            return Language.Other;
        }

        if (other - best > calibration.OtherOffset + calibration.OtherMargin * features)
        {
            return Language.Other;
        }

        // An exact tie only happens without any evidence either way.
        if (german == english)
        {
            return Language.Other;
        }

        return german > english ? Language.German : Language.English;
    }

    private static LanguageModel LoadModel()
    {
        using var stream = EmbeddedResources.Open(LanguageModel.ResourcePath);
        return LanguageModel.Read(stream);
    }

    private static SpanLexicon LoadFunctionWords()
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in EmbeddedResources.ReadLines("Languages/function-words.de.txt"))
        {
            flags[word] = GermanFlag;
        }

        foreach (var word in EmbeddedResources.ReadLines("Languages/function-words.en.txt"))
        {
            flags[word] = flags.TryGetValue(word, out var f) ? f | EnglishFlag : EnglishFlag;
        }

        return new SpanLexicon(flags);
    }

    /// <summary>Adds up the three costs of every feature and counts words and function words.</summary>
    private struct ScoringSink(byte[] costs, SpanLexicon functionWords) : ILanguageFeatureSink
    {
        public int Features;
        public int Words;
        public int Letters;
        public int LatinLetters;
        public int GermanWords;
        public int EnglishWords;
        public long GermanCost;
        public long EnglishCost;
        public long OtherCost;

        public void Feature(int bucket)
        {
            var at = bucket * LanguageModel.ClassCount;
            GermanCost += costs[at + LanguageModel.German];
            EnglishCost += costs[at + LanguageModel.English];
            OtherCost += costs[at + LanguageModel.Other];
            Features++;
        }

        public void Word(ReadOnlySpan<char> word)
        {
            // Umlauts need no special treatment (the old detector counted them): the n-grams "ä", "ü" ... carry them.
            Words++;
            Letters += word.Length;
            foreach (var c in word)
            {
                // Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese, Welsh ...).
                if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF')
                {
                    LatinLetters++;
                }
            }


            // Words shared by both lists ("so", "am") are no evidence either way.
            if (functionWords.TryGetValue(word, out var flags))
            {
                if (flags == GermanFlag)
                {
                    GermanWords++;
                }
                else if (flags == EnglishFlag)
                {
                    EnglishWords++;
                }
            }
        }
    }
}

/// <summary>The evidence the language detector weighed.</summary>
/// <param name="Words">Words read (runs of letters).</param>
/// <param name="Letters">Letters in those words (words are cut at 40 letters).</param>
/// <param name="LatinLetters">How many of them are Latin letters; text in other scripts is <see cref="Language.Other"/>.</param>
/// <param name="Features">Character n-grams and whole words looked up in the model.</param>
/// <param name="German">How well German fits: the log-likelihood in nats (higher is better), function words included.</param>
/// <param name="English">How well English fits, on the same scale as <paramref name="German"/>.</param>
/// <param name="Other">How well the profile of other languages and junk fits, on the same scale.</param>
/// <param name="GermanFunctionWords">German function words found ("und", "nicht", "werden" ...).</param>
/// <param name="EnglishFunctionWords">English function words found ("the", "and", "would" ...).</param>
/// <param name="Language">The verdict that <see cref="LanguageDetector.Detect"/> returns.</param>
public readonly record struct LanguageScores(
    int Words,
    int Letters,
    int LatinLetters,
    int Features,
    double German,
    double English,
    double Other,
    int GermanFunctionWords,
    int EnglishFunctionWords,
    Language Language);
