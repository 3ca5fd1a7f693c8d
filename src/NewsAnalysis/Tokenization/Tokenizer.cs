using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Tokenization;

/// <summary>
/// Splits German and English text into tokens with exact offsets. It works like spaCy's and Lucene's
/// tokenizers: the text is cut at white space into chunks; each chunk loses its leading and trailing
/// punctuation (quotation marks, brackets, commas, a period that is no abbreviation or ordinal) and what
/// remains is cut at the few characters that separate tokens inside a chunk. Abbreviations, clitics, units and
/// emoticons come from data files. Every step is a bounded look-around, so time is linear in the text length;
/// nothing is allocated per token except the <see cref="Token"/> values in the caller's list.
/// </summary>
/// <remarks>Immutable and thread-safe: create one and share it.</remarks>
public sealed class Tokenizer
{
    // Abbreviations and initialisms are short; longer chunks are never looked up (keeps pathological input linear).
    private const int MaxAbbreviationLength = 24;

    // ASCII characters that may separate tokens inside a chunk (see SplitsInside).
    private static readonly System.Buffers.SearchValues<char> InsideSplitCandidates =
        System.Buffers.SearchValues.Create("'\"`()[]{},;:!?.*-/<>");

    private readonly TokenizerLexicon _lexicon;

    /// <summary>Creates a tokenizer that follows <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The tokenization conventions.</param>
    public Tokenizer(TokenizationScheme scheme = TokenizationScheme.Press)
        : this(TokenizerLexicon.Default, scheme)
    {
    }

    internal Tokenizer(TokenizerLexicon lexicon, TokenizationScheme scheme)
    {
        _lexicon = lexicon;
        Scheme = scheme;
    }

    /// <summary>The conventions this tokenizer follows.</summary>
    public TokenizationScheme Scheme { get; }

    internal TokenizerLexicon Lexicon => _lexicon;

