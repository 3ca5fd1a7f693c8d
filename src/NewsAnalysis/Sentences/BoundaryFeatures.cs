using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Sentences;

/// <summary>
/// The hashed features of one gap between two tokens, read by the boundary model: the two tokens on each side
/// (lower-cased form, shape, suffix, kind, abbreviation flag), the white space in the gap, the rule splitter's
/// verdict and how far the gap is from the rules' neighbouring boundaries. Shared by training and run time, so
/// both see exactly the same numbers.
/// </summary>
/// <remarks>
/// Features are hashed (FNV-1a over the characters, then mixed with the template number) into a table of
/// <c>2^bits</c> weights; the hash is fixed here and never depends on the runtime's string hashing.
/// </remarks>
internal static class BoundaryFeatures
{
    /// <summary>Most features one gap produces; callers size their buffers with it.</summary>
    public const int MaxFeatures = 32;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // Characters of a word that are hashed; longer words are rare and their end is in the suffix feature.
    private const int MaxHashedLength = 24;

    /// <summary>True when the model is asked about the gap after token <paramref name="i"/>: the rules put a
    /// boundary there, or white space separates the tokens and the next one starts with a capital letter or a
    /// digit (a sentence without final punctuation) after a token that can end one. Lower-case starts, quotation
    /// marks and brackets are left to the rules, so the model never splits before an opening quote.</summary>
    public static bool IsCandidate(string text, ReadOnlySpan<Token> tokens, int i, bool ruleBoundary, Language language)
    {
        if (ruleBoundary)
        {
            return !IsStrongRuleBoundary(text, tokens, i, language);
        }

        var next = tokens[i + 1];
        if (next.Start == tokens[i].End)
        {
            return false;
        }

        var c = text[next.Start];
        if (!char.IsUpper(c) && !char.IsDigit(c))
        {
            return false; // the most selective test next: most gaps come before a lower-case word
        }

        // After an opening bracket, a quotation mark or a dash ("Paris – Das Unternehmen", "NEW YORK — For") the
        // model never adds a boundary. In German press text a comma, colon or semicolon never ends a sentence
        // either ("schwach: Die Zahl"); English web text ends many with them ("Regards, | Kevin", "Participants: |
        // Analyst Team 1"), so there the model decides, as it learned from "In Berlin, Merkel said".
        var before = text[tokens[i].End - 1];
        if (CharClass.IsOpenBracket(before) || tokens[i].Kind == TokenKind.QuoteMark || CharClass.IsHyphen(before) || CharClass.IsDash(before))
        {
            return false;
        }

        if (language != Language.English && before is ',' or ';' or ':')
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// A rule boundary after a final mark of its own (. ! ? …, closing quotes and brackets after it) before a
    /// capital letter, digit or quotation mark: news text ends its sentences so ("„Wir wachsen.“ Dann", "Das war
    /// 2023. Die Zahlen"), and the model, which saw few such quotes in the treebanks, may not veto it. Weaker
    /// rule boundaries (an English colon, a lower-case word after "!", English abbreviations such as "etc.") are
    /// reviewed. German rules end a sentence at an abbreviation ("usw.", "Jh.") only before a listed sentence
    /// opener, which the treebank rarely shows, so those stay too.
    /// </summary>
    public static bool IsStrongRuleBoundary(string text, ReadOnlySpan<Token> tokens, int i, Language language)
    {
        var m = i;
        while (m > 0 && (tokens[m].Kind == TokenKind.QuoteMark || CharClass.IsCloseBracket(text[tokens[m].Start])) && tokens[m - 1].End == tokens[m].Start)
        {
            m--;
        }

        var mark = tokens[m];
        var germanAbbreviation = language == Language.German && mark.Kind == TokenKind.Word && text[mark.End - 1] == '.';
        if (!germanAbbreviation && (mark.Kind != TokenKind.Punctuation || !CharClass.IsSentenceFinal(text[mark.Start])))
        {
            return false;
        }

        var next = tokens[i + 1];
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || next.Kind == TokenKind.QuoteMark;
    }

    /// <summary>
    /// Writes the feature indices of the gap after token <paramref name="i"/> into <paramref name="features"/>
    /// and returns how many were written.
    /// </summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">The token before the gap (<c>i + 1 &lt; tokens.Length</c>).</param>
    /// <param name="ruleBoundary">The rules' verdict on the gap.</param>
    /// <param name="sinceRule">Tokens since the rules' previous boundary (1 = the gap follows the first token).</param>
    /// <param name="untilRule">Tokens up to the rules' next boundary (<see cref="UntilRule"/>).</param>
    /// <param name="lexicon">Abbreviations.</param>
    /// <param name="words">The model's word lists.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="mask">The weight table's size minus one.</param>
    /// <param name="nextFlags">The <see cref="GapWords.Flags"/> of token i + 1 when the caller looked it up already,
    /// else <see cref="GapWords.Unknown"/>.</param>
    /// <param name="features">Receives the indices; at least <see cref="MaxFeatures"/> long.</param>
    public static int Extract(
        string text,
        ReadOnlySpan<Token> tokens,
        int i,
        bool ruleBoundary,
        int sinceRule,
        int untilRule,
        TokenizerLexicon lexicon,
        GapWords words,
        Language language,
        int mask,
        int nextFlags,
        Span<int> features)
    {
        // Candidate gaps are a few per hundred tokens, so neighbouring gaps rarely share a token: each token is
        // described afresh, without what no feature reads (the suffix but p0's, the outer two's word-list flags).
        var hashes = HashFour(i > 0 ? tokens[i - 1].Span : default, tokens[i].Span, tokens[i + 1].Span, i + 2 < tokens.Length ? tokens[i + 2].Span : default);
        var p0 = Describe(tokens[i], hashes.B, lexicon, words, language, GapWords.Unknown, withSuffix: true);
        var n0 = Describe(tokens[i + 1], hashes.C, lexicon, words, language, nextFlags, withSuffix: false);
        // A line break before token i starts a new line (a paragraph, a headline's end): the token before it is
        // another line's, and the first tokens of a paragraph are read as at the start of the text. Else the last
        // paragraph's full stop made ". Perrin | Rowe was founded" look like a one-word sentence after it, which
        // the same paragraph alone is not.
        var p1 = i > 0 && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start) ? hashes.A : TokenHashes.Edge;
        var n1 = i + 2 < tokens.Length ? hashes.D : TokenHashes.Edge;
        var r = ruleBoundary ? 1u : 0u;
        var (newlines, spaces) = Gap(text, tokens[i].End, tokens[i + 1].Start);
        // The values go straight into vector registers (stored one at a time, a vector load of them would wait
        // for the stores), then their indices are computed eight at a time (the same hash as one at a time).
        var indices = MemoryMarshal.Cast<int, uint>(features); // template k + 1 at k
        Indices(Vector256.Create(
            r,
            p0.Lower,
            p0.Shape,
            p0.Suffix,
            p0.Flags,
            p1.Lower,
            p1.Shape,
            n0.Lower), 0, mask).CopyTo(indices[0..]);
        Indices(Vector256.Create(
            n0.Shape,
            n0.Flags,
            n1.Lower,
            n1.Shape,
            Mix(p0.Shape, n0.Shape),
            Mix(p0.Lower, n0.Shape),
            Mix(p0.Shape, n0.Lower),
            Mix(r, n0.Shape)), 8, mask).CopyTo(indices[8..]);
        Indices(Vector256.Create(
            Mix(r, p0.Shape),
            Mix(r, p0.Lower),
            Mix(r, n0.Lower),
            (uint)((Math.Min(newlines, 2) * 4) + Math.Min(spaces, 3)),
            Mix(p0.Lower, n0.Lower),
            Mix(Mix(p1.Shape, p0.Shape), n0.Shape),
            Mix(r, (uint)Bucket(sinceRule)),
            Mix(r, (uint)Bucket(untilRule))), 16, mask).CopyTo(indices[16..]);
        Indices(Vector256.Create(
            Mix(n0.Shape, n1.Shape),
            Mix(p0.Suffix, n0.Flags),
            Mix(p1.Lower, p0.Lower),
            Mix(Mix(r, p0.Flags), n0.Flags),
            Mix(Mix(r, p0.Shape), n0.Flags & LowercaseFlag),
            Mix(p0.Lower, n0.Flags & LowercaseFlag),
            Mix(Mix(p0.Flags & LowercaseFlag, n0.Flags & LowercaseFlag), n0.Shape),
            0u), 24, mask).CopyTo(indices[24..]); // an unused lane last
        return 31;
    }

