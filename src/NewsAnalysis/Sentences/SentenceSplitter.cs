using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a final mark (. ! ? …) that is followed by something that
/// can open a sentence, with closing quotation marks and brackets after the mark kept in the sentence
/// ("„Wir wachsen.“ Dann"); abbreviations and ordinals are tokens of their own, so their periods never end a
/// sentence unless the abbreviation often closes one ("usw.") and a capitalised sentence opener follows.
/// Blank lines always end a sentence; single line breaks end one after a line without final punctuation
/// (headlines, list items) unless the text is hard-wrapped. A colon ends an English sentence only before a
/// capitalised word, never before a quotation.
/// <para>
/// A boundary model (<see cref="BoundaryModel"/>, trained on treebank text) then reviews the rules' verdict on
/// one line: it may veto a rule boundary or add one where a sentence ends without final punctuation (review
/// snippets, e-mail headers, "Dann habe ich bezahlt Daraufhin ..."). It only adds boundaries before a capital
/// letter or digit that follows white space, and never touches a boundary at a line break, so quotations,
/// headlines and paragraphs keep the rules' behaviour.
/// </para>
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SentenceSplitter
{
    private readonly Tokenizer _tokenizer;
    private readonly Func<Language, BoundaryModel?> _models;

    /// <summary>
    /// Creates a splitter that reads abbreviations from <paramref name="tokenizer"/>'s lexicon and reviews the
    /// rules with the shipped boundary models.
    /// </summary>
    /// <param name="tokenizer">The tokenizer whose tokens are split.</param>
    public SentenceSplitter(Tokenizer tokenizer)
        : this(tokenizer, BoundaryModel.ForLanguage)
    {
    }

    /// <summary>Creates a splitter with the given boundary models (a function returning null means rules only).</summary>
    internal SentenceSplitter(Tokenizer tokenizer, Func<Language, BoundaryModel?> models)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        _models = models ?? throw new ArgumentNullException(nameof(models));
    }

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens in text order.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="output">Receives the sentences in text order.</param>
    public void Split(string text, IReadOnlyList<Token> tokens, Language language, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        if (tokens.Count == 0)
        {
            return;
        }

        // The passes below read every token a dozen times: through a span, not the interface, which costs a
        // virtual call per read. Lists and arrays are read in place; anything else is copied once.
        switch (tokens)
        {
            case Token[] array:
                SplitSpan(text, array, language, output);
                break;
            case List<Token> list:
                SplitSpan(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), language, output);
                break;
            default:
                var copy = System.Buffers.ArrayPool<Token>.Shared.Rent(tokens.Count);
                try
                {
                    for (var k = 0; k < tokens.Count; k++)
                    {
                        copy[k] = tokens[k];
                    }

                    SplitSpan(text, copy.AsSpan(0, tokens.Count), language, output);
                }
                finally
                {
                    System.Buffers.ArrayPool<Token>.Shared.Return(copy, clearArray: true);
                }

                break;
        }
    }

    private void SplitSpan(string text, ReadOnlySpan<Token> tokens, Language language, List<Sentence> output)
    {
        var n = tokens.Length;
        var model = _models(language);
        var boundaries = System.Buffers.ArrayPool<bool>.Shared.Rent(n);
        var gaps = model is null ? null : System.Buffers.ArrayPool<Gap>.Shared.Rent(n);
        try
        {
            var count = Scan(text, tokens, language, model?.Words, boundaries.AsSpan(0, n), gaps);
            if (model is not null && count > 0)
            {
                Review(text, tokens, language, model, gaps.AsSpan(0, count), boundaries.AsSpan(0, n));
            }

            // Sentences end at the (few) boundaries: found with a vectorised search, not a test per token.
            var ends = boundaries.AsSpan(0, n - 1);
            var first = 0;
            while (first < n)
            {
                var end = ends[first..].IndexOf(true);
                var last = end < 0 ? n - 1 : first + end;
                output.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(boundaries);
            if (gaps is not null)
            {
                System.Buffers.ArrayPool<Gap>.Shared.Return(gaps);
            }
        }
    }

    /// <summary>
    /// A gap the boundary model decides: the gap after token <see cref="Index"/>, the tokens since the rules'
    /// previous boundary (1 = the gap follows the first token of the rules' sentence) and the
    /// <see cref="GapWords.Flags"/> of the token after the gap when the candidate pass looked them up
    /// (<see cref="GapWords.Unknown"/> otherwise).
    /// </summary>
    internal readonly record struct Gap(int Index, int SinceRule, int NextFlags);

    /// <summary>
    /// One pass over the tokens: the rules' verdict for every token (<c>rule[i]</c> is true when a sentence ends
    /// after token i) and, when <paramref name="words"/> is given, the gaps the boundary model decides, written to
    /// <paramref name="gaps"/> in text order; returns their count. Training marks its examples with the same pass.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A gap goes to the model when <see cref="BoundaryFeatures.IsCandidate"/> holds and no line break is in it;
    /// no boundary is added inside an open quotation ("Jung kauft Alt") or after a word that never ends a sentence
    /// (<see cref="GapWords.InnerWords"/>). German capitalises every noun, so most candidate gaps are "word | Noun":
    /// there a boundary is added only before a word mostly written in lower case or a listed sentence opener
    /// ("lecker | Die", "verlangt | Daraufhin"), or after a token that is not a word (an emoticon, a number); the
    /// model is not asked about the rest, which keeps it cheap.
    /// </para>
    /// <para>
    /// The pass goes 64 tokens at a time (<see cref="BlockMasks"/>, <see cref="LineBreakBits"/>): which tokens the
    /// rules must look at (quotation marks, tokens that may be a final mark, gaps with a line break) and which gaps
    /// may be open to the model (white space before a capital or a digit, outside English not after a comma) is
    /// computed for the whole block without branches into bit masks: each test is close to a coin toss in German
    /// text, and a mispredicted branch per token cost more than the tests. Only the set bits are then visited, in
    /// text order: first the rules', then the gaps' (whose tests read the rules' verdict and the quotation marks).
    /// </para>
    /// </remarks>
    internal int Scan(string text, ReadOnlySpan<Token> tokens, Language language, GapWords? words, Span<bool> rule, Span<Gap> gaps)
    {
        var n = tokens.Length;
        rule.Clear();
        var hardWrapped = -1; // IsHardWrapped, asked only at the first single line break (0 false, 1 true, -1 not yet)
        var stopsAfterComma = language != Language.English;
        var german = language == Language.German;
        var insideQuote = false;
        var gapInsideQuote = false; // the candidate test follows quotations token by token, the rules from mark to mark
        var next = 0; // the first token the rules have not consumed (a final mark consumes the closing marks glued to it)
        var lineBreak = NextLineBreak(text, 0); // the first line break not yet placed in a block
        var pendingRule = -1; // a rule boundary beyond the current block (after a long run of closing marks)
        var lastRule = -1;
        var count = 0;
        for (var block = 0; block < n; block += 64)
        {
            var gapLimit = Math.Min(64, n - 1 - block); // the block's gaps: the last token has none
            var (interesting, open, marks) = BlockMasks(text, tokens, block, gapLimit, stopsAfterComma);
            if (gapLimit > 0)
            {
                interesting |= LineBreakBits(text, tokens, block, gapLimit, ref lineBreak);
            }

            if (n - block <= 64)
            {
                // The last token: the rules look at it (a final mark or a quotation mark ends the text).
                var lastToken = tokens[n - 1];
                var final = (lastToken.Kind == TokenKind.QuoteMark) | MayBeFinal(text, lastToken);
                interesting |= (final ? 1UL : 0UL) << (n - 1 - block);
            }

            ulong ruleBits = 0;
            if (pendingRule >= 0 && pendingRule - block < 64)
            {
                ruleBits = 1UL << (pendingRule - block);
                pendingRule = -1;
            }

            while (interesting != 0)
            {
                var i = block + System.Numerics.BitOperations.TrailingZeroCount(interesting);
                interesting &= interesting - 1;
                if (i < next)
                {
                    continue;
                }

                var last = i;
                var boundary = false;
                var token = tokens[i];
                if (token.Kind == TokenKind.QuoteMark)
                {
                    insideQuote = OpensQuote(tokens, i) || (insideQuote && !ClosesQuote(tokens, i));
                }

                if (MayBeFinal(text, token) && IsFinal(token, language, out var abbreviation, out var colon) && !(colon && insideQuote))
                {
                    // Keep further marks and closing quotes/brackets that are glued to the final mark.
                    var j = i + 1;
                    while (j < n && tokens[j].Start == tokens[j - 1].End && IsClosing(text, tokens, j))
                    {
                        j++;
                    }

                    last = j - 1;
                    boundary = j >= n || (colon ? OpensAfterColon(text, tokens[j]) : OpensSentence(text, tokens, j, language, abbreviation, token));
                }

                if (!boundary && last + 1 < n)
                {
                    boundary = LineBreakEnds(text, tokens, last, ref hardWrapped);
                }

                if (boundary)
                {
                    rule[last] = true;
                    if (last - block < 64)
                    {
                        ruleBits |= 1UL << (last - block);
                    }
                    else
                    {
                        pendingRule = last;
                    }
                }

                insideQuote &= !boundary;
                next = last + 1;
            }

            if (words is null || gapLimit <= 0)
            {
                continue;
            }

            var gapMask = gapLimit == 64 ? ulong.MaxValue : (1UL << gapLimit) - 1;
            open = (open | ruleBits) & gapMask;
            var visit = open | marks;
            while (visit != 0)
            {
                var k = System.Numerics.BitOperations.TrailingZeroCount(visit);
                visit &= visit - 1;
                var g = block + k;
                if (((marks >> k) & 1) != 0)
                {
                    gapInsideQuote = OpensQuote(tokens, g) || (gapInsideQuote && !ClosesQuote(tokens, g));
                }

                if (((open >> k) & 1) == 0)
                {
                    continue;
                }

                var isRule = ((ruleBits >> k) & 1) != 0;
                var nextFlags = GapWords.Unknown;
                // In German most open gaps come before a noun after a word, which MayAdd rejects by the word lists'
                // filter: that test comes first, before the calls.
                if ((isRule || !german || !char.IsLetter(text[tokens[g].Start]) || words.MayHaveFlags(tokens[g + 1].Span))
                    && BoundaryFeatures.IsCandidate(text, tokens, g, isRule, language)
                    && !HasLineBreak(text, tokens[g].End, tokens[g + 1].Start)
                    && (isRule || MayAdd(text, tokens, g, gapInsideQuote, words, language, out nextFlags)))
                {
                    gaps[count++] = new Gap(g, g - lastRule, nextFlags);
                }

                if (isRule)
                {
                    gapInsideQuote = false;
                    lastRule = g;
                }
            }
        }

        return count;
    }

    // Bits of a gap's code (BlockMasks) and of CharFlags and KindFlags, placed so that the code needs no comparisons.
    private const int RulesBit = 1; // code: the rules look at the token. CharFlags: '.' '!' '?' ':' may end a final token
    private const int OpenBit = 2; // code: the gap may be open to the model. CharFlags: an ASCII capital or digit
    private const int QuoteBit = 4; // code and KindFlags: a quotation mark
    private const int CommaBit = 8; // CharFlags: ',' ';' ':', after which a German sentence never ends
    private const int PunctuationBit = 16; // KindFlags: punctuation (whose first character IsFinal reads)

    /// <summary>
    /// <see cref="RulesBit"/>, <see cref="OpenBit"/> and <see cref="CommaBit"/> of each ASCII character; index 128
    /// stands for every other character, which may open a sentence or end a final mark ("Ärger", "…") but is no comma.
    /// </summary>
    private static ReadOnlySpan<byte> CharFlags =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 1, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 8, 0, 0, 0, 1,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3,
    ];

    /// <summary>
    /// The <see cref="TokenKind"/> flags: quotation marks the rules always look at, punctuation. Indexed by the kind's
    /// number modulo 16 (TokenKind has 15 members; a new kind past 15 needs a wider table).
    /// </summary>
    private static ReadOnlySpan<byte> KindFlags =>
    [
        0, 0, 0, 0, 0, PunctuationBit, RulesBit | QuoteBit, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// The bit masks of the <paramref name="gapLimit"/> gaps from token <paramref name="block"/> on (bit k = the
    /// gap after token block + k): the tokens the rules look at (quotation marks, tokens ending in '.', '!', '?', ':'
    /// or a character outside ASCII, punctuation longer than one character; gaps with a line break come from
    /// <see cref="LineBreakBits"/>), the gaps that may be open to the model (white space before a capital, a digit
    /// or a character outside ASCII; outside English not after a comma, colon or semicolon) and the quotation marks.
    /// The first two may hold more than needed: the tests on the set bits are exact.
    /// </summary>
    /// <remarks>
    /// A method of its own, so that the loop keeps its values in registers, and without branches: the loop runs
    /// for every token, and its instruction count is what it costs. Characters and kinds are classified by table
    /// look-ups whose bits are placed where the code wants them, so no comparison is needed.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Interesting, ulong Open, ulong Marks) BlockMasks(string text, ReadOnlySpan<Token> tokens, int block, int gapLimit, bool stopsAfterComma)
    {
        // One code byte per gap (RulesBit, OpenBit, QuoteBit), turned into the three masks by vector instructions at
        // the end: three masks built in the loop kept more values alive than there are registers. The code is made
        // of table bits and shifts, without comparisons.
        Span<byte> codes = stackalloc byte[64];
        codes.Clear();
        var comma = stopsAfterComma ? CommaBit : 0;
        var charFlags = CharFlags;
        var kindFlags = KindFlags;
        var slice = tokens.Slice(block, gapLimit + 1);
        for (var k = 1; k < slice.Length; k++)
        {
            ref readonly var token = ref slice[k - 1];
            var end = token.End;
            var nextStart = slice[k].Start;
            int before = charFlags[Math.Min(text[end - 1], (char)128)];
            int after = charFlags[Math.Min(text[nextStart], (char)128)];
            int kind = kindFlags[(int)token.Kind & 15];
            // IsFinal takes punctuation by its first character: one character long (most are), it is the last one,
            // whose RulesBit is in before; longer punctuation is always looked at (1 - length is negative).
            var longPunctuation = (kind >> 4) & ((1 - (end - token.Start)) >>> 31);
            // Open: a capital or digit after white space (end - nextStart is negative) and, in German, no comma.
            var open = after & ~((before & comma) >> 2) & ((end - nextStart) >>> 30) & OpenBit;
            codes[k - 1] = (byte)((before & RulesBit) | (kind & (RulesBit | QuoteBit)) | longPunctuation | open);
        }

        var low = Vector256.Create<byte>(codes[..32]);
        var high = Vector256.Create<byte>(codes[32..]);
        return (Mask(low, high, 7), Mask(low, high, 6), Mask(low, high, 5)); // RulesBit, OpenBit, QuoteBit

        // The masks of one bit of the codes: shifted into each byte's top bit, which the extraction collects.
        static ulong Mask(Vector256<byte> low, Vector256<byte> high, int shift) =>
            Vector256.ShiftLeft(low, shift).ExtractMostSignificantBits() | ((ulong)Vector256.ShiftLeft(high, shift).ExtractMostSignificantBits() << 32);
    }

    /// <summary>
    /// The gaps of the block that hold a line break (bit k = the gap after token block + k), found by a vectorised
    /// search of the text rather than a test per gap: <paramref name="lineBreak"/> is the first line break not yet
    /// placed (int.MaxValue when none is left) and is advanced past the block.
    /// </summary>
    private static ulong LineBreakBits(string text, ReadOnlySpan<Token> tokens, int block, int gapLimit, ref int lineBreak)
    {
        ulong bits = 0;
        var limit = tokens[block + gapLimit].Start;
        while (lineBreak < limit)
        {
            // The block's last gap that starts at or before the break (none when the break is inside a token).
            var low = block;
            var high = block + gapLimit - 1;
            var gap = block - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                if (tokens[middle].End <= lineBreak)
                {
                    gap = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            var from = lineBreak + 1;
            if (gap >= block)
            {
                bits |= 1UL << (gap - block);
                from = Math.Max(from, tokens[gap + 1].Start); // one bit per gap is enough
            }

            lineBreak = NextLineBreak(text, from);
        }

        return bits;
    }

    private static int NextLineBreak(string text, int from)
    {
        var found = text.AsSpan(from).IndexOfAny('\n', '\u2028', '\u2029');
        return found < 0 ? int.MaxValue : from + found;
    }

    /// <summary>
    /// The model's verdict on the rules' boundaries in <paramref name="boundaries"/>: every gap in
    /// <paramref name="gaps"/> is scored and decided; other gaps keep the rules' verdict.
    /// </summary>
    internal void Review(string text, ReadOnlySpan<Token> tokens, Language language, BoundaryModel model, ReadOnlySpan<Gap> gaps, Span<bool> boundaries)
    {
        Span<int> features = stackalloc int[BoundaryFeatures.MaxFeatures];
        var nextRule = 0;
        foreach (var gap in gaps)
        {
            // Gaps are decided in text order and NextRule reads only tokens after the gap, so the rules' verdict it
            // reads is still unchanged.
            var count = Features(text, tokens, language, model.Words, model.Mask, boundaries, gap, ref nextRule, features);
            boundaries[gap.Index] = model.IsBoundary(features[..count]);
        }
    }

    /// <summary>The features of <paramref name="gap"/> as <see cref="Review"/> and training compute them.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="words">The model's word lists.</param>
    /// <param name="mask">The weight table's size minus one.</param>
    /// <param name="rule">The rules' verdict at the gap and after it.</param>
    /// <param name="gap">The gap.</param>
    /// <param name="nextRule">The previous gap's next rule boundary (0 at the first gap); updated.</param>
    /// <param name="features">Receives the feature indices.</param>
    internal int Features(string text, ReadOnlySpan<Token> tokens, Language language, GapWords words, int mask, ReadOnlySpan<bool> rule, Gap gap, ref int nextRule, Span<int> features)
    {
        nextRule = NextRule(rule, gap.Index, nextRule);
        var until = BoundaryFeatures.UntilRule(gap.Index, nextRule, tokens.Length);
        return BoundaryFeatures.Extract(text, tokens, gap.Index, rule[gap.Index], gap.SinceRule, until, _tokenizer.Lexicon, words, language, mask, gap.NextFlags, features);
    }

    /// <summary>
    /// Whether the model may add a boundary in the gap after token <paramref name="i"/> (which passed
    /// <see cref="BoundaryFeatures.IsCandidate"/>): not inside a quotation, not after an inner word, and in German
    /// only before a listed word or after a token that is not a word. <paramref name="nextFlags"/> receives the
    /// next token's <see cref="GapWords.Flags"/> when they were looked up.
    /// </summary>
    /// <remarks>
    /// A conjunction, ordered by cost: in German most gaps that get here come before a noun, which the word
    /// lists' filter rejects at once, so the inner-word list is asked only about the rest.
    /// </remarks>
    private static bool MayAdd(string text, ReadOnlySpan<Token> tokens, int i, bool insideQuote, GapWords words, Language language, out int nextFlags)
    {
        nextFlags = GapWords.Unknown;
        if (insideQuote)
        {
            return false;
        }

        if (language != Language.German)
        {
            return !words.InnerWords.Contains(tokens[i].Span);
        }

        if (!char.IsLetter(text[tokens[i].Start]))
        {
            return !words.InnerWords.Contains(tokens[i].Span);
        }

        var next = tokens[i + 1].Span;
        if (!words.MayHaveFlags(next) || words.InnerWords.Contains(tokens[i].Span))
        {
            return false;
        }

        nextFlags = words.Flags(next);
        return nextFlags != 0;
    }

    /// <summary>The first token after <paramref name="i"/> the rules end a sentence with (or the count), resuming from <paramref name="previous"/>.</summary>
    internal static int NextRule(ReadOnlySpan<bool> rule, int i, int previous)
    {
        if (previous > i)
        {
            return previous;
        }

        var next = rule[(i + 1)..].IndexOf(true);
        return next < 0 ? rule.Length : i + 1 + next;
    }

    private static bool HasLineBreak(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Convenience overload that returns the sentences as an array.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens in text order.</param>
    /// <param name="language">The text's language.</param>
    public Sentence[] Split(string text, IReadOnlyList<Token> tokens, Language language)
    {
        var output = new List<Sentence>();
        Split(text, tokens, language, output);
        return [.. output];
    }

    /// <summary>
    /// A cheap filter before <see cref="IsFinal"/>: only punctuation and words ending in a period can end a sentence,
    /// and most tokens are neither.
    /// </summary>
    private static bool MayBeFinal(string text, Token token) =>
        (token.Kind == TokenKind.Punctuation) | ((token.Kind == TokenKind.Word) & (text[token.End - 1] == '.'));

    private bool IsFinal(Token token, Language language, out bool abbreviation, out bool colon)
    {
        abbreviation = false;
        colon = false;
        var span = token.Span;
        if (token.Kind == TokenKind.Punctuation)
        {
            if (span[0] == ':' && span.Length == 1)
            {
                // English web and news text ends a sentence at a colon before a capitalised clause
                // ("He announced this: As of ..."); a colon before a quotation never ends one.
                colon = true;
                return language == Language.English;
            }

            return CharClass.IsSentenceFinal(span[0]) && (span.Length == 1 || span[1] == '.' || CharClass.IsSentenceFinal(span[^1]));
        }

        if (token.Kind == TokenKind.Word && span.Length > 1 && span[^1] == '.')
        {
            // An abbreviation's period may double as the sentence's ("... usw. Danach").
            abbreviation = true;
            return _tokenizer.IsAbbreviation(span, language, out var mayEnd) && mayEnd;
        }

        return false;
    }

    private static bool IsClosing(string text, ReadOnlySpan<Token> tokens, int j)
    {
        var token = tokens[j];
        var c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            return CharClass.IsCloseBracket(c) || CharClass.IsSentenceFinal(c);
        }

        if (token.Kind != TokenKind.QuoteMark)
        {
            return false;
        }

        // A quotation mark glued to the final mark closes the quote unless a word is glued to its right.
        var after = token.End < text.Length ? text[token.End] : ' ';
        return !char.IsLetterOrDigit(after);
    }

    private bool OpensSentence(string text, ReadOnlySpan<Token> tokens, int j, Language language, bool afterAbbreviation, Token final)
    {
        var next = tokens[j];
        var c = text[next.Start];
        if (c is ',' or ';' or ':' || CharClass.IsCloseBracket(c) || CharClass.IsHyphen(c))
        {
            return false;
        }

        if (char.IsLower(c))
        {
            // Abbreviation periods are part of their tokens, so a lone "." before a lower-case word is a sentence
            // end written carelessly ("gut. bei uns"), as in web text; after "!"/"?" and an ellipsis a lower-case
            // word continues the sentence ("Ach! und dann", "Er zögerte ... dann").
            return language == Language.English && !afterAbbreviation && !(final.Length > 1 && final.Span[1] == '.');
        }

        if (afterAbbreviation)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }

            return language == Language.English || _tokenizer.Lexicon.SentenceStartersDe.Contains(next.Span);
        }

        // Upper case, digits, opening quotes: a new sentence. (An ellipsis inside a sentence is followed by
        // lower case, handled above.)
        return true;
    }

    /// <summary>A quotation mark glued to the word after it and not to the one before opens a quotation.</summary>
    private static bool OpensQuote(ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var gluedBefore = i > 0 && tokens[i - 1].End == token.Start && tokens[i - 1].Kind != TokenKind.QuoteMark;
        var gluedAfter = i + 1 < tokens.Length && tokens[i + 1].Start == token.End;
        return gluedAfter && !gluedBefore;
    }

    /// <summary>A quotation mark glued to the token before it closes a quotation.</summary>
    private static bool ClosesQuote(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].End == tokens[i].Start;

    private static bool OpensAfterColon(string text, Token next) =>
        next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && !(next.Length == 1 && text[next.Start] == 'I');

    /// <summary>Whether the line breaks in the gap after token <paramref name="last"/> end a sentence.</summary>
    /// <remarks>Asked only about the tokens the rules look at, whose gaps are mostly one space: counted directly.</remarks>
    private static bool LineBreakEnds(string text, ReadOnlySpan<Token> tokens, int last, ref int hardWrapped)
    {
        var gapStart = tokens[last].End;
        var gapEnd = tokens[last + 1].Start;
        var newlines = 0;
        for (var k = gapStart; k < gapEnd; k++)
        {
            if (text[k] == '\n' || text[k] == '\u2029' || text[k] == '\u2028')
            {
                newlines++;
            }
        }

        if (newlines >= 2)
        {
            return true; // a blank line: a paragraph or a headline ends
        }

        if (newlines == 0)
        {
            return false;
        }

        if (hardWrapped < 0)
        {
            // Most texts break lines only between paragraphs (blank lines, decided above) and never get here.
            hardWrapped = IsHardWrapped(text) ? 1 : 0;
        }

        if (hardWrapped == 1)
        {
            return false;
        }

        // One line break: a headline, dateline or list item ends unless the line obviously continues.
        var lastChar = text[tokens[last].End - 1];
        if (lastChar is ',' or ';' or ':' || CharClass.IsHyphen(lastChar) || CharClass.IsDash(lastChar))
        {
            return false;
        }

        var nextChar = text[tokens[last + 1].Start];
        return !char.IsLower(nextChar);
    }

    /// <summary>
    /// True when most line breaks fall inside sentences (text wrapped at a fixed width): then a single line break
    /// is just a space. Looks at the first lines only, so the cost is bounded.
    /// </summary>
    private static bool IsHardWrapped(string text)
    {
        var breaks = 0;
        var inside = 0;
        var limit = Math.Min(text.Length, 20_000);
        for (var k = 1; k < limit - 1; k++)
        {
            // Jump to the next line break with a vectorised search rather than testing every character.
            var next = text.AsSpan(k, limit - 1 - k).IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            k += next;
            if (text[k - 1] == '\n' || text[k + 1] == '\n')
            {
                continue;
            }

            breaks++;
            var before = text[k - 1] == '\r' && k > 1 ? text[k - 2] : text[k - 1];
            if (char.IsLetter(before) && char.IsLower(text[k + 1]))
            {
                inside++;
            }
        }

        return breaks >= 4 && inside * 3 >= breaks;
    }
}