    /// <summary>Tokenizes the whole text.</summary>
    /// <param name="text">The text; offsets index into it.</param>
    /// <param name="language">The text's language (chooses abbreviations, clitics and ordinals).</param>
    public Token[] Tokenize(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Min(text.Length / 5 + 4, 1 << 20));
        Tokenize(text, language, tokens);
        return [.. tokens];
    }

    /// <summary>Tokenizes the whole text and appends the tokens to <paramref name="output"/>.</summary>
    /// <param name="text">The text; offsets index into it.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="output">Receives the tokens in text order.</param>
    public void Tokenize(string text, Language language, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var scanner = new Scanner(this, text, language, output);
        scanner.Run(0, text.Length);
    }

    /// <summary>Tokenizes <c>text[start..end)</c> and appends the tokens to <paramref name="output"/>.</summary>
    /// <param name="text">The whole text; offsets index into it.</param>
    /// <param name="start">First index to tokenize.</param>
    /// <param name="end">Index one past the last character to tokenize.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="output">Receives the tokens in text order.</param>
    public void Tokenize(string text, int start, int end, Language language, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if ((uint)start > (uint)text.Length || end < start || end > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"[{start}, {end}) is not a span of a text of length {text.Length}.");
        }

        var scanner = new Scanner(this, text, language, output);
        scanner.Run(start, end);
    }

    /// <summary>True when <paramref name="token"/> (ending in a period) is a known abbreviation.</summary>
    internal bool IsAbbreviation(ReadOnlySpan<char> token, Language language, out bool mayEndSentence)
    {
        mayEndSentence = false;
        if (_lexicon.Abbreviations(language).TryGetValue(token, out var flags))
        {
            mayEndSentence = (flags & TokenizerLexicon.FinalAbbreviation) != 0;
            return true;
        }

        return false;
    }

    /// <summary>One tokenization run: the text, the output and the language. Lives on the stack.</summary>
    private readonly ref struct Scanner
    {
        private readonly TokenizerLexicon _lex;
        private readonly string _text;
        private readonly Language _language;
        private readonly List<Token> _output;
        private readonly bool _ud;

        public Scanner(Tokenizer owner, string text, Language language, List<Token> output)
        {
            _lex = owner._lexicon;
            _text = text;
            _language = language;
            _output = output;
            _ud = owner.Scheme == TokenizationScheme.UniversalDependencies;
        }

        private bool English => _language == Language.English;

        private bool German => _language == Language.German;

        public void Run(int start, int end)
        {
            // A scalar scan: chunks are short (a word and its punctuation) and mostly separated by one space, where
            // a vectorised search over the white-space set costs more in set-up than it saves. ASCII white space is
            // exactly the characters up to ' '; other characters go to the full set.
            var t = _text;
            var i = start;
            while (true)
            {
                while (i < end && IsSpace(t[i]))
                {
                    i++;
                }

                if (i >= end)
                {
                    break;
                }

                // Most chunks are plain ASCII words: the same scan notes whether every character is an ASCII letter.
                // Such a chunk has no prefix, suffix or inside split and is no emoticon unless it opens with one of
                // the letters emoticons open with, so it is one word token without Chunk's passes.
                var chunkStart = i++;
                var first = t[chunkStart];
                var letters = char.IsAsciiLetter(first);
                while (i < end)
                {
                    var c = t[i];
                    if (IsSpace(c))
                    {
                        break;
                    }

                    letters &= char.IsAsciiLetter(c);
                    i++;
                }

                if (letters && first is not ('x' or 'X' or 'o' or 'O'))
                {
                    if (English)
                    {
                        Word(chunkStart, i);
                    }
                    else
                    {
                        Emit(chunkStart, i, TokenKind.Word);
                    }

                    continue;
                }

                Chunk(chunkStart, i, end);
            }
        }

        private static bool IsSpace(char c) => c <= ' ' || (c >= 128 && CharClass.Spaces.Contains(c));

        private void Emit(int start, int end, TokenKind kind) => _output.Add(new Token(_text, start, end, kind, trusted: true));

        // ---------------------------------------------------------------- chunk: prefixes and suffixes

        private void Chunk(int s, int e, int limit)
        {
            var emoticonEnd = EmoticonEnd(s, e);
            if (emoticonEnd > 0)
            {
                Emit(s, emoticonEnd, TokenKind.Emoji);
                EmitSuffixes(emoticonEnd, e);
                return;
            }

            s = StripPrefixes(s, e);
            if (s >= e)
            {
                return;
            }

            var coreEnd = FindCoreEnd(s, e, limit);
            if (coreEnd > s)
            {
                Core(s, coreEnd);
            }

            EmitSuffixes(coreEnd, e);
        }

        /// <summary>":-)" or ":-)." : the end of an emoticon that opens the chunk and is followed only by punctuation, else 0.</summary>
        private int EmoticonEnd(int s, int e)
        {
            var c = _text[s];
            if (char.IsLetterOrDigit(c) && c is not ('x' or 'X' or 'o' or 'O'))
            {
                return 0; // every emoticon starts with a mark or one of these letters
            }

            for (var len = Math.Min(e - s, _lex.Emoticons.MaxKeyLength); len >= 2; len--)
            {
                if (!_lex.Emoticons.Contains(_text.AsSpan(s, len)))
                {
                    continue;
                }

                for (var i = s + len; i < e; i++)
                {
                    if (!(CharClass.IsSentenceFinal(_text[i]) || _text[i] is ',' or ';' || CharClass.IsQuote(_text[i])))
                    {
                        return 0;
                    }
                }

                return s + len;
            }

            return 0;
        }

        private int StripPrefixes(int s, int e)
        {
            var t = _text;
            if (char.IsLetter(t[s]))
            {
                // Only a lettered currency sign ("US$5") can open a chunk that starts with a letter.
                var sign = CurrencySymbolPrefix(s, e);
                if (sign == 0)
                {
                    return s;
                }
            }

            while (s < e)
            {
                var c = t[s];
                if (s + 1 < e && ((c == '`' && t[s + 1] == '`') || (c == '\'' && t[s + 1] == '\'')))
                {
                    Emit(s, s + 2, TokenKind.QuoteMark);
                    s += 2;
                    continue;
                }

                if (CharClass.IsQuote(c))
                {
                    // "'s" standing alone, "'90s": the apostrophe belongs to the word.
                    if (CharClass.IsApostrophe(c) && s + 1 < e && (CharClass.IsDigit(t[s + 1]) || (English && IsCliticAt(s, e))))
                    {
                        break;
                    }

                    Emit(s, s + 1, TokenKind.QuoteMark);
                    s++;
                    continue;
                }

                if (CharClass.IsOpenBracket(c) || c is '¿' or '¡' or '<' || CharClass.IsDash(c) || c is '•' or '·' or '…')
                {
                    Emit(s, s + 1, TokenKind.Punctuation);
                    s++;
                    continue;
                }

                if (CharClass.IsHyphen(c) && s + 1 < e && !CharClass.IsDigit(t[s + 1]))
                {
                    var run = s + 1;
                    while (run < e && CharClass.IsHyphen(t[run]))
                    {
                        run++;
                    }

                    // "--" and a lone leading hyphen are punctuation; "-5" keeps its sign.
                    Emit(s, run, TokenKind.Punctuation);
                    s = run;
                    continue;
                }

                if (c == '*')
                {
                    var run = s + 1;
                    while (run < e && t[run] == '*')
                    {
                        run++;
                    }

                    Emit(s, run, TokenKind.Symbol);
                    s = run;
                    continue;
                }

                if (s + 1 < e && (CharClass.IsCurrencySymbol(c) || c is '§' or '#') && (CharClass.IsDigit(t[s + 1]) || (c != '#' && t[s + 1] is '-' or '+')))
                {
                    Emit(s, s + 1, TokenKind.Symbol);
                    s++;
                    continue;
                }

                var symbolEnd = CurrencySymbolPrefix(s, e);
                if (symbolEnd > 0)
                {
                    Emit(s, symbolEnd, TokenKind.Symbol);
                    s = symbolEnd;
                    continue;
                }

                break;
            }

            return s;
        }

        /// <summary>"US$5": the end of a lettered currency sign that stands before a digit, else 0.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int CurrencySymbolPrefix(int s, int e)
        {
            // Runs for every chunk that opens with a letter: the sign's last character (second to fourth place, before
            // a digit) is '$' or a non-ASCII currency sign, so ASCII letters there end the test at once.
            var t = _text;
            var last = Math.Min(s + 3, e - 2);
            for (var k = s + 1; k <= last; k++)
            {
                if (t[k] == '$' || t[k] >= 128)
                {
                    return CurrencySymbolPrefixSlow(s, e);
                }
            }

            return 0;
        }

        private int CurrencySymbolPrefixSlow(int s, int e)
        {
            for (var len = 2; len <= 4 && s + len < e; len++)
            {
                if (CharClass.IsCurrencySymbol(_text[s + len - 1]) && CharClass.IsDigit(_text[s + len])
                    && _lex.CurrencySymbols.Contains(_text.AsSpan(s, len)))
                {
                    return s + len;
                }
            }

            return 0;
        }

        private bool IsCliticAt(int s, int e)
        {
            var end = s + 1;
            while (end < e && char.IsLetter(_text[end]))
            {
                end++;
            }

            return _lex.CliticsEn.Contains(_text.AsSpan(s, end - s));
        }

        /// <summary>Finds where the trailing punctuation of the chunk starts; the core is [s, result).</summary>
        private int FindCoreEnd(int s, int e, int limit)
        {
            var t = _text;
            if (char.IsLetterOrDigit(t[e - 1]))
            {
                return e; // nothing trails a word that ends in a letter or digit
            }

            var ce = e;
            while (ce > s)
            {
                var c = t[ce - 1];
                if (ce - 2 >= s && c == '\'' && t[ce - 2] == '\'')
                {
                    ce -= 2;
                    continue;
                }

                if (CharClass.IsQuote(c))
                {
                    if (CharClass.IsApostrophe(c) && ce - 1 > s && KeepsTrailingApostrophe(s, ce))
                    {
                        break;
                    }

                    ce--;
                    continue;
                }

                if (CharClass.IsDash(c) && ce - 3 >= s && t[ce - 2] == '.' && CharClass.IsDigit(t[ce - 3]))
                {
                    break; // Swiss price "10.–"
                }

                if (CharClass.IsCloseBracket(c) || c is ',' or ';' or '!' or '?' or ':' or '…' or '‼' or '⁉' or '>' || CharClass.IsDash(c))
                {
                    ce--;
                    continue;
                }

                if (c is '%' or '‰' && ce - 1 > s)
                {
                    ce--;
                    continue;
                }

                if (CharClass.IsCurrencySymbol(c) && ce - 1 > s && CharClass.IsDigit(t[ce - 2]))
                {
                    ce--;
                    continue;
                }

                if (c == '.')
                {
                    if (ce - 2 >= s && t[ce - 2] == '.')
                    {
                        // An ellipsis "..." (or "...." ) goes as one token; "Inc.." is an abbreviation and a period.
                        var run = ce;
                        while (run > s && t[run - 1] == '.')
                        {
                            run--;
                        }

                        if (ce - run == 2 && PeriodBelongsToWord(s, run + 1, false, e, limit))
                        {
                            ce = run + 1;
                            break;
                        }

                        ce = run;
                        continue;
                    }

                    if (PeriodBelongsToWord(s, ce, ce == e, e, limit))
                    {
                        break;
                    }

                    ce--;
                    continue;
                }

                break;
            }

            return ce;
        }

        /// <summary>German genitive apostrophe ("Fuchs'", "Virus'") stays on the word.</summary>
        private bool KeepsTrailingApostrophe(int s, int ce)
        {
            if (English)
            {
                return false;
            }

            var before = _text[ce - 2];
            if (before is not ('s' or 'x' or 'z' or 'ß'))
            {
                return false;
            }

            // Only when the word is not itself opened by a quotation mark ('Fuchs').
            return !(s > 0 && CharClass.IsQuote(_text[s - 1]));
        }

        /// <summary>Decides whether the period at <c>ce - 1</c> is part of the word [s, ce).</summary>
        private bool PeriodBelongsToWord(int s, int ce, bool chunkFinal, int chunkEnd, int limit)
        {
            var t = _text;
            var length = ce - s;
            if (length <= 1)
            {
                return false;
            }

            var word = t.AsSpan(s, length);
            if (length <= MaxAbbreviationLength)
            {
                if (_lex.Abbreviations(_language).Contains(word))
                {
                    return true;
                }

                // A single letter with a period: an initial or a part of "z. B.".
                if (length == 2 && char.IsLetter(word[0]))
                {
                    return true;
                }

                if (IsInitialism(word))
                {
                    return true;
                }
            }

            if (chunkFinal && !English && length <= 11 && IsOrdinalOrShortDate(word) && OrdinalContext(word, chunkEnd, limit))
            {
                return true;
            }

            return false;
        }

        /// <summary>"z.B.", "U.S.", "i.d.R.", "Ph.D.": letter groups of one or two, each closed by a period.</summary>
        private static bool IsInitialism(ReadOnlySpan<char> word)
        {
            var groups = 0;
            var run = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    run++;
                    if (run > 2)
                    {
                        return false;
                    }
                }
                else if (c == '.')
                {
                    if (run == 0)
                    {
                        return false;
                    }

                    groups++;
                    run = 0;
                }
                else
                {
                    return false;
                }
            }

            return groups >= 2 && run == 0;
        }

        /// <summary>"3.", "19.", "14.03.": one to three digits (and day.month) followed by the period.</summary>
        private static bool IsOrdinalOrShortDate(ReadOnlySpan<char> word)
        {
            var body = word[..^1];
            var dot = body.IndexOf('.');
            if (dot < 0)
            {
                return body.Length is >= 1 and <= 3 && AllDigits(body);
            }

            return dot is 1 or 2 && AllDigits(body[..dot]) && body.Length - dot - 1 is 1 or 2 && AllDigits(body[(dot + 1)..]);
        }

        private static bool AllDigits(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (!CharClass.IsDigit(c))
                {
                    return false;
                }
            }

            return span.Length > 0;
        }

        /// <summary>
        /// German ordinals: "am 3. Oktober", "im 3. Quartal", "der 2. größte". The number is an ordinal when the
        /// next word on the same line is lower-case, a month, or a capitalised word that does not usually open a
        /// sentence; otherwise the period ends the sentence.
        /// </summary>
        private bool OrdinalContext(ReadOnlySpan<char> word, int chunkEnd, int limit)
        {
            var t = _text;
            var i = chunkEnd;
            while (i < limit && CharClass.IsSpace(t[i]))
            {
                if (t[i] == '\n')
                {
                    return false;
                }

                i++;
            }

            if (i >= limit)
            {
                return false;
            }

            var c = t[i];
            if (char.IsLower(c))
            {
                return true;
            }

            if (CharClass.IsDigit(c))
            {
                // "14.03. 2024" and "3. 4. 5." lists are dates/ordinals; "2023. 5 Leute" is rare.
                return word.Length <= 3;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            var j = i;
            while (j < limit && char.IsLetter(t[j]))
            {
                j++;
            }

            var next = t.AsSpan(i, j - i);
            if (_lex.MonthsDe.Contains(next))
            {
                return true;
            }

            return German && !_lex.SentenceStartersDe.Contains(next);
        }

        private void EmitSuffixes(int s, int e)
        {
            var t = _text;
            var i = s;
            while (i < e)
            {
                var c = t[i];
                if (c == '.' && i + 1 < e && t[i + 1] == '.')
                {
                    var run = i;
                    while (run < e && t[run] == '.')
                    {
                        run++;
                    }

                    Emit(i, run, TokenKind.Punctuation);
                    i = run;
                }
                else if (English && (c is '!' or '?' && i + 1 < e && t[i + 1] is '!' or '?' or '.' || c is ':' or '.' && i + 1 < e && t[i + 1] is '!' or '?'))
                {
                    // "?!", "!!!", ":?", ".?" are one mark in English (EWT); German (GSD) counts each mark.
                    var run = i + 1;
                    while (run < e && t[run] is '!' or '?' or '.' or ':')
                    {
                        run++;
                    }

                    Emit(i, run, TokenKind.Punctuation);
                    i = run;
                }
                else if (c == '\'' && i + 1 < e && t[i + 1] == '\'')
                {
                    Emit(i, i + 2, TokenKind.QuoteMark);
                    i += 2;
                }
                else if (CharClass.IsQuote(c))
                {
                    Emit(i, i + 1, TokenKind.QuoteMark);
                    i++;
                }
                else if (c is '%' or '‰' || CharClass.IsCurrencySymbol(c))
                {
                    Emit(i, i + 1, TokenKind.Symbol);
                    i++;
                }
                else
                {
                    Emit(i, i + 1, TokenKind.Punctuation);
                    i++;
                }
            }
        }

        // ---------------------------------------------------------------- core: inside a chunk

        private void Core(int s, int e)
        {
            var t = _text;
            var span = t.AsSpan(s, e - s);

            // One pass over the core decides which of the special readings are possible at all; most cores are
            // plain words and leave here as one token without any lexicon look-up.
            var first = -1;
            var digits = false;
            var other = false; // '@', '#', '$', '&', '+', '=' and the like: web tokens, emoticons, currency signs
            for (var k = 0; k < span.Length; k++)
            {
                var c = span[k];
                if (c < 128)
                {
                    if (char.IsAsciiLetter(c))
                    {
                        continue;
                    }

                    if (CharClass.IsDigit(c))
                    {
                        digits = true;
                        continue;
                    }

                    other = true;
                    if (first < 0 && InsideSplitCandidates.Contains(c))
                    {
                        first = k;
                    }
                }
                else if (c >= '\u2000' && first < 0)
                {
                    first = k; // dashes, quotation marks, emoji, surrogates
                }
            }

            if (!other && first < 0)
            {
                if (digits || English || !char.IsLetter(span[0]))
                {
                    Word(s, e);
                }
                else
                {
                    Emit(s, e, TokenKind.Word);
                }

                return;
            }

            if (other && TrySpecialCore(s, e, span))
            {
                return;
            }

            if (first < 0)
            {
                Word(s, e);
                return;
            }

            var segment = s;
            var i = s + first;
            while (i < e)
            {
                var c = t[i];
                int splitEnd;
                TokenKind splitKind;
                if (CharClass.IsEmojiStart(t, i, e))
                {
                    splitEnd = CharClass.EmojiSequenceEnd(t, i, e);
                    splitKind = TokenKind.Emoji;
                }
                else if (!SplitsInside(i, s, e, out splitEnd, out splitKind))
                {
                    i += char.IsHighSurrogate(c) && i + 1 < e ? 2 : 1;
                    continue;
                }

                if (splitKind == TokenKind.Punctuation && !char.IsLetterOrDigit(c))
                {
                    // "***", "!!!", "===": a run of one mark is one token.
                    while (splitEnd < e && t[splitEnd] == c)
                    {
                        splitEnd++;
                    }
                }

                Word(segment, i);
                Emit(i, splitEnd, splitKind);
                i = splitEnd;
                segment = i;
            }

            Word(segment, e);
        }

        /// <summary>URLs, handles, hashtags, e-mail addresses, lettered currency signs and emoticons: whole tokens.</summary>
        private bool TrySpecialCore(int s, int e, ReadOnlySpan<char> span)
        {
            var kind = TokenKind.Word;
            if (IsUrl(span))
            {
                kind = TokenKind.Url;
            }
            else if (span.Length > 1 && span[0] == '@' && IsHandleBody(span[1..]))
            {
                kind = TokenKind.Handle;
            }
            else if (span.Length > 1 && span[0] == '#' && char.IsLetter(span[1]) && IsHandleBody(span[1..]))
            {
                kind = TokenKind.Hashtag;
            }
            else if (IsEmail(span))
            {
                kind = TokenKind.Email;
            }
            else if (_lex.CurrencySymbols.Contains(span))
            {
                kind = TokenKind.Symbol;
            }
            else if (_lex.Emoticons.Contains(span))
            {
                kind = TokenKind.Emoji;
            }
            else
            {
                return false;
            }

            Emit(s, e, kind);
            return true;
        }

        /// <summary>Whether the character at <paramref name="i"/> separates tokens inside the core [s, e).</summary>
        private bool SplitsInside(int i, int s, int e, out int splitEnd, out TokenKind kind)
        {
            var t = _text;
            var c = t[i];
            var prev = i > s ? t[i - 1] : '\0';
            var next = i + 1 < e ? t[i + 1] : '\0';
            splitEnd = i + 1;
            kind = TokenKind.Punctuation;
            switch (c)
            {
                case '\'' when next == '\'':
                    splitEnd = i + 2;
                    kind = TokenKind.QuoteMark;
                    return true;
                case '\'' or '’':
                    if ((char.IsLetter(prev) || CharClass.IsDigit(prev)) && char.IsLetter(next) || CharClass.IsDigit(prev) && CharClass.IsDigit(next))
                    {
                        return false; // apostrophe inside a word
                    }

                    if (prev == '\0' && (CharClass.IsDigit(next) || char.IsLetter(next)))
                    {
                        return false; // "'s", "'90s" at the start of the core
                    }

                    if (char.IsLetter(prev) && next == '\0' && !English)
                    {
                        return false; // genitive apostrophe kept by the suffix rules
                    }

                    kind = TokenKind.QuoteMark;
                    return true;
                case '.':
                    if (next == '.')
                    {
                        var run = i;
                        while (run < e && t[run] == '.')
                        {
                            run++;
                        }

                        splitEnd = run;
                        return true;
                    }

                    // "Ende.Dann": a missing space after a sentence.
                    return char.IsLower(prev) && char.IsUpper(next) && i - s >= 3 && i + 2 < e && char.IsLower(t[i + 2]);
                case ',':
                    return !(CharClass.IsDigit(prev) && CharClass.IsDigit(next));
                case ':':
                    if (CharClass.IsDigit(prev) && CharClass.IsDigit(next))
                    {
                        return false;
                    }

                    return !IsGenderSuffix(i + 1, e);
                case '*' or '_':
                    return !(char.IsLetter(prev) && IsGenderSuffix(i + 1, e)) && c == '*';
                case ';' or '!' or '?' or '…' or '‼' or '⁉':
                    return true;
                case '/':
                    // UD English splits "and/or"; dates, fractions and the press scheme keep the slash inside.
                    return _ud && English && char.IsLetter(prev) && char.IsLetter(next);
                case '-' or '‐' or '‑':
                    if (next == '-' || prev == '-')
                    {
                        var runStart = i;
                        while (runStart > s && CharClass.IsHyphen(t[runStart - 1]))
                        {
                            runStart--;
                        }

                        if (runStart - 2 >= s && t[runStart - 1] == '.' && CharClass.IsDigit(t[runStart - 2]))
                        {
                            return false; // "14.--"
                        }

                        var run = i;
                        while (run < e && CharClass.IsHyphen(t[run]))
                        {
                            run++;
                        }

                        splitEnd = run;
                        return true;
                    }

                    if (prev == '.' && next == '\0')
                    {
                        return false; // "50.-"
                    }

                    // UD splits hyphens after a word character; the press scheme keeps compounds whole.
                    return _ud && char.IsLetterOrDigit(prev) && !(English && KeepsHyphenInUd(i, s, e));
                default:
                    if (c is '<' or '>' && (char.IsLetterOrDigit(prev) || char.IsLetterOrDigit(next) || CharClass.IsQuote(prev)))
                    {
                        return true; // "Name"<mail@example.org>
                    }

                    if (CharClass.IsQuote(c) || CharClass.IsOpenBracket(c) || CharClass.IsCloseBracket(c))
                    {
                        kind = TokenKind.QuoteMark;
                        if (!CharClass.IsQuote(c))
                        {
                            kind = TokenKind.Punctuation;
                        }

                        return true;
                    }

                    if (CharClass.IsDash(c))
                    {
                        if (prev == '.' && next == '\0')
                        {
                            return false; // "10.–"
                        }

                        return true;
                    }

                    return false;
            }
        }

        /// <summary>
        /// UD English keeps a hyphen after a prefix ("e-mail", "non-Microsoft") and inside digit groups such as
        /// phone numbers ("303-832-8160").
        /// </summary>
        private bool KeepsHyphenInUd(int i, int s, int e)
        {
            var t = _text;
            if (CharClass.IsDigit(t[i - 1]) && i + 1 < e && CharClass.IsDigit(t[i + 1]))
            {
                return true;
            }

            var start = i;
            while (start > s && char.IsLetter(t[start - 1]))
            {
                start--;
            }

            return (start == s || !char.IsLetterOrDigit(t[start - 1])) && _lex.HyphenPrefixesEn.Contains(t.AsSpan(start, i - start));
        }

        /// <summary>"in" or "innen" (any case) at <paramref name="i"/> closing the core: a German gender form.</summary>
        private bool IsGenderSuffix(int i, int e)
        {
            var rest = _text.AsSpan(i, e - i);
            return rest.Equals("in", StringComparison.OrdinalIgnoreCase) || rest.Equals("innen", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("innen", StringComparison.OrdinalIgnoreCase) && rest.Length <= 8;
        }

        /// <summary>Emits a word-like segment, splitting English clitics and units glued to numbers.</summary>
        private void Word(int s, int e)
        {
            if (s >= e)
            {
                return;
            }

            var t = _text;
            var span = t.AsSpan(s, e - s);
            // English clitics are split in the press scheme (as in the Penn Treebank, so that "Google's" yields the
            // name "Google"); UD treebanks keep "don't" whole as one surface (multiword) token.
            if (English && !_ud)
            {
                if (_lex.SpecialSplitsEn.TryGetValue(span, out var index))
                {
                    var at = s;
                    foreach (var piece in _lex.SpecialSplitPieces[index])
                    {
                        Emit(at, at + piece.Length, TokenKind.Word);
                        at += piece.Length;
                    }

                    return;
                }

                var clitic = CliticStart(s, e);
                if (clitic > s)
                {
                    Word(s, clitic);
                    Emit(clitic, e, TokenKind.Clitic);
                    return;
                }

                if (clitic == s)
                {
                    Emit(s, e, TokenKind.Clitic);
                    return;
                }
            }

            var numberEnd = NumberEnd(s, e);
            if (numberEnd == e)
            {
                Emit(s, e, NumberKind(span));
                return;
            }

            if (numberEnd > s && _lex.UnitSuffixes.Contains(t.AsSpan(numberEnd, e - numberEnd)))
            {
                Emit(s, numberEnd, NumberKind(t.AsSpan(s, numberEnd - s)));
                Emit(numberEnd, e, TokenKind.Word);
                return;
            }

            Emit(s, e, WordKind(span));
        }

        /// <summary>The start of an English clitic at the end of [s, e), s when the whole segment is one, else -1.</summary>
        private int CliticStart(int s, int e)
        {
            var t = _text;
            var max = Math.Min(e - s, 3);
            for (var len = max; len >= 2; len--)
            {
                var at = e - len;
                if (_lex.CliticsEn.Contains(t.AsSpan(at, len)))
                {
                    return at;
                }
            }

            return -1;
        }

        /// <summary>End of the number at the start of [s, e): digits with '.', ',', apostrophes between digit groups.</summary>
        private int NumberEnd(int s, int e)
        {
            var t = _text;
            var i = s;
            if (i < e && t[i] is '-' or '+' or '−' or '±' && i + 1 < e && CharClass.IsDigit(t[i + 1]))
            {
                i++;
            }

            if (i >= e || !CharClass.IsDigit(t[i]))
            {
                return s;
            }

            while (i < e)
            {
                if (CharClass.IsDigit(t[i]))
                {
                    i++;
                }
                else if (t[i] is '.' or ',' or '\'' or '’' or ':' or '/' && i + 1 < e && CharClass.IsDigit(t[i + 1]))
                {
                    i++;
                }
                else if (t[i] == '.' && i + 1 < e && (CharClass.IsDash(t[i + 1]) || CharClass.IsHyphen(t[i + 1])))
                {
                    // Swiss prices "10.–", "50.-", "14.--".
                    var j = i + 1;
                    while (j < e && (CharClass.IsDash(t[j]) || CharClass.IsHyphen(t[j])))
                    {
                        j++;
                    }

                    return j == e ? e : i;
                }
                else if (t[i] == '.' && i + 1 == e)
                {
                    // The period kept on an ordinal or a short date by the suffix rules.
                    return e;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        private static TokenKind NumberKind(ReadOnlySpan<char> span)
        {
            if (span.IndexOf(':') >= 0)
            {
                return TokenKind.Time;
            }

            if (span[^1] == '.')
            {
                return span[..^1].IndexOf('.') >= 0 ? TokenKind.Date : TokenKind.Ordinal;
            }

            // dd.mm.yyyy and dd/mm/yyyy
            var dots = 0;
            var slashes = 0;
            foreach (var c in span)
            {
                dots += c == '.' ? 1 : 0;
                slashes += c == '/' ? 1 : 0;
            }

            if ((dots == 2 || slashes == 2) && span.Length <= 10)
            {
                var first = span.IndexOfAny('.', '/');
                if (first is 1 or 2)
                {
                    var second = span[(first + 1)..].IndexOfAny('.', '/');
                    if (second is 1 or 2)
                    {
                        return TokenKind.Date;
                    }
                }
            }

            return TokenKind.Number;
        }

        private static TokenKind WordKind(ReadOnlySpan<char> span)
        {
            if (char.IsLetter(span[0]) && span.IndexOfAnyInRange('0', '9') < 0)
            {
                return TokenKind.Word; // the common case, without a character loop
            }

            var letters = false;
            var digits = false;
            foreach (var c in span)
            {
                if (CharClass.IsDigit(c))
                {
                    digits = true;
                }
                else if (char.IsLetter(c))
                {
                    letters = true;
                }
            }

            if (!letters && !digits)
            {
                return span.Length == 1 && (char.IsPunctuation(span[0]) || CharClass.IsHyphen(span[0]))
                    ? TokenKind.Punctuation
                    : TokenKind.Symbol;
            }

            if (letters && digits)
            {
                // "25-fache", "90er", "1990er" are words; "GPT-4", "8x7B", "A380", "v3.1" are names.
                var firstLetter = span.IndexOfAnyExceptInRange('0', '9');
                return CharClass.IsDigit(span[0]) && !ContainsDigitAfter(span, firstLetter) ? TokenKind.Word : TokenKind.Alphanumeric;
            }

            return letters ? TokenKind.Word : TokenKind.Number;
        }

        private static bool ContainsDigitAfter(ReadOnlySpan<char> span, int index)
        {
            for (var i = Math.Max(index, 0); i < span.Length; i++)
            {
                if (CharClass.IsDigit(span[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsHandleBody(ReadOnlySpan<char> body)
        {
            foreach (var c in body)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return body.Length > 0;
        }

        private bool IsUrl(ReadOnlySpan<char> span)
        {
            if (span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || span.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            {
                return span.Length > 8;
            }

            if (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return span.Length > 5;
            }

            return IsDomain(span);
        }

        /// <summary>"example.de", "mistral.ai/news": labels of letters, digits and hyphens with a known TLD.</summary>
        private bool IsDomain(ReadOnlySpan<char> span)
        {
            var slash = span.IndexOf('/');
            var host = slash >= 0 ? span[..slash] : span;
            var lastDot = host.LastIndexOf('.');
            if (lastDot <= 1 || lastDot == host.Length - 1)
            {
                return false;
            }

            var tld = host[(lastDot + 1)..];
            foreach (var c in tld)
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            if (!_lex.TopLevelDomains.Contains(tld))
            {
                return false;
            }

            foreach (var c in host[..lastDot])
            {
                if (!(char.IsLetterOrDigit(c) || c is '-' or '.'))
                {
                    return false;
                }
            }

            // "z.B.de" and similar are not hosts: the label before the TLD needs two characters.
            var label = host[..lastDot];
            var labelStart = label.LastIndexOf('.') + 1;
            return label.Length - labelStart >= 2 && char.IsLetterOrDigit(label[0]);
        }

        private static bool IsEmail(ReadOnlySpan<char> span)
        {
            var at = span.IndexOf('@');
            if (at <= 0 || at != span.LastIndexOf('@'))
            {
                return false;
            }

            var domain = span[(at + 1)..];
            var dot = domain.LastIndexOf('.');
            if (dot <= 0 || dot >= domain.Length - 2)
            {
                return false;
            }

            foreach (var c in span[..at])
            {
                if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%'))
                {
                    return false;
                }
            }

            foreach (var c in domain)
            {
                if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