    /// <summary>
    /// Tokens from the gap after token <paramref name="i"/> to the rules' next boundary, at most 64;
    /// <paramref name="nextRule"/> is the first token after i that the rules end a sentence with (or the count).
    /// </summary>
    public static int UntilRule(int i, int nextRule, int count) => Math.Min((nextRule >= count ? count - 1 : nextRule) - i, 64);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // twice per gap; the JIT keeps a switch expression out of line
    private static int Bucket(int length) => length switch
    {
        <= 3 => length,
        <= 5 => 4,
        <= 10 => 5,
        <= 20 => 6,
        <= 40 => 7,
        _ => 8,
    };

    private static bool HasLineBreak(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny('\n', '\u2028', '\u2029') >= 0;

    private static (int Newlines, int Spaces) Gap(string text, int start, int end)
    {
        var newlines = 0;
        for (var k = start; k < end; k++)
        {
            if (text[k] is '\n' or '\u2028' or '\u2029')
            {
                newlines++;
            }
        }

        return (newlines, end - start - newlines);
    }

    // Flag of a capitalised token whose word is mostly written in lower case.
    private const uint LowercaseFlag = 1u << 11;

    /// <summary>The lower-case and shape hashes of a token (suffix and flags left empty).</summary>
    internal static TokenHashes Hash(ReadOnlySpan<char> span)
    {
        var (hashes, beyondLatin1) = HashCharacters(span, latin1: true);
        return beyondLatin1 ? HashAnyText(span) : hashes;
    }

    // A token with a character beyond Latin-1 (rare in German and English text) is hashed again, by the general loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenHashes HashAnyText(ReadOnlySpan<char> span) => HashCharacters(span, latin1: false).Hashes;

    /// <summary>
    /// The hashes of a token: with <paramref name="latin1"/>, from the Latin-1 table alone (a character beyond it
    /// reads the table's last entry, and the result says so); else from every character's own properties.
    /// </summary>
    /// <remarks>
    /// The shape hashes the first six classes of its character runs ("Xx", "d.d"). The loop has no branch per
    /// character but its end, because class changes inside a word are too irregular to predict, and the Latin-1
    /// loop calls nothing, so its state stays in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TokenHashes Hashes, bool BeyondLatin1) HashCharacters(ReadOnlySpan<char> span, bool latin1)
    {
        var lower = FnvOffset;
        var shape = FnvOffset;
        var previousClass = 0u;
        var shapeLength = 0u;
        var seen = 0u;
        var limit = Math.Min(span.Length, MaxHashedLength);
        var table = s_latin1;
        for (var k = 0; k < limit; k++)
        {
            uint c = span[k];
            var entry = latin1 ? table[Math.Min(c, Latin1Length)] : c < Latin1Length ? table[c] : CharEntry((char)c);
            seen |= entry;
            var cls = entry >> 16;
            lower = (lower ^ (entry & 0xFFFF)) * FnvPrime;
            // Once six classes are hashed the shape is complete; previousClass is read only before that.
            var change = (cls != previousClass ? 1u : 0u) & (shapeLength < 6 ? 1u : 0u);
            shape ^= (((shape ^ cls) * FnvPrime) ^ shape) & (0u - change);
            shapeLength += change;
            previousClass = cls;
        }

        lower = (lower ^ (uint)Math.Min(span.Length, 99)) * FnvPrime;
        return (new TokenHashes(lower, shape, 0, 0), (seen & BeyondLatin1) != 0);
    }

    /// <summary>
    /// The lower-case form (low 16 bits) and shape class (high 16 bits) of a character: 'X' upper case, 'x' lower
    /// case, 'd' digit, else the character itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // rare (beyond Latin-1): kept out of the hash loop
    private static uint CharEntry(char c)
    {
        uint cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
        return char.ToLowerInvariant(c) | (cls << 16);
    }

    private const uint Latin1Length = 256;

    // The last entry of s_latin1, read for every character beyond Latin-1: the entries of Latin-1 characters are
    // below 2^24, so this bit tells.
    private const uint BeyondLatin1 = 1u << 31;

    // CharEntry of each Latin-1 character (whose lower-case form and class are Latin-1 characters too), then BeyondLatin1.
    private static readonly uint[] s_latin1 = [.. Enumerable.Range(0, (int)Latin1Length).Select(c => CharEntry((char)c)), BeyondLatin1];

    /// <summary>
    /// <see cref="Hash"/> of four tokens at once, one vector lane each (an empty span for a missing token): the four
    /// chains of multiplications run side by side, and the loop ends once, after the longest token, instead of four
    /// times at hard-to-predict lengths.
    /// </summary>
    internal static (TokenHashes A, TokenHashes B, TokenHashes C, TokenHashes D) HashFour(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
    {
        var lengths = Vector128.Create((uint)a.Length, (uint)b.Length, (uint)c.Length, (uint)d.Length);
        var hashed = Vector128.Min(lengths, Vector128.Create((uint)MaxHashedLength));
        var longest = Math.Min(Math.Max(Math.Max(a.Length, b.Length), Math.Max(c.Length, d.Length)), MaxHashedLength);
        var prime = Vector128.Create(FnvPrime);
        var lower = Vector128.Create(FnvOffset);
        var shape = lower;
        var previousClass = Vector128<uint>.Zero;
        var shapeLength = Vector128<uint>.Zero;
        var seen = Vector128<uint>.Zero;
        var table = s_latin1;
        for (var k = 0; k < longest; k++)
        {
            // A lane past its token's end reads some character of it (or the table's first entry) and keeps its hashes.
            var active = Vector128.LessThan(Vector128.Create((uint)k), hashed);
            var entry = Vector128.Create(Entry(table, a, k), Entry(table, b, k), Entry(table, c, k), Entry(table, d, k)) & active;
            seen |= entry;
            var cls = entry >>> 16;
            lower = Vector128.ConditionalSelect(active, (lower ^ (entry & Vector128.Create(0xFFFFu))) * prime, lower);
            var change = active & ~Vector128.Equals(cls, previousClass) & Vector128.LessThan(shapeLength, Vector128.Create(6u));
            shape = Vector128.ConditionalSelect(change, (shape ^ cls) * prime, shape);
            shapeLength -= change; // all bits set: minus one
            previousClass = cls;
        }

        if ((Vector128.ExtractMostSignificantBits(seen) & 0xF) != 0)
        {
            return (Hash(a), Hash(b), Hash(c), Hash(d)); // a character beyond Latin-1: the general loop
        }

        lower = (lower ^ Vector128.Min(lengths, Vector128.Create(99u))) * prime;
        return (
            new TokenHashes(lower.GetElement(0), shape.GetElement(0), 0, 0),
            new TokenHashes(lower.GetElement(1), shape.GetElement(1), 0, 0),
            new TokenHashes(lower.GetElement(2), shape.GetElement(2), 0, 0),
            new TokenHashes(lower.GetElement(3), shape.GetElement(3), 0, 0));

        static uint Entry(uint[] table, ReadOnlySpan<char> span, int k) =>
            span.IsEmpty ? table[0] : table[Math.Min(span[Math.Min(k, span.Length - 1)], Latin1Length)];
    }

    /// <summary>The hash of the last three characters of a token, in lower case.</summary>
    internal static uint Suffix(ReadOnlySpan<char> span)
    {
        var suffix = FnvOffset;
        var table = s_latin1;
        for (var k = Math.Max(0, span.Length - 3); k < span.Length; k++)
        {
            uint c = span[k];
            suffix = (suffix ^ ((c < Latin1Length ? table[c] : CharEntry((char)c)) & 0xFFFF)) * FnvPrime;
        }

        return suffix;
    }

    /// <summary>All hashes of a token beside the gap: its <see cref="Hash"/> plus its suffix and flags.</summary>
    /// <param name="token">The token.</param>
    /// <param name="hashes">The token's <see cref="Hash"/>.</param>
    /// <param name="lexicon">Abbreviations.</param>
    /// <param name="words">The model's word lists.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="wordFlags">The token's <see cref="GapWords.Flags"/> if already looked up, else <see cref="GapWords.Unknown"/>.</param>
    /// <param name="withSuffix">Whether the suffix is hashed (only the token before the gap's is read).</param>
    private static TokenHashes Describe(Token token, TokenHashes hashes, TokenizerLexicon lexicon, GapWords words, Language language, int wordFlags, bool withSuffix)
    {
        var span = token.Span;
        // Kind, length class, abbreviation and sentence-starter flags in one small number.
        var flags = (uint)token.Kind;
        flags |= (uint)Math.Min(span.Length, 4) << 5;
        if (span.Length > 1 && span[^1] == '.' && lexicon.Abbreviations(language).TryGetValue(span, out var abbreviation))
        {
            flags |= (abbreviation & TokenizerLexicon.FinalAbbreviation) != 0 ? 3u << 8 : 1u << 8;
        }

        if (char.IsUpper(span[0]))
        {
            var found = wordFlags == GapWords.Unknown ? words.Flags(span) : wordFlags;
            if (language == Language.German && (found & GapWords.Starter) != 0)
            {
                flags |= 1u << 10;
            }

            if ((found & GapWords.Lowercase) != 0)
            {
                flags |= LowercaseFlag;
            }
        }

        return hashes with { Suffix = withSuffix ? Suffix(span) : 0, Flags = flags };
    }

    private static uint Mix(uint a, uint b) => (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));

    /// <summary>
    /// The indices in the weight table of the values of templates <paramref name="first"/> + 1 to
    /// <paramref name="first"/> + 8: the template number and the value mixed, then a 32-bit finaliser, in eight lanes.
    /// </summary>
    private static Vector256<uint> Indices(Vector256<uint> values, int first, int mask)
    {
        var template = (Vector256.Create(1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u) + Vector256.Create((uint)first)) * 0x85EBCA6Bu;
        var h = (template * 0x9E3779B1u) ^ (values + Vector256.Create(0x7F4A7C15u) + (template << 6) + (template >> 2));
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h & Vector256.Create((uint)mask);
    }

    internal readonly record struct TokenHashes(uint Lower, uint Shape, uint Suffix, uint Flags)
    {
        /// <summary>Stands for the missing token before the first or after the last one.</summary>
        public static readonly TokenHashes Edge = new(1, 1, 1, 1u << 12);
    }
}
