using System.Globalization;

namespace NewsAnalysis.Tokenization;

/// <summary>Character classes the tokenizer and the later stages share. All checks are O(1) and allocation-free.</summary>
internal static class CharClass
{
    /// <summary>Every quotation mark of the German, English, Swiss and French conventions, plus the backtick.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsQuote(char c) => c switch
    {
        '"' or '\'' or '`' or '„' or '“' or '”' or '‚' or '‘' or '’' or '»' or '«' or '›' or '‹' or '‟' or '‛' or '＂' => true,
        _ => false,
    };

    /// <summary>Characters that serve as apostrophes inside words ("geht's", "don’t").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsOpenBracket(char c) => c is '(' or '[' or '{' or '⟨' or '（';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsCloseBracket(char c) => c is ')' or ']' or '}' or '⟩' or '）';

    /// <summary>Dashes that never join words (en dash, em dash, figure dash, horizontal bar, minus sign).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c is '–' or '—' or '‒' or '―' or '−';

    /// <summary>A hyphen that joins words ("KI-Start-up").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsCurrencySymbol(char c) =>
        c < 128 ? c == '$' : char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Every character for which <see cref="IsSpace"/> is true, for vectorised searches.</summary>
    public static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(IsSpace).ToArray());

    /// <summary>White space, plus the zero-width and byte-order marks that separate nothing visible.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' || (c < ' ');

    /// <summary>Characters that end a sentence when they stand as a token.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>
    /// True when the text at <paramref name="index"/> starts an emoji (a pictographic code point, a regional
    /// indicator, or a keycap base followed by U+20E3), and returns its code point length in UTF-16 units.
    /// </summary>
    public static bool IsEmojiStart(string text, int index, int end)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            var cp = char.ConvertToUtf32(c, text[index + 1]);
            return cp is >= 0x1F000 and <= 0x1FAFF;
        }

        return c is >= '\u2600' and <= '\u27BF' || c is >= '\u2B00' and <= '\u2BFF' || c is '\u203C' or '\u2049' or '\u3030' or '\u303D';
    }

    /// <summary>
    /// The end of the emoji sequence that starts at <paramref name="index"/>: the base plus variation selectors,
    /// skin tones, keycaps, tags and zero-width-joined further emoji; two regional indicators make one flag.
    /// </summary>
    public static int EmojiSequenceEnd(string text, int index, int end)
    {
        var i = index + (char.IsHighSurrogate(text[index]) && index + 1 < end ? 2 : 1);
        var firstIsRegional = IsRegionalIndicator(text, index, end);
        if (firstIsRegional && i + 1 < end && IsRegionalIndicator(text, i, end))
        {
            return i + 2;
        }

        while (i < end)
        {
            var c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (c == '\u200D' && i + 1 < end && IsEmojiStart(text, i + 1, end))
            {
                i += char.IsHighSurrogate(text[i + 1]) && i + 2 < end ? 3 : 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if (cp is >= 0x1F3FB and <= 0x1F3FF || cp is >= 0xE0020 and <= 0xE007F)
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsRegionalIndicator(string text, int index, int end) =>
        index + 1 < end && text[index] == '\uD83C' && text[index + 1] is >= '\uDDE6' and <= '\uDDFF';
}
