using System.Globalization;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Amounts;

/// <summary>
/// The data the amount recognizer works from, read once from <c>Resources/Amounts</c>: scale words, currency
/// names and signs (compiled from CLDR), qualifiers, percent words, number words, multiplier words and the
/// words that make a number a reference. Immutable and thread-safe.
/// </summary>
internal sealed class AmountLexicon
{
    private static readonly Lazy<AmountLexicon> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private AmountLexicon()
    {
    }

    public static AmountLexicon Default => s_default.Value;

    /// <summary>Scale word → index into <see cref="ScaleFactors"/>.</summary>
    public SpanLexicon Scales { get; private init; } = null!;

    public decimal[] ScaleFactors { get; private init; } = [];

    /// <summary>Currency form (one or more tokens joined by single spaces) → index into <see cref="Currencies"/>.</summary>
    public SpanLexicon CurrencyForms { get; private init; } = null!;

    /// <summary>Lower-cased currency forms, for names written in lower case at a sentence start and the like.</summary>
    public SpanLexicon CurrencyFormsIgnoreCase { get; private init; } = null!;

    public (string Code, decimal Subunit)[] Currencies { get; private init; } = [];

    /// <summary>
    /// For each currency with a one-letter subunit form ("p" for pence), the forms that name the currency itself
    /// (its sign, code and names, "£", "GBP", "pounds"): a lone letter after a number is that subunit only in a text
    /// that names the currency ("287p" in a report on share prices in pounds, not "1080p" in a review of a screen).
    /// </summary>
    public IReadOnlyDictionary<string, string[]> NamingFormsOfLetterSubunits { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>Qualifier phrase → <see cref="AmountQualifier"/> value.</summary>
    public SpanLexicon Qualifiers { get; private init; } = null!;

    /// <summary>Percent word or sign (one or two tokens) → 0 percent, 1 percentage points.</summary>
    public SpanLexicon PercentWords { get; private init; } = null!;

    /// <summary>Number word → index into <see cref="NumberWordValues"/>; value and role.</summary>
    public SpanLexicon NumberWordsDe { get; private init; } = null!;

    public SpanLexicon NumberWordsEn { get; private init; } = null!;

    public (decimal Value, NumberWordRole Role)[] NumberWordValues { get; private init; } = [];

    /// <summary>The first three letters (lower case, packed by <see cref="PackPrefix"/>) of every German number word.</summary>
    public PackedSet NumberWordPrefixesDe { get; private init; } = null!;

    /// <summary>The first three letters of every English number word, packed.</summary>
    public PackedSet NumberWordPrefixesEn { get; private init; } = null!;

    /// <summary>The last three letters (packed) of every German number word and written-out multiplier.</summary>
    public PackedSet NumberWordSuffixesDe { get; private init; } = null!;

    /// <summary>The last three letters (packed) of every English number word and written-out multiplier.</summary>
    public PackedSet NumberWordSuffixesEn { get; private init; } = null!;

    /// <summary>
    /// Packs the first three characters, lower-cased, into one number: a set look-up on it costs a few
    /// nanoseconds, and it runs for most words of a text.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long PackPrefix(ReadOnlySpan<char> word) =>
        ((long)Lower(word[0]) << 32) | ((long)Lower(word[1]) << 16) | Lower(word[2]);

    /// <summary>
    /// A 15-bit index of three characters, five bits each (<c>c &amp; 31</c>, which is the same for the upper- and
    /// lower-case forms of every ASCII and Latin-1 letter), for the bit filters in front of the packed sets: a
    /// word whose packed prefix is in a set always has its bit set, so the filter only ever rejects.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Trigram(char a, char b, char c) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

    /// <summary>True when bit <paramref name="index"/> of <paramref name="bits"/> is set.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;

    private static ulong[] TrigramBits(IEnumerable<long> packed)
    {
        var bits = new ulong[(1 << 15) / 64];
        foreach (var p in packed)
        {
            var index = Trigram((char)(p >> 32), (char)(p >> 16), (char)p);
            bits[index >> 6] |= 1UL << index;
        }

        return bits;
    }

    /// <summary>Bit filter over <see cref="NumberWordPrefixesDe"/> (see <see cref="Trigram"/>).</summary>
    public ulong[] PrefixBitsDe { get; private init; } = [];

    /// <summary>Bit filter over <see cref="NumberWordPrefixesEn"/>.</summary>
    public ulong[] PrefixBitsEn { get; private init; } = [];

    /// <summary>Bit filter over <see cref="NumberWordSuffixesDe"/>.</summary>
    public ulong[] SuffixBitsDe { get; private init; } = [];

    /// <summary>Bit filter over <see cref="NumberWordSuffixesEn"/>.</summary>
    public ulong[] SuffixBitsEn { get; private init; } = [];

    private static char Lower(char c) => c is >= 'A' and <= 'Z' or >= 'À' and <= 'Þ' and not '×' ? (char)(c + 32) : c;

    /// <summary>Multiplier word → index into <see cref="MultiplierFactors"/>.</summary>
    public SpanLexicon Multipliers { get; private init; } = null!;

    public decimal[] MultiplierFactors { get; private init; } = [];

    /// <summary>Words after a number that it does not count.</summary>
    public SpanLexicon NotUnits { get; private init; } = null!;

    /// <summary>
    /// English words glued to a number by a hyphen that name a kind, a rating or no noun at all ("five-point plan",
    /// "300-strong", "three-way"; <c>glued-not-counted.en.txt</c>), so that the number counts nothing.
    /// </summary>
    public SpanLexicon GluedNotCountedEn { get; private init; } = null!;

    /// <summary>English function words ("only", "all"), any case: written in capitals they stress, they name nothing.</summary>
    public SpanLexicon FunctionWordsEn { get; private init; } = null!;

    /// <summary>German function words ("zwischen", "einen", "über"), lower case: never the adjective of a counted noun.</summary>
    public SpanLexicon FunctionWordsDe { get; private init; } = null!;

    /// <summary>Words before a number that make it a reference ("Seite 12").</summary>
    public SpanLexicon ReferenceWords { get; private init; } = null!;

    /// <summary>
    /// Units of measurement of two letters or more that a quantity may end in even where a noun would not be written
    /// so ("10 kWh" in German, "520,000 TEU" in English): the tokenizer's <c>unit-suffixes.txt</c>, without scale
    /// words ("bn", "Mio"); case-sensitive.
    /// </summary>
    public SpanLexicon Units { get; private init; } = null!;

    /// <summary>
    /// English plural nouns of a score or tally ("points", "seats"; <c>tally-nouns.en.txt</c>), ignoring case: a number
    /// right after a name still counts them ("Taunton 21 points clear").
    /// </summary>
    public SpanLexicon TallyNounsEn { get; private init; } = null!;

    /// <summary>
    /// Words of an unknown count ("few", "several", "mehrere"; <c>vague-counts.txt</c>), ignoring case: a round number
    /// word right after one ("a few hundred", "mehrere tausend") names no value.
    /// </summary>
    public SpanLexicon VagueCounts { get; private init; } = null!;

    /// <summary>Words after an English "N times" that make it a count of occasions ("three times a day"), not a multiplier.</summary>
    public SpanLexicon FrequencyAfterEn { get; private init; } = null!;

    /// <summary>
    /// English fractions joined to a number word by "and" (<c>and-fractions.en.txt</c>): the two words after "and" and
    /// the fraction they add ("two and a half", "three and a quarter", "one and three quarters"), lower case.
    /// </summary>
    public (string First, string Second, decimal Value)[] AndFractionsEn { get; private init; } = [];

    /// <summary>
    /// Words before a small integer that name a stage, not a count ("phase 3 trial", "Phase 2", "Stufe 3";
    /// <c>stage-words.txt</c>), case-sensitive.
    /// </summary>
    public SpanLexicon StageWords { get; private init; } = null!;

    /// <summary>
    /// German units of one letter ("1,96 m", "250 g"; <c>letter-units.de.txt</c>), case-sensitive: read as the unit a
    /// number counts, and never as a scale ("m" for million is English).
    /// </summary>
    public SpanLexicon LetterUnitsDe { get; private init; } = null!;

    /// <summary>
    /// Units a number may be glued to by a hyphen ("3.5-kilometre", "40-Stunden-Woche"; <c>hyphen-units.txt</c>),
    /// ignoring case; the short <see cref="Units"/> count there too.
    /// </summary>
    public SpanLexicon HyphenUnits { get; private init; } = null!;

    /// <summary>
    /// Endings of written-out multipliers, German and English ("fach", "fache", "mal", "fold";
    /// <c>multiplier-endings.tsv</c>): the number word before one is the factor.
    /// </summary>
    public string[] MultiplierEndings { get; private init; } = [];

    /// <summary>
    /// English words around "over" and a span of time (<c>over-spans.en.txt</c>), ignoring case: the value holds the
    /// bits <see cref="OverSpan"/>, <see cref="OverBefore"/> and <see cref="OverAfter"/> ("of" is both of the last two).
    /// </summary>
    public SpanLexicon OverSpans { get; private init; } = null!;

    /// <summary>
    /// Phrases right after an amount that qualify it ("und mehr", "or fewer"; <c>qualifiers-after.tsv</c>), lower case,
    /// with their qualifier.
    /// </summary>
    public (string Phrase, AmountQualifier Qualifier)[] QualifiersAfter { get; private init; } = [];

    /// <summary>A unit of time after "over" and a number ("over four years").</summary>
    public const int OverSpan = 1;

    /// <summary>A word before "over" that makes it "more than" ("for over four years").</summary>
    public const int OverBefore = 2;

    /// <summary>A word after the amount that makes "over" "more than" ("over four years ago").</summary>
    public const int OverAfter = 4;

    /// <summary>Words before a number that make an English "X to Y" a change, not a range ("rose 6p to 287p"); ignoring case.</summary>
    public SpanLexicon ChangeWords { get; private init; } = null!;

    /// <summary>
    /// Words before an English "from" that make "from X to Y" a range, not a change ("priced from £25 to £80", "ranging
    /// from 5 to 10 years"); ignoring case.
    /// </summary>
    public SpanLexicon RangeFromWords { get; private init; } = null!;

    /// <summary>
    /// Every word of the look-ups made around a number (any case), with the <see cref="WordRoles"/> it may play: one
    /// look-up of the token after a number answers which of the scale, currency, percent and unit look-ups can
    /// succeed at all, so a word in none of them ("Mitarbeiter") costs one look-up instead of six.
    /// </summary>
    public SpanLexicon Roles { get; private init; } = null!;

    /// <summary>
    /// The whole German number words that <see cref="NumberWords.TryParse"/> marks as articles ("ein", "einer"): they
    /// count only before a scale word or in a range, so the recognizer rejects them with one look-up.
    /// </summary>
    public SpanLexicon ArticlesDe { get; private init; } = null!;

    /// <summary>The same for English ("one", fractions), except "half", which has its own form ("half a billion").</summary>
    public SpanLexicon ArticlesEn { get; private init; } = null!;

    // The first entry of a form decides its value (as in the number-word lexicon); multiplier-like forms are left out.
    private static SpanLexicon Articles(IEnumerable<(string Form, decimal Value, NumberWordRole Role, bool German)> words, Func<(string Form, decimal Value, NumberWordRole Role, bool German), bool> isArticle) =>
        new(words.DistinctBy(w => w.Form, StringComparer.OrdinalIgnoreCase)
            .Where(w => isArticle(w) && !w.Form.Equals("half", StringComparison.OrdinalIgnoreCase)
                && !w.Form.Contains("fach", StringComparison.OrdinalIgnoreCase) && !w.Form.Contains("fold", StringComparison.OrdinalIgnoreCase))
            .Select(w => w.Form), ignoreCase: true);

    /// <summary>The longest currency form in tokens.</summary>
    public int MaxCurrencyTokens { get; private init; }

    /// <summary>
    /// The exact (case-sensitive) scale words and one-token currency forms of each word of <see cref="Roles"/>, at the
    /// index its value carries from bit <see cref="FormsShift"/> on (0: none): the look-up of a token's roles then also
    /// answers the scale and currency look-ups with one ordinal comparison per form, instead of two more hash look-ups.
    /// </summary>
    public (string Form, int Scale, int Currency)[][] RoleForms { get; private init; } = [];

    /// <summary>
    /// False when <paramref name="word"/> cannot have the <see cref="WordRoles.Scale"/> role: its first character's five
    /// low bits (the same for both cases of a letter, as the roles' case folding) start no scale word. Most words after
    /// an article ("ein Mitarbeiter") end here without a look-up.
    /// </summary>
    /// <param name="word">The token.</param>
    public bool MayBeScale(ReadOnlySpan<char> word) => word.Length > 0 && ((ScaleFirstLetters >> (word[0] & 31)) & 1) != 0;

    // Bit c & 31 for the first character c of every scale word.
    private uint ScaleFirstLetters { get; init; }

    /// <summary>Where a <see cref="Roles"/> value keeps its index into <see cref="RoleForms"/>; the bits below are <see cref="WordRoles"/>.</summary>
    public const int FormsShift = 16;

    /// <summary>The same answer as <c>Scales.TryGetValue(word)</c>, from the roles of <paramref name="word"/>.</summary>
    /// <param name="roles">The roles of <paramref name="word"/>, as <see cref="Roles"/> gave them (with the form index).</param>
    /// <param name="word">The token.</param>
    /// <param name="scaleIndex">Index into <see cref="ScaleFactors"/>.</param>
    public bool TryScale(WordRoles roles, ReadOnlySpan<char> word, out int scaleIndex) => TryForm(roles, word, currency: false, out scaleIndex);

    /// <summary>The same answer as <c>CurrencyForms.TryGetValue(word)</c> for a single token, from its roles.</summary>
    /// <param name="roles">The roles of <paramref name="word"/>, as <see cref="Roles"/> gave them (with the form index).</param>
    /// <param name="word">The token.</param>
    /// <param name="currencyIndex">Index into <see cref="Currencies"/>.</param>
    public bool TryCurrencyForm(WordRoles roles, ReadOnlySpan<char> word, out int currencyIndex) => TryForm(roles, word, currency: true, out currencyIndex);

    private bool TryForm(WordRoles roles, ReadOnlySpan<char> word, bool currency, out int index)
    {
        foreach (var (form, scale, currencyIndex) in RoleForms[(int)roles >>> FormsShift])
        {
            var candidate = currency ? currencyIndex : scale;
            if (candidate >= 0 && word.SequenceEqual(form))
            {
                index = candidate;
                return true;
            }
        }

        index = -1;
        return false;
    }

    /// <summary>
    /// The value of <c>PercentWords.TryGetValue(word)</c> for a single word (0 percent, 1 percentage points), or -1 when
    /// it fails, from the word's roles: both look-ups fold case alike, so the roles carry it.
    /// </summary>
    /// <param name="roles">The word's roles, as <see cref="Roles"/> gave them.</param>
    public static int OneWordPercent(WordRoles roles) => (((int)roles >> PercentShift) & 3) - 1;

    /// <summary>The value of <c>Qualifiers.TryGetValue(word)</c> for a single word, or -1, from the word's roles.</summary>
    /// <param name="roles">The word's roles, as <see cref="Roles"/> gave them.</param>
    public static int OneWordQualifier(WordRoles roles) => (((int)roles >> QualifierShift) & 15) - 1;

    // Where a Roles value keeps its one-word percent and qualifier values (plus one; 0 for none).
    private const int PercentShift = 10;
    private const int QualifierShift = 12;

    private static (SpanLexicon Roles, (string Form, int Scale, int Currency)[][] Forms) BuildRoles(
        IReadOnlyList<KeyValuePair<string, int>> scaleForms,
        IReadOnlyList<KeyValuePair<string, int>> currencyForms,
        IReadOnlyList<KeyValuePair<string, int>> percentValues,
        IReadOnlyList<KeyValuePair<string, int>> qualifierValues,
        params (IEnumerable<string> Keys, WordRoles Role)[] sets)
    {
        // Keys are grouped by their folded form, exactly as the ignore-case look-up distinguishes them; a phrase
        // contributes its first word too (a two-token look-up starts there).
        var roles = new Dictionary<string, (string Key, WordRoles Roles)>(StringComparer.Ordinal);
        foreach (var (keys, role) in sets)
        {
            foreach (var key in keys)
            {
                foreach (var form in key.Contains(' ') ? [key, key[..key.IndexOf(' ')]] : new[] { key })
                {
                    var folded = SpanLexicon.FoldKey(form);
                    roles[folded] = roles.TryGetValue(folded, out var existing) ? (existing.Key, existing.Roles | role) : (form, role);
                }
            }
        }

        // Every exact form folds to a key above (scales and currency first tokens are among the sets); the first entry
        // of a form wins, as in the ordinal lexicons these forms stand in for.
        var forms = new Dictionary<string, List<(string Form, int Scale, int Currency)>>(StringComparer.Ordinal);
        var seenScales = new HashSet<string>(StringComparer.Ordinal);
        var seenCurrencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, index) in scaleForms)
        {
            if (seenScales.Add(form))
            {
                Forms(form).Add((form, index, -1));
            }
        }

        foreach (var (form, index) in currencyForms)
        {
            if (!form.Contains(' ') && seenCurrencies.Add(form))
            {
                Forms(form).Add((form, -1, index));
            }
        }

        // One-word values of the case-folding lexicons, the first entry of a folded form winning as there.
        var oneWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (values, shift) in new[] { (percentValues, PercentShift), (qualifierValues, QualifierShift) })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (form, value) in values)
            {
                var folded = SpanLexicon.FoldKey(form);
                if (!form.Contains(' ') && seen.Add(folded))
                {
                    oneWord[folded] = oneWord.GetValueOrDefault(folded) | ((value + 1) << shift);
                }
            }
        }

        var table = new List<(string Form, int Scale, int Currency)[]> { Array.Empty<(string, int, int)>() };
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var (folded, (key, role)) in roles)
        {
            var slot = 0;
            if (forms.TryGetValue(folded, out var list))
            {
                slot = table.Count;
                table.Add([.. list]);
            }

            entries.Add(new KeyValuePair<string, int>(key, (int)role | oneWord.GetValueOrDefault(folded) | (slot << FormsShift)));
        }

        return (new SpanLexicon(entries, ignoreCase: true), [.. table]);

        List<(string Form, int Scale, int Currency)> Forms(string form)
        {
            var folded = SpanLexicon.FoldKey(form);
            if (!forms.TryGetValue(folded, out var list))
            {
                forms[folded] = list = [];
            }

            return list;
        }
    }

    private static AmountLexicon Load()
    {
        var scales = Table("Amounts/scales.tsv");
        var currencies = Table("Amounts/currencies.tsv");
        var numberWords = new List<(string Form, decimal Value, NumberWordRole Role, bool German)>();
        foreach (var (path, german) in new[] { ("Amounts/number-words.de.txt", true), ("Amounts/number-words.en.txt", false) })
        {
            foreach (var row in Table(path))
            {
                numberWords.Add((row[0], Decimal(row[1]), Enum.Parse<NumberWordRole>(row[2], ignoreCase: true), german));
            }
        }

        var multipliers = Table("Amounts/multipliers.tsv");
        var multiplierEndings = Table("Amounts/multiplier-endings.tsv");
        var qualifiers = Table("Amounts/qualifiers.tsv");
        var percent = Table("Amounts/percent.tsv");
        var notUnits = EmbeddedResources.ReadLines("Amounts/not-units.txt").ToList();
        var referenceWords = EmbeddedResources.ReadLines("Amounts/reference-words.txt").ToList();
        var currencyForms = currencies.Select((row, i) => new KeyValuePair<string, int>(row[0], i)).ToList();
        long[] prefixesDe = [.. numberWords.Where(w => w.German && w.Form.Length >= 3).Select(w => PackPrefix(w.Form))];
        long[] prefixesEn = [.. numberWords.Where(w => !w.German && w.Form.Length >= 3).Select(w => PackPrefix(w.Form))];
        long[] suffixesDe = [.. numberWords.Where(w => w.German).Select(w => w.Form).Concat(Endings(multiplierEndings, "de")).Concat(multipliers.Select(row => row[0]))
            .Where(f => f.Length >= 3).Select(f => PackPrefix(f.AsSpan(f.Length - 3)))];
        long[] suffixesEn = [.. numberWords.Where(w => !w.German).Select(w => w.Form).Concat(Endings(multiplierEndings, "en")).Concat(multipliers.Select(row => row[0]))
            .Where(f => f.Length >= 3).Select(f => PackPrefix(f.AsSpan(f.Length - 3)))];
        var roles = LoadRoles(scales, currencies, percent, notUnits, qualifiers, referenceWords, currencyForms);
        return new AmountLexicon
        {
            Scales = new SpanLexicon(scales.Select((row, i) => new KeyValuePair<string, int>(row[0], i))),
            ScaleFactors = [.. scales.Select(row => Decimal(row[1]))],
            CurrencyForms = new SpanLexicon(currencyForms),
            CurrencyFormsIgnoreCase = new SpanLexicon(currencyForms.Where(kv => kv.Key.Length > 3 && kv.Key.Any(char.IsLower)), ignoreCase: true),
            Currencies = [.. currencies.Select(row => (row[1], Decimal(row[2])))],
            NamingFormsOfLetterSubunits = currencies.Where(row => row[0].Length == 1 && char.IsLetter(row[0][0]) && Decimal(row[2]) != 1)
                .Select(row => row[1]).Distinct()
                .ToDictionary(code => code, code => currencies.Where(row => row[1] == code && Decimal(row[2]) == 1 && (row[0].Length >= 3 || !char.IsLetter(row[0][0])))
                    .Select(row => row[0]).ToArray(), StringComparer.Ordinal),
            MaxCurrencyTokens = currencies.Max(row => row[0].Count(c => c == ' ') + 1),
            Qualifiers = new SpanLexicon(qualifiers.Select(row => new KeyValuePair<string, int>(row[0], (int)ParseQualifier(row[1]))), ignoreCase: true),
            PercentWords = new SpanLexicon(percent.Select(row => new KeyValuePair<string, int>(row[0], PercentValue(row[1]))), ignoreCase: true),
            NumberWordsDe = new SpanLexicon(numberWords.Select((w, i) => (w, i)).Where(x => x.w.German).Select(x => new KeyValuePair<string, int>(x.w.Form, x.i)), ignoreCase: true),
            NumberWordsEn = new SpanLexicon(numberWords.Select((w, i) => (w, i)).Where(x => !x.w.German).Select(x => new KeyValuePair<string, int>(x.w.Form, x.i)), ignoreCase: true),
            NumberWordValues = [.. numberWords.Select(w => (w.Value, w.Role))],
            ArticlesDe = Articles(numberWords.Where(w => w.German), w => w.Value == 1),
            ArticlesEn = Articles(numberWords.Where(w => !w.German), w => w.Form.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Role == NumberWordRole.Fraction),
            NumberWordPrefixesDe = new PackedSet(prefixesDe),
            NumberWordPrefixesEn = new PackedSet(prefixesEn),
            NumberWordSuffixesDe = new PackedSet(suffixesDe),
            NumberWordSuffixesEn = new PackedSet(suffixesEn),
            PrefixBitsDe = TrigramBits(prefixesDe),
            PrefixBitsEn = TrigramBits(prefixesEn),
            SuffixBitsDe = TrigramBits(suffixesDe),
            SuffixBitsEn = TrigramBits(suffixesEn),
            Multipliers = new SpanLexicon(multipliers.Select((row, i) => new KeyValuePair<string, int>(row[0], i)), ignoreCase: true),
            MultiplierFactors = [.. multipliers.Select(row => Decimal(row[1]))],
            NotUnits = new SpanLexicon(notUnits, ignoreCase: true),
            GluedNotCountedEn = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/glued-not-counted.en.txt"), ignoreCase: true),
            FunctionWordsEn = new SpanLexicon(EmbeddedResources.ReadLines("Languages/function-words.en.txt"), ignoreCase: true),
            FunctionWordsDe = new SpanLexicon(EmbeddedResources.ReadLines("Languages/function-words.de.txt")),
            ReferenceWords = new SpanLexicon(referenceWords),
            ChangeWords = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/change-words.en.txt"), ignoreCase: true),
            RangeFromWords = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/range-from-words.en.txt"), ignoreCase: true),
            Units = new SpanLexicon(EmbeddedResources.ReadLines("Tokenization/unit-suffixes.txt")
                .Where(unit => unit.Length >= 2 && !scales.Any(row => row[0] == unit))),
            OverSpans = new SpanLexicon(Table("Amounts/over-spans.en.txt")
                .GroupBy(row => row[0], StringComparer.OrdinalIgnoreCase)
                .Select(group => new KeyValuePair<string, int>(group.Key, group.Aggregate(0, (roles, row) => roles | row[1] switch
                {
                    "span" => OverSpan,
                    "before" => OverBefore,
                    "after" => OverAfter,
                    _ => throw new InvalidDataException($"over-spans.en.txt: unknown role '{row[1]}'"),
                }))), ignoreCase: true),
            QualifiersAfter = [.. Table("Amounts/qualifiers-after.tsv").Select(row => (row[0], ParseQualifier(row[1])))],
            TallyNounsEn = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/tally-nouns.en.txt"), ignoreCase: true),
            VagueCounts = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/vague-counts.txt"), ignoreCase: true),
            FrequencyAfterEn = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/frequency-after.en.txt"), ignoreCase: true),
            AndFractionsEn = [.. Table("Amounts/and-fractions.en.txt").Select(row => (row[0], row[1], Decimal(row[2])))],
            StageWords = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/stage-words.txt")),
            LetterUnitsDe = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/letter-units.de.txt")),
            HyphenUnits = new SpanLexicon(EmbeddedResources.ReadLines("Amounts/hyphen-units.txt"), ignoreCase: true),
            MultiplierEndings = [.. multiplierEndings.Select(row => row[0])],
            ScaleFirstLetters = scales.Aggregate(0u, (mask, row) => mask | (1u << (row[0][0] & 31))),
            Roles = roles.Roles,
            RoleForms = roles.Forms,
        };
    }

    private static (SpanLexicon Roles, (string Form, int Scale, int Currency)[][] Forms) LoadRoles(List<string[]> scales, List<string[]> currencies, List<string[]> percent, List<string> notUnits, List<string[]> qualifiers, List<string> referenceWords, List<KeyValuePair<string, int>> currencyForms) =>
            BuildRoles(
                [.. scales.Select((row, i) => new KeyValuePair<string, int>(row[0], i))],
                currencyForms,
                [.. percent.Select(row => new KeyValuePair<string, int>(row[0], PercentValue(row[1])))],
                [.. qualifiers.Select(row => new KeyValuePair<string, int>(row[0], (int)ParseQualifier(row[1])))],
                (scales.Select(row => row[0]), WordRoles.Scale),
                (currencies.Select(row => row[0].Split(' ')[0]), WordRoles.CurrencyStart),
                (percent.Select(row => row[0]), WordRoles.Percent),
                (notUnits, WordRoles.NotUnit),
                (qualifiers.Select(row => row[0]), WordRoles.Qualifier),
                (qualifiers.Where(row => row[0].Contains(' ')).Select(row => row[0][(row[0].LastIndexOf(' ') + 1)..]), WordRoles.QualifierEnd),
                (referenceWords, WordRoles.Reference),
                (currencies.Where(row => row[0].Contains(' ')).Select(row => row[0].Split(' ')[0]), WordRoles.MultiTokenCurrencyStart));

    private static IEnumerable<string> Endings(List<string[]> table, string language) =>
        table.Where(row => row[1] == language).Select(row => row[0]);

    private static List<string[]> Table(string path) => EmbeddedResources.ReadLines(path).Select(line => line.Split('\t')).ToList();

    private static decimal Decimal(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int PercentValue(string s) => s == "percentage points" ? 1 : 0;

    private static AmountQualifier ParseQualifier(string s) => s switch
    {
        "approximately" => AmountQualifier.Approximately,
        "more than" => AmountQualifier.MoreThan,
        "less than" => AmountQualifier.LessThan,
        "at least" => AmountQualifier.AtLeast,
        "at most" => AmountQualifier.AtMost,
        "up to" => AmountQualifier.UpTo,
        _ => throw new InvalidDataException($"qualifiers.tsv: unknown qualifier '{s}'"),
    };
}

/// <summary>The look-ups a word may succeed in (see <see cref="AmountLexicon.Roles"/>).</summary>
[Flags]
internal enum WordRoles
{
    None = 0,
    Scale = 1,
    CurrencyStart = 2,
    Percent = 4,
    NotUnit = 8,
    Qualifier = 16,
    Reference = 32,

    /// <summary>The last word of a qualifier of two words ("als" of "mehr als").</summary>
    QualifierEnd = 64,

    /// <summary>The first word of a currency form of two or more tokens ("kanadische" of "kanadische Dollar").</summary>
    MultiTokenCurrencyStart = 128,
}

/// <summary>What a number word contributes to a compound number.</summary>
internal enum NumberWordRole
{
    Unit,
    Ten,
    Hundred,
    Thousand,
    Fraction,

    /// <summary>
    /// A German genitive of a small number ("zweier", "dreier": "die Klage zweier Landwirte"): a whole word only, never a
    /// part of a compound, and only in lower case, since capitalised "Zweier"/"Dreier" is a noun (a boat, a three-pointer).
    /// </summary>
    Genitive,
}
