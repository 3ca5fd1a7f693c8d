using NewsAnalysis.Languages;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Amounts;

/// <summary>
/// Finds amounts in a token sequence. An amount is a number (digits or words), optionally preceded by a
/// currency sign or code ("$", "EUR", "US$") and followed by a scale ("Mio.", "billion", glued "m"/"bn"), then
/// by a currency ("Euro", "US-Dollar", "€"), a percent word ("Prozent", "%", "percentage points"), or the noun
/// it counts ("200 Mitarbeiter"). Ranges ("zwischen 5 und 7 Mio. €", "5–7", "between $5 and $7 million") become
/// one amount; qualifiers before it ("rund", "mehr als", "up to") are recorded but stay outside the span.
/// Dates, times, ordinals and versions are token kinds of their own and never start an amount; years,
/// references ("Seite 12", "§ 5"), postal codes and numbers with leading zeros are skipped.
/// </summary>
/// <remarks>Immutable and thread-safe; every step is a bounded look-around, so time is linear in the tokens.</remarks>
internal sealed class AmountRecognizer(AmountLexicon lexicon)
{
    private readonly AmountLexicon _lex = lexicon;

    /// <summary>
    /// Appends the amounts of every sentence to <paramref name="output"/>, in text order. Amounts never cross a
    /// sentence boundary, and tokens outside every sentence start none.
    /// </summary>
    /// <param name="text">The analysed text.</param>
    /// <param name="tokens">All tokens of the text.</param>
    /// <param name="sentences">The sentences, in text order, as ranges of <paramref name="tokens"/>.</param>
    /// <param name="language">The text's language.</param>
    /// <param name="output">Receives the amounts.</param>
    /// <param name="cancellationToken">Checked once per sentence that holds a candidate.</param>
    public void Recognize(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Language language, List<Amount> output, CancellationToken cancellationToken)
    {

        // One scan over the whole text instead of one per sentence: most sentences hold no candidate at all, and
        // the scan's set-up per call cost more than its work in short sentences. A candidate is then looked at
        // within its sentence, so every look-around stops at the sentence's ends exactly as before.
        var english = language == Language.English;
        var prefixBits = english ? _lex.PrefixBitsEn : _lex.PrefixBitsDe;
        var suffixBits = english ? _lex.SuffixBitsEn : _lex.SuffixBitsDe;
        var s = -1;
        var first = 0;
        var sentence = ReadOnlySpan<Token>.Empty;
        var rolesIndex = -1;
        var roles = WordRoles.None;
        var g = 0;
        var from = 0;
        while ((g = NextCandidate(text, tokens, from = g, prefixBits, suffixBits)) < tokens.Length)
        {
            if (g >= first + sentence.Length)
            {
                // The candidate lies past the current sentence: move on to the sentence that holds it.
                do
                {
                    s++;
                }
                while (s < sentences.Length && sentences[s].FirstToken + sentences[s].TokenCount <= g);

                if (s >= sentences.Length)
                {
                    return;
                }

                cancellationToken.ThrowIfCancellationRequested();
                first = sentences[s].FirstToken;
                sentence = tokens.Slice(first, sentences[s].TokenCount);
                rolesIndex = -1;
                if (g < first)
                {
                    g = first; // between sentences: scan on from the sentence's first token
                    continue;
                }
            }

            // The scan starts from numbers, not from the words before them: a word right before a number that it passed
            // over ("EUR 500", "rund 40") is looked at first, as the candidate of its own it was when the scan stopped at
            // every such word. Most are no currency ("von 5", "am 3"), and the scan's test of every word's successor
            // cost more than these look-backs.
            var i = g - first;
            if (i > 0 && g - 1 >= from && sentence[i].Kind == TokenKind.Number && sentence[i - 1].Kind == TokenKind.Word)
            {
                var rolesBeforeWord = rolesIndex == i - 2 ? roles : (WordRoles?)null;
                if (IsCandidate(text, sentence, i - 1, language, ref rolesIndex, ref roles) && TryAmount(text, sentence, i - 1, language, rolesBeforeWord, out var wordAmount, out var afterWord))
                {
                    output.Add(wordAmount); // a currency word before the number: no cut-short number before it
                    g = first + afterWord;
                    continue;
                }
            }

            // IsCandidate may have looked up the roles of sentence[i - 1] (a word before a number); the qualifier look-up
            // of the amount that starts at the number needs exactly those.
            var rolesBefore = rolesIndex == i - 1 ? roles : (WordRoles?)null;
            if (IsCandidate(text, sentence, i, language, ref rolesIndex, ref roles) && TryAmount(text, sentence, i, language, rolesBefore, out var amount, out var next))
            {
                // Only a token ending in a hyphen two before the amount can start a range of it ("zwei- bis dreimal").
                output.Add(i >= 2 && text[sentence[i - 2].End - 1] == '-' ? WithTruncatedRangeStart(text, sentence, i, language, amount) : amount);
                g = first + next;
            }
            else
            {
                g++;
            }
        }
    }

    /// <summary>
    /// The index of the first token from <paramref name="i"/> on that may start an amount by its kind and first letters
    /// (<paramref name="tokens"/>.Length if none): a number, a symbol, a word that starts with a digit, or a word that
    /// begins and ends like a number word or written-out multiplier (two bit tests on its first and last three letters).
    /// A word right before a number (a currency or multiplier) is looked at from that number, in <see cref="Recognize"/>.
    /// </summary>
    /// <remarks>
    /// Every token of the text passes through this loop and only about one in ten leaves it, so it is kept small
    /// enough for the JIT to hold its state in registers; <see cref="IsCandidate"/> and <see cref="TryAmount"/> do
    /// the rest for the few it returns.
    /// </remarks>
    private static int NextCandidate(string text, ReadOnlySpan<Token> tokens, int i, ulong[] prefixBits, ulong[] suffixBits)
    {
        for (; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var kind = token.Kind;
            if (kind == TokenKind.Word)
            {
                var word = text.AsSpan(token.Start, token.End - token.Start);
                // A number word glued to a unit ("three-month") ends like the unit: a hyphen stands in for the suffix test
                // (looked for only in the few words that begin like a number word).
                if (CharClass.IsDigit(word[0])
                    || (word.Length >= 3 && AmountLexicon.Has(prefixBits, AmountLexicon.Trigram(word[0], word[1], word[2]))
                        && (AmountLexicon.Has(suffixBits, AmountLexicon.Trigram(word[^3], word[^2], word[^1])) || HasInnerHyphen(word))))
                {
                    return i;
                }
            }
            else if (kind is TokenKind.Number or TokenKind.Symbol or TokenKind.Alphanumeric)
            {
                // Alphanumeric tokens are rare ("8x7B", "3.5-kilometre"); IsCandidate keeps those that start with a digit.
                return i;
            }

            // Punctuation, quotation marks, dates, times, ordinals: never the start of an amount.
        }

        return i;
    }

    /// <summary>
    /// The exact tests behind <see cref="NextCandidate"/>'s coarse ones (a superset of what <see cref="TryAmount"/>
    /// accepts passes): most words it returns are ordinary words, articles without a scale, or words before a number
    /// that are neither currencies nor multipliers.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool IsCandidate(string text, ReadOnlySpan<Token> tokens, int i, Language language, ref int rolesIndex, ref WordRoles roles)
    {
        ref readonly var token = ref tokens[i];
        if (token.Kind == TokenKind.Word)
        {
            var word = text.AsSpan(token.Start, token.End - token.Start);
            var beforeNumber = i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number;
            var numberWordStart = CharClass.IsDigit(word[0])
                || (word.Length >= 3 && AmountLexicon.Has(language == Language.English ? _lex.PrefixBitsEn : _lex.PrefixBitsDe, AmountLexicon.Trigram(word[0], word[1], word[2])));
            if (!numberWordStart)
            {
                // A word before a number ("rund 40", "von 5") starts an amount only as a currency ("EUR 500") or a
                // multiplier; most are neither, and the number after them is the next candidate anyway.
                if (!beforeNumber)
                {
                    return false;
                }

                rolesIndex = i;
                roles = RolesAt(tokens, i);
                if ((roles & WordRoles.CurrencyStart) == 0 && !ContainsFachOrFold(word))
                {
                    return false;
                }
            }
            else if (!beforeNumber
                && (language == Language.English ? _lex.ArticlesEn : _lex.ArticlesDe).Contains(word)
                && !(i + 1 < tokens.Length && _lex.MayBeScale(tokens[i + 1].Span) && (RolesAt(tokens, i + 1) & WordRoles.Scale) != 0)
                && !(i + 1 < tokens.Length && IsRangeWord(tokens, i, i + 1, out _))
                && !TryAndFraction(tokens, i, language, out _))
            {
                // "ein", "einer", "one" count only before a scale word or in a range ("ein bis zwei Millionen"):
                // the most frequent number words, rejected here without parsing them.
                return false;
            }
        }

        return MayStartAmount(text, tokens, i, language);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool TryAmount(string text, ReadOnlySpan<Token> tokens, int i, Language language, WordRoles? rolesBefore, out Amount amount, out int next)
    {
        amount = null!;
        next = i + 1;
        var token = tokens[i];
        if ((token.Kind is TokenKind.Word or TokenKind.Alphanumeric && TryMultiplierWord(token.Span, language, out var factor)) || (token.Kind == TokenKind.Word && TryTimesSo(tokens, i, language, out factor)))
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Multiplier, factor, null, null, null, i, i);
            return true;
        }

        // A currency before the number ("$113 million", "EUR 500.000", "Fr. 50.-"): only a sign, or a word right
        // before a number, can be one.
        var start = i;
        var prefixCurrency = -1;
        var currencyIndex = -1;
        var currencyTokens = token.Kind == TokenKind.Symbol || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number)
            ? MatchCurrency(tokens, i, out currencyIndex)
            : 0;
        if (currencyTokens > 0 && i + currencyTokens < tokens.Length && IsNumberStart(tokens[i + currencyTokens])
            && !(currencyTokens == 1 && IsPlainCurrencyName(token.Span)))
        {
            prefixCurrency = currencyIndex;
            i += currencyTokens;
        }

        // The tokenizer keeps "60-65" one number token; before a percent it is a range.
        if (prefixCurrency < 0 && tokens[i].Kind == TokenKind.Number
            && TryGluedPercentRange(text, tokens, start, i, language, rolesBefore, out amount, out var rangePercentTokens))
        {
            next = i + 1 + rangePercentTokens;
            return true;
        }

        if (tokens[i].Kind is TokenKind.Word or TokenKind.Alphanumeric && CharClass.IsDigit(tokens[i].Span[0]))
        {
            // A number glued to its unit or scale by a hyphen ("3.5-kilometre", "$5-million", "100-Millionen-Euro-Projekt")
            // is read within the token; any other such word ("8x7B", "3-D") is no amount.
            next = i + 1;
            return TryHyphenCompound(text, tokens, start, i, language, rolesBefore, prefixCurrency, out amount)
                || (prefixCurrency >= 0 && TryGluedMoneyRange(text, tokens, start, i, language, rolesBefore, prefixCurrency, out amount));
        }

        if (!TryNumber(tokens, i, language, out var value, out var afterNumber, out var article, out var yearLike))
        {
            return prefixCurrency < 0 && TryNumberWordCompound(text, tokens, start, i, language, rolesBefore, out amount);
        }

        var firstValue = value;

        // "a few hundred thousand of them", "several dozen protesters", "mehrere hundert Anwohner": a round number word
        // after a word of an unknown count multiplies a count nobody gave; the phrase names no value.
        if (prefixCurrency < 0 && start > 0 && tokens[start].Kind == TokenKind.Word && _lex.VagueCounts.Contains(tokens[start - 1].Span)
            && NumberWords.TryParse(tokens[start].Span, language, _lex, out var wordValue, out _) && wordValue is 12 or 100 or 1000)
        {
            return false;
        }

        // Range: "5 bis 7", "5–7", "zwischen 5 und 7", "between $5 and $7"; the first number may have a scale of
        // its own ("between £40m and £60m", "5 Mio. bis 7 Mio. Euro"), and then only the second takes the last one.
        decimal? rangeEnd = null;
        var j = afterNumber;
        var firstScale = 0m;
        var afterNumberRoles = RolesAt(tokens, j); // looked up once: the scale test below reads it too when no range follows
        // The range word is tested first: it is rarer than a scale and cheaper to test than the scale look-up.
        if (j + 2 < tokens.Length && (afterNumberRoles & WordRoles.Scale) != 0 && IsRangeWord(tokens, start, j + 1, out _, yearLike)
            && ScaleAllowed(tokens, j) && _lex.TryScale(afterNumberRoles, tokens[j].Span, out var firstScaleIndex))
        {
            firstScale = _lex.ScaleFactors[firstScaleIndex];
        }

        // "4.25% to 4.5%", "5 Prozent bis 7 Prozent": the same percent word after each number; the range ends with the second.
        var percentEach = (afterNumberRoles & WordRoles.Percent) != 0 && firstScale == 0 && j + 3 < tokens.Length
            && AmountLexicon.OneWordPercent(afterNumberRoles) >= 0 && IsRangeWord(tokens, start, j + 1, out _, yearLike);
        var rangeAt = firstScale != 0 || percentEach ? j + 1 : j;
        if (rangeAt + 1 < tokens.Length && IsRangeWord(tokens, start, rangeAt, out var rangeWordTokens, yearLike))
        {
            var k = rangeAt + rangeWordTokens;
            var secondCurrency = MatchCurrency(tokens, k, out var secondIndex);
            if (secondCurrency > 0 && (prefixCurrency < 0 || secondIndex == prefixCurrency))
            {
                k += secondCurrency;
            }

            if (k < tokens.Length && TryNumber(tokens, k, language, out var second, out var afterSecond, out _, out var secondYearLike) && (firstScale != 0 || second > value)
                && (!percentEach || (afterSecond < tokens.Length && tokens[afterSecond].Span.SequenceEqual(tokens[j].Span))))
            {
                rangeEnd = second;
                j = afterSecond;

                // Two years make a period ("zwischen 2019 und 2022 Eier geliefert", "2019–2022 Filialen"): like one
                // year, such a range is an amount only with a currency, a percent or a scale. A year-like first number
                // before a larger count ("1000 bis 20.000 Besucher") is a range of counts.
                yearLike = yearLike && secondYearLike;
                if (firstScale != 0)
                {
                    value *= firstScale;
                }
            }
            else
            {
                firstScale = 0;
            }
        }

        // Scale: "Millionen", "Mio.", "billion"; the one-letter forms only when glued ("$5m").
        var scaled = firstScale != 0;
        var roles = j == afterNumber ? afterNumberRoles : RolesAt(tokens, j); // one look-up says which of the look-ups below can succeed on tokens[j]
        if ((roles & WordRoles.Scale) != 0 && _lex.TryScale(roles, tokens[j].Span, out var scaleIndex) && ScaleAllowed(tokens, j)
            && !(language == Language.German && prefixCurrency < 0 && IsLetterUnitDe(tokens[j].Span))
            && !(language == Language.English && prefixCurrency < 0 && IsMetresNotMillion(tokens, start, j)))
        {
            var scale = _lex.ScaleFactors[scaleIndex];
            value *= firstScale != 0 ? 1 : scale;
            rangeEnd *= scale;
            scaled = true;
            j++;
            roles = RolesAt(tokens, j);
        }
        else if (article)
        {
            return false; // "ein", "eine", "one" count only before a scale word
        }
        else if (language == Language.German && start == i && i > 0 && tokens[i].Span.StartsWith("halb", StringComparison.OrdinalIgnoreCase)
            && tokens[i - 1].Span is "das" or "die" or "der" or "den" or "dem" or "des")
        {
            return false; // "das halbe Allgäu", "die halbe Stadt": much of a whole, not a half of something counted
        }

        if (prefixCurrency >= 0)
        {
            amount = Money(text, tokens, rolesBefore, value, rangeEnd, prefixCurrency, start, j - 1, language);
            next = j;
            return true;
        }

        var suffixCurrency = MatchCurrency(tokens, j, roles, out currencyIndex);
        if (suffixCurrency > 0 && (tokens[j].End - tokens[j].Start > 1 || NamesCurrencyOfLetterSubunit(text, currencyIndex)))
        {
            amount = Money(text, tokens, rolesBefore, value, rangeEnd, currencyIndex, start, j + suffixCurrency - 1, language);
            next = j + suffixCurrency;
            return true;
        }

        var percentTokens = MatchPercent(tokens, j, roles, out var points);
        if (percentTokens > 0)
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Percent, value, rangeEnd, null, points ? "percentage points" : "percent", start, j + percentTokens - 1);
            next = j + percentTokens;
            return true;
        }

        if (j < tokens.Length && language != Language.German && tokens[j].Span.Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            if (CountsOccasions(tokens, j + 1))
            {
                return false; // "several hundred times a day": how often, which compares nothing and is no amount
            }

            amount = Make(text, tokens, rolesBefore, AmountKind.Multiplier, value, rangeEnd, null, null, start, j);
            next = j + 1;
            return true;
        }

        // "Seite 12", "§ 5", "May 14": an integer right after a reference word or a month counts nothing.
        if (!scaled && (yearLike || (start == i && (IsReference(tokens, i, rolesBefore) || (language == Language.English && IsNumberOfAName(tokens, i)) || (language == Language.German && IsModelNumberDe(tokens, i, j))) && firstValue == decimal.Truncate(firstValue))))
        {
            return false;
        }

        // "a phase 3 trial", "Stufe 2": a small integer after a stage word names the stage and counts nothing. A larger
        // number may count ("in der ersten Phase 300 Wohnungen", where German needs no comma).
        // One digit, tested on the token: cheaper than decimal tests, and the kinds rule out most numbers first.
        if (!scaled && start == i && i > 0 && tokens[i].Kind == TokenKind.Number && tokens[i].Span.Length == 1 && tokens[i - 1].Kind == TokenKind.Word
            && tokens[i].Span[0] != '0' && rangeEnd is null && _lex.StageWords.Contains(tokens[i - 1].Span))
        {
            return false;
        }

        // "von 2,8 Millionen auf 1,6 Millionen Euro", "from 2.8 million to 1.6 million euros": a start with a scale of
        // its own before a target with a scale and a currency shares that currency, as the start without a scale does
        // below. In a method of its own, so that its locals do not weigh on every call of this one.
        if (scaled && rangeEnd is null && start == i && i > 0 && j + 3 < tokens.Length && tokens[j].Span.Length is 2 or 3
            && TryScaledChangeStart(text, tokens, rolesBefore, value, start, i, j, language, out amount))
        {
            next = j;
            return true;
        }

        // "von 86 auf 94 Prozent", "from 86 to 94 per cent", "von 9 auf 11 Euro": a bare number a change starts from
        // takes the percent or currency written once, after the number it changes to. A scale after the target
        // ("von 1,4 auf 1,1 Milliarden Euro") is left: whether it scales the first number too is not certain.
        if (!scaled && rangeEnd is null && start == i && i > 0 && j + 2 < tokens.Length && IsChangeFromTo(tokens, i, j)
            && TryNumber(tokens, j + 1, language, out _, out var afterTarget, out _, out _) && afterTarget < tokens.Length)
        {
            var targetRoles = RolesAt(tokens, afterTarget);
            if (MatchPercent(tokens, afterTarget, targetRoles, out var targetPoints) > 0)
            {
                amount = Make(text, tokens, rolesBefore, AmountKind.Percent, value, null, null, targetPoints ? "percentage points" : "percent", start, j - 1);
                next = j;
                return true;
            }

            // A currency of one letter ("p") is left out here, as after a number (see NamesCurrencyOfLetterSubunit).
            if (MatchCurrency(tokens, afterTarget, targetRoles, out var targetCurrency) > 0 && tokens[afterTarget].End - tokens[afterTarget].Start > 1)
            {
                amount = Money(text, tokens, rolesBefore, value, null, targetCurrency, start, j - 1, language);
                next = j;
                return true;
            }

            // German "von 3,9 auf 11,7 Milligramm": so does a unit of measure, which the start shares. A counted noun ("von
            // 3 auf 5 Mitarbeiter") is left, as the target may count something the start does not, and so is English "from
            // 4 to 6 kilometres", which is as often a range.
            if (language == Language.German && IsUnitOfMeasure(tokens[afterTarget].Span))
            {
                amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, null, null, null, start, tokens[j - 1].End, tokens[afterTarget].Start, tokens[afterTarget].End);
                next = j;
                return true;
            }
        }

        var unit = CountedNoun(tokens, j, roles, language);
        if (unit >= 0 && text[tokens[unit].End - 1] == '.')
        {
            // A unit of one letter that kept the sentence's period ("1,93 m."): the amount ends before the period.
            var unitEnd = tokens[unit].End - 1;
            amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, rangeEnd, null, null, start, unitEnd, tokens[unit].Start, unitEnd);
            next = unit + 1;
            return true;
        }

        if (unit >= 0)
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, rangeEnd, null, null, start, unit, unitToken: unit);
            next = unit + 1;
            return true;
        }

        if (scaled)
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, rangeEnd, null, null, start, j - 1);
            next = j;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a one-letter currency form ("p") may be read as the subunit it stands for: only in a text that also
    /// names that currency ("£", "GBP", "pounds"), so that "1080p" in a review of a screen is no amount. Searched only
    /// when such a letter follows a number, which is rare.
    /// </summary>
    private bool NamesCurrencyOfLetterSubunit(string text, int currencyIndex)
    {
        if (!_lex.NamingFormsOfLetterSubunits.TryGetValue(_lex.Currencies[currencyIndex].Code, out var forms))
        {
            return true; // a letter that is a whole currency, not a subunit: no further condition
        }

        foreach (var form in forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private Amount Money(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, decimal value, decimal? rangeEnd, int currencyIndex, int first, int last, Language language) =>
        MoneyTo(text, tokens, rolesBefore, value, rangeEnd, currencyIndex, first, tokens[last].End, language);

    /// <summary>Money from token <paramref name="first"/> to the character <paramref name="end"/>.</summary>
    private Amount MoneyTo(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, decimal value, int currencyIndex, int first, int end, Language language) =>
        MoneyTo(text, tokens, rolesBefore, value, null, currencyIndex, first, end, language);

    private Amount MoneyTo(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, decimal value, decimal? rangeEnd, int currencyIndex, int first, int end, Language language)
    {
        var (code, subunit) = _lex.Currencies[currencyIndex];

        // "Cent" is a hundredth of the euro in German text, of the dollar in English text.
        if (subunit != 1 && code is "EUR" or "USD")
        {
            code = language == Language.English ? "USD" : "EUR";
        }

        // Multiplying by 1 changes at most the scale of a non-zero value, which Make normalises away: skip it.
        if (subunit != 1 || value == 0 || rangeEnd == 0)
        {
            value *= subunit;
            rangeEnd *= subunit;
        }

        return Make(text, tokens, rolesBefore, AmountKind.Money, value, rangeEnd, code, null, first, end, 0, 0);
    }

    /// <summary>The amount over tokens [<paramref name="first"/>, <paramref name="last"/>]; its unit is <paramref name="unit"/> or the text of token <paramref name="unitToken"/> (copied when read).</summary>
    private Amount Make(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, AmountKind kind, decimal value, decimal? rangeEnd, string? currency, string? unit, int first, int last, int unitToken = -1) =>
        Make(text, tokens, rolesBefore, kind, value, rangeEnd, currency, unit, first, tokens[last].End,
            unitToken >= 0 ? tokens[unitToken].Start : 0, unitToken >= 0 ? tokens[unitToken].End : 0);

    /// <summary>The amount from token <paramref name="first"/> to the character <paramref name="end"/>, which may lie inside a token ("3,5-Kilometer" of "3,5-Kilometer-Strecke").</summary>
    private Amount Make(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, AmountKind kind, decimal value, decimal? rangeEnd, string? currency, string? unit, int first, int end, int unitStart, int unitEnd)
    {
        var qualifier = Qualifier(tokens, first, rolesBefore);
        if (qualifier == AmountQualifier.MoreThan ? unitEnd > unitStart : qualifier == AmountQualifier.Exact && end + 8 < text.Length && text[end] == ' ')
        {
            qualifier = Requalify(text, tokens, first, end, unitStart, unitEnd, qualifier);
        }

        return new Amount(kind, Normalize(value), currency, unit, qualifier, rangeEnd is { } r ? Normalize(r) : null, text, tokens[first].Start, end, unitStart, unitEnd);
    }

    /// <summary>
    /// The words around an amount that change the qualifier read before it: "over" before a span of time is none
    /// (<see cref="IsSpreadOver"/>), "und mehr" after an exact amount a lower bound (<see cref="QualifierAfter"/>). Kept
    /// out of the method that makes every amount.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private AmountQualifier Requalify(string text, ReadOnlySpan<Token> tokens, int first, int end, int unitStart, int unitEnd, AmountQualifier qualifier)
    {
        if (qualifier == AmountQualifier.MoreThan)
        {
            return IsSpreadOver(text, tokens, first, end, unitStart, unitEnd) ? AmountQualifier.Exact : qualifier;
        }

        // Two character tests keep the phrase look-up to "und …", "oder …", "or …", "and …" (and "an …"): "und" and "an"
        // follow German amounts often, "auf", "als", "um" more often still.
        return text[end + 1] is 'u' or 'o' or 'a' && text[end + 2] is 'n' or 'd' or 'r' ? QualifierAfter(text, end + 1) : qualifier;
    }

    /// <summary>The qualifier a phrase at <paramref name="at"/> gives the amount before it ("und mehr", "or fewer"), else exact.</summary>
    private AmountQualifier QualifierAfter(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (var (phrase, qualifier) in _lex.QualifiersAfter)
        {
            // The phrase must end at a word boundary: "or moreover" is no "or more".
            if (rest.StartsWith(phrase, StringComparison.Ordinal) && (rest.Length == phrase.Length || !char.IsLetter(rest[phrase.Length])))
            {
                return qualifier;
            }
        }

        return AmountQualifier.Exact;
    }

    /// <summary>
    /// Whether "over" before a quantity of time says over how long something is spread ("spend £310m over four years",
    /// "over four days") rather than "more than" ("for over four years", "over 20 years ago"; <c>over-spans.en.txt</c>).
    /// </summary>
    private bool IsSpreadOver(string text, ReadOnlySpan<Token> tokens, int first, int end, int unitStart, int unitEnd)
    {
        if (first < 1 || !tokens[first - 1].Span.Equals("over", StringComparison.OrdinalIgnoreCase)
            || !_lex.OverSpans.TryGetValue(text.AsSpan(unitStart, unitEnd - unitStart), out var unitRoles) || (unitRoles & AmountLexicon.OverSpan) == 0)
        {
            return false;
        }

        if (first >= 2 && _lex.OverSpans.TryGetValue(tokens[first - 2].Span, out var before) && (before & AmountLexicon.OverBefore) != 0)
        {
            return false;
        }

        var after = first;
        while (after < tokens.Length && tokens[after].Start < end)
        {
            after++;
        }

        return !(after < tokens.Length && _lex.OverSpans.TryGetValue(tokens[after].Span, out var next) && (next & AmountLexicon.OverAfter) != 0);
    }

    /// <summary>
    /// "zwei- bis dreimal", "10- to 15-minute": a number cut short by a hyphen before a range word takes the rest of
    /// the amount after it, which becomes the range's upper end. Returns <paramref name="amount"/> (read from token
    /// <paramref name="first"/> on) unchanged when no such number stands before it.
    /// </summary>
    private Amount WithTruncatedRangeStart(string text, ReadOnlySpan<Token> tokens, int first, Language language, Amount amount)
    {
        // The caller has seen the hyphen; TryTruncatedRangeStart checks the cut-short number itself.
        if (first < 2 || amount.RangeEnd is not null || amount.Start != tokens[first].Start
            || !TryTruncatedRangeStart(tokens, first, amount.Value, language, out var lower))
        {
            return amount;
        }

        return new Amount(amount.Kind, Normalize(lower), amount.Currency, amount.Unit, Qualifier(tokens, first - 2, null), amount.Value, text, tokens[first - 2].Start, amount.End, 0, 0);
    }

    /// <summary>
    /// Whether <c>tokens[first - 2]</c> is a number cut short by a hyphen ("zwei-", "10-", "two-") and
    /// <c>tokens[first - 1]</c> a range word, so that the amount <paramref name="value"/> read from <c>tokens[first]</c>
    /// on is a range's upper end; <paramref name="lower"/> is then the first number completed by the rest of the
    /// second: "zwei- bis dreitausend" reads "zweitausend", "2- bis 3 Millionen" 2 million.
    /// </summary>
    private bool TryTruncatedRangeStart(ReadOnlySpan<Token> tokens, int first, decimal value, Language language, out decimal lower)
    {
        lower = 0;
        var cut = tokens[first - 2].Span;

        // A cut-short number is never the target of a change ("rose three- to fourfold"), so "to" always makes a range.
        if (cut.Length < 2 || cut[^1] != '-' || tokens[first - 2].Kind is not (TokenKind.Word or TokenKind.Number)
            || !(tokens[first - 1].Span is "to" || IsRangeWord(tokens, first - 2, first - 1, out _)))
        {
            return false;
        }

        var head = cut[..^1];
        var second = tokens[first].Span;
        if (!TryLeadingNumber(second, language, out var secondStem, out var secondValue) || secondValue == 0)
        {
            return false;
        }

        decimal firstValue;
        if (CharClass.IsDigit(head[0]))
        {
            // Digits take nothing from the second word but its scale ("2- bis 3 Millionen").
            if (!NumberParser.TryParse(head, language, out firstValue))
            {
                return false;
            }
        }
        else if (!TryCompleteNumberWord(head, secondStem, language, out firstValue))
        {
            return false;
        }

        lower = firstValue * (value / secondValue);
        return lower < value;
    }

    /// <summary>
    /// The number a word starts with, and its characters: the digits of "15-minute" or "3-mal", the number word of
    /// "dreimal", "vierfach", "threefold", or the whole of "dreitausend" or "3".
    /// </summary>
    private bool TryLeadingNumber(ReadOnlySpan<char> word, Language language, out ReadOnlySpan<char> stem, out decimal value)
    {
        value = 0;
        stem = word;
        if (CharClass.IsDigit(word[0]))
        {
            var hyphen = word.IndexOf('-');
            stem = hyphen > 0 ? word[..hyphen] : word;
            return NumberParser.TryParse(stem, language, out value) || NumberParser.TryParse(stem, Language.English, out value);
        }

        // A written-out multiplier: the number word before "mal", "fach" or "fold" (multiplier-endings.tsv).
        foreach (var ending in _lex.MultiplierEndings)
        {
            var at = word.LastIndexOf(ending, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                stem = word[..at].TrimEnd('-');
                break;
            }
        }

        return NumberWords.TryParse(stem, language, _lex, out value, out _);
    }

    /// <summary>
    /// The value of the number word <paramref name="head"/> completed by the part of <paramref name="stem"/> after
    /// the number that <paramref name="head"/> replaces: "zwei" with "dreitausend" is "zweitausend", with "drei" "zwei".
    /// </summary>
    private bool TryCompleteNumberWord(ReadOnlySpan<char> head, ReadOnlySpan<char> stem, Language language, out decimal value)
    {
        value = 0;
        Span<char> buffer = stackalloc char[64];
        for (var p = 3; p <= stem.Length; p++)
        {
            var rest = stem[p..];
            if (head.Length + rest.Length > buffer.Length || !NumberWords.TryParse(stem[..p], language, _lex, out _, out _))
            {
                continue;
            }

            head.CopyTo(buffer);
            rest.CopyTo(buffer[head.Length..]);
            if (NumberWords.TryParse(buffer[..(head.Length + rest.Length)], language, _lex, out value, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A number glued by hyphens to what it measures, within one token: "3.5-kilometre", "5-km-Lauf" and
    /// "40-Stunden-Woche" are quantities of the unit (<c>hyphen-units.txt</c>), "5-Prozent-Hürde" a percentage,
    /// "100-Millionen-Euro-Projekt" and "$5-million" money. The amount ends with its last part; what follows
    /// ("-Strecke", "-Projekt") is the noun it describes.
    /// </summary>
    private bool TryHyphenCompound(string text, ReadOnlySpan<Token> tokens, int start, int i, Language language, WordRoles? rolesBefore, int prefixCurrency, out Amount amount)
    {
        amount = null!;
        var word = tokens[i].Span;
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && NumberParser.TryParse(word[..hyphen], language, out var value)
            && TryGluedAmount(text, tokens, start, i, language, rolesBefore, prefixCurrency, hyphen, value, out amount);
    }

    /// <summary>
    /// "£35m-£40m": two full money amounts in the same currency joined by a hyphen into one token after the first
    /// symbol; the range of the two, as "£35m to £40m" is. A scale on the second alone applies to both ("£35-£40m").
    /// The second number must be the greater.
    /// </summary>
    private bool TryGluedMoneyRange(string text, ReadOnlySpan<Token> tokens, int start, int i, Language language, WordRoles? rolesBefore, int prefixCurrency, out Amount amount)
    {
        amount = null!;
        var word = tokens[i].Span;
        var dash = word.IndexOfAny('-', '–');
        var symbol = text.AsSpan(tokens[start].Start, tokens[i - 1].End - tokens[start].Start);
        if (dash <= 0 || !word[(dash + 1)..].StartsWith(symbol, StringComparison.Ordinal)
            || !TryScaledNumber(word[..dash], language, out var first, out var firstScale)
            || !TryScaledNumber(word[(dash + 1 + symbol.Length)..], language, out var second, out var secondScale))
        {
            return false;
        }

        first *= firstScale ?? secondScale ?? 1;
        second *= secondScale ?? 1;
        if (second <= first)
        {
            return false;
        }

        amount = MoneyTo(text, tokens, rolesBefore, first, second, prefixCurrency, start, tokens[i].End, language);
        return true;
    }

    /// <summary>A number with a scale glued to it ("35m", "1.5bn") or none ("35"); the scale's factor, or null.</summary>
    private bool TryScaledNumber(ReadOnlySpan<char> word, Language language, out decimal value, out decimal? scale)
    {
        scale = null;
        var digits = 0;
        while (digits < word.Length && (CharClass.IsDigit(word[digits]) || word[digits] is '.' or ','))
        {
            digits++;
        }

        if (digits == 0 || !NumberParser.TryParse(word[..digits], language, out value))
        {
            value = 0;
            return false;
        }

        if (digits == word.Length)
        {
            return true;
        }

        var suffix = word[digits..];
        if (!_lex.Roles.TryGetValue(suffix, out var r) || ((WordRoles)r & WordRoles.Scale) == 0 || !_lex.TryScale((WordRoles)r, suffix, out var index))
        {
            return false;
        }

        scale = _lex.ScaleFactors[index];
        return true;
    }

    /// <summary>
    /// A range written as one token, "60-65" or "60–65", before a percent sign or word ("60-65%", "60-65 per cent"):
    /// the range of the two numbers, as "60 to 65 per cent" is. The second number must be the greater, so that a
    /// score or a date ("3-1", "2023-24") followed by a percent does not read as one.
    /// </summary>
    private bool TryGluedPercentRange(string text, ReadOnlySpan<Token> tokens, int start, int i, Language language, WordRoles? rolesBefore, out Amount amount, out int percentTokens)
    {
        amount = null!;
        percentTokens = 0;
        var word = tokens[i].Span;
        var dash = word.IndexOfAny('-', '–');
        if (dash <= 0 || i + 1 >= tokens.Length || !NumberParser.TryParse(word[..dash], language, out var first)
            || !NumberParser.TryParse(word[(dash + 1)..], language, out var second) || second <= first)
        {
            return false;
        }

        percentTokens = MatchPercent(tokens, i + 1, RolesAt(tokens, i + 1), out var points);
        if (percentTokens == 0)
        {
            return false;
        }

        amount = Make(text, tokens, rolesBefore, AmountKind.Percent, first, second, null, points ? "percentage points" : "percent", start, i + percentTokens);
        return true;
    }

    /// <summary>
    /// A written-out number glued by a hyphen to what it measures: "a three-month delay", "a twenty-five-year lease" are
    /// quantities of the unit, as "3-month" is (<see cref="TryHyphenCompound"/>). The number is the longest part before
    /// a hyphen that reads as one, so that "twenty-five" stays whole. "one-month", "ein-…" count nothing, as "one"
    /// counts only before a scale; a capitalised word inside a sentence is a name ("the Six-Nations").
    /// </summary>
    private bool TryNumberWordCompound(string text, ReadOnlySpan<Token> tokens, int start, int i, Language language, WordRoles? rolesBefore, out Amount amount)
    {
        amount = null!;
        var word = tokens[i].Span;
        if (tokens[i].Kind != TokenKind.Word || (char.IsUpper(word[0]) && i > 0 && language == Language.English))
        {
            return false;
        }

        for (var hyphen = word.LastIndexOf('-'); hyphen > 0; hyphen = word[..hyphen].LastIndexOf('-'))
        {
            if (NumberWords.TryParse(word[..hyphen], language, _lex, out var value, out var isArticle))
            {
                return !isArticle && TryGluedAmount(text, tokens, start, i, language, rolesBefore, -1, hyphen, value, out amount);
            }
        }

        return false;
    }

    /// <summary>The amount of <see cref="TryHyphenCompound"/> once its number, <paramref name="value"/>, has been read up to <paramref name="hyphen"/>.</summary>
    private bool TryGluedAmount(string text, ReadOnlySpan<Token> tokens, int start, int i, Language language, WordRoles? rolesBefore, int prefixCurrency, int hyphen, decimal value, out Amount amount)
    {
        amount = null!;
        var token = tokens[i];
        var word = token.Span;
        var at = hyphen + 1;
        var segment = Segment(word, at);
        var roles = _lex.Roles.TryGetValue(segment, out var r) ? (WordRoles)r : WordRoles.None;
        var scaled = false;
        if ((roles & WordRoles.Scale) != 0 && segment.Length > 2 && _lex.TryScale(roles, segment, out var scaleIndex))
        {
            value *= _lex.ScaleFactors[scaleIndex];
            scaled = true;
            if (prefixCurrency >= 0 || at + segment.Length == word.Length)
            {
                amount = prefixCurrency >= 0
                    ? MoneyTo(text, tokens, rolesBefore, value, prefixCurrency, start, token.Start + at + segment.Length, language)
                    : Make(text, tokens, rolesBefore, AmountKind.Quantity, value, null, null, null, start, token.Start + at + segment.Length, 0, 0);
                return prefixCurrency >= 0;
            }

            at += segment.Length + 1;
            segment = Segment(word, at);
            roles = _lex.Roles.TryGetValue(segment, out r) ? (WordRoles)r : WordRoles.None;
        }

        if (prefixCurrency >= 0)
        {
            return false;
        }

        var end = token.Start + at + segment.Length;
        if ((roles & WordRoles.CurrencyStart) != 0 && segment.Length > 1 && _lex.TryCurrencyForm(roles, segment, out var currencyIndex))
        {
            amount = MoneyTo(text, tokens, rolesBefore, value, currencyIndex, start, end, language);
            return true;
        }

        var percent = AmountLexicon.OneWordPercent(roles);
        if (percent >= 0 && segment.Length > 1)
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Percent, value, null, null, percent == 1 ? "percentage points" : "percent", start, end, 0, 0);
            return true;
        }

        // A unit, but not an age ("3-year-old") and not after a scale ("5-Millionen-Jahre" is rare and unclear).
        if (!scaled && (_lex.HyphenUnits.Contains(segment) || (segment.Length > 1 && _lex.Units.Contains(segment)))
            && !(language != Language.German && (Segment(word, at + segment.Length + 1).Equals("old", StringComparison.OrdinalIgnoreCase)
                || (at + segment.Length == word.Length && i + 1 < tokens.Length && tokens[i + 1].Span.Equals("old", StringComparison.OrdinalIgnoreCase)))))
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, null, null, null, start, end, end - segment.Length, end);
            return true;
        }

        // English "a 64-page judgment", "a seven-protein panel": a number glued to any counted noun, before the noun
        // the compound describes, counts it (corpus/README.md: a cardinal that counts a following noun). Only a
        // lower-case noun that ends the word and a lower-case word after it: "3-D", "F-16", "Covid-19", "2-for-1" and
        // "3-year-old" stay out; adjectives in -ed ("two-pronged"), kinds and non-nouns (glued-not-counted.en.txt:
        // "five-point plan", "300-strong", "three-way") and years ("a 1960-style") too. German compounds with a
        // glued noun ("20-Jährige", "3-Zimmer-Wohnung") describe a person or a kind and are left.
        if (!scaled && language == Language.English && at == hyphen + 1 && at + segment.Length == word.Length && segment.Length >= 3
            && IsLowerWord(segment) && !segment.EndsWith("ed", StringComparison.Ordinal) && !_lex.GluedNotCountedEn.Contains(segment)
            && !(hyphen == 4 && CharClass.IsDigit(word[0]) && CharClass.IsDigit(word[3]) && value == decimal.Truncate(value))
            && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsLower(tokens[i + 1].Span[0])
            && !tokens[i + 1].Span.Equals("old", StringComparison.Ordinal) && !_lex.NotUnits.Contains(tokens[i + 1].Span))
        {
            amount = Make(text, tokens, rolesBefore, AmountKind.Quantity, value, null, null, null, start, end, end - segment.Length, end);
            return true;
        }

        return false;
    }

    /// <summary>Whether every character of <paramref name="word"/> is a lower-case letter.</summary>
    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The part of <paramref name="word"/> from <paramref name="at"/> to the next hyphen or the end (empty past the end).</summary>
    private static ReadOnlySpan<char> Segment(ReadOnlySpan<char> word, int at)
    {
        if (at >= word.Length)
        {
            return [];
        }

        var rest = word[at..];
        var hyphen = rest.IndexOf('-');
        return hyphen < 0 ? rest : rest[..hyphen];
    }

    /// <summary>
    /// A cheap filter: numbers, currency signs before a number, and words that may be number words (by their first
    /// and last three letters), multipliers or currency names before a number.
    /// </summary>
    private bool MayStartAmount(string text, ReadOnlySpan<Token> tokens, int i, Language language)
    {
        ref readonly var token = ref tokens[i];
        var kind = token.Kind;
        if (kind != TokenKind.Word)
        {
            return kind == TokenKind.Number
                || (kind == TokenKind.Alphanumeric && CharClass.IsDigit(text[token.Start]))
                || (kind == TokenKind.Symbol && i + 1 < tokens.Length && IsNumberStart(tokens[i + 1]));
        }

        // A currency name or code before a number: "EUR 500.000", "Fr. 50.-", "US-Dollar 5".
        if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number)
        {
            return true;
        }

        // A written-out number begins and ends like one ("zwei…", "…zig"); written-out multipliers begin with a
        // number word too ("Zehnfache", "dreifach", "tenfold"). Two bit tests on the characters in the text reject
        // almost every word; the packed sets behind them decide exactly.
        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (word.Length < 3)
        {
            return word.Length > 0 && CharClass.IsDigit(word[0]);
        }

        if (CharClass.IsDigit(word[0]))
        {
            return true;
        }

        var english = language == Language.English;
        // A number word glued to a unit ("three-month") ends like the unit: its hyphen stands in for the suffix tests.
        if (!AmountLexicon.Has(english ? _lex.PrefixBitsEn : _lex.PrefixBitsDe, AmountLexicon.Trigram(word[0], word[1], word[2]))
            || !(AmountLexicon.Has(english ? _lex.SuffixBitsEn : _lex.SuffixBitsDe, AmountLexicon.Trigram(word[^3], word[^2], word[^1])) || HasInnerHyphen(word)))
        {
            return false;
        }

        return (english ? _lex.NumberWordPrefixesEn : _lex.NumberWordPrefixesDe).Contains(AmountLexicon.PackPrefix(word))
            && ((english ? _lex.NumberWordSuffixesEn : _lex.NumberWordSuffixesDe).Contains(AmountLexicon.PackPrefix(word[^3..])) || HasInnerHyphen(word));
    }

    /// <summary>Drops trailing zeros of the scale (1.5m × 1000000 is 1500000.0; we report 1500000).</summary>
    private static decimal Normalize(decimal value)
    {
        // Most values are whole numbers already (scale 0), and x / 1.000…m returns them unchanged; a scaled value
        // loses its trailing zeros digit by digit, which is what the division does, without its 96-bit long division.
        if (value.Scale == 0 && value != 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa == 0)
        {
            return value / 1.000000000000000000000000000000000m; // zero keeps whatever scale and sign the division gives
        }

        var scale = value.Scale;
        if (bits[2] == 0)
        {
            // Most scaled values fit 64 bits, where % 10 is a multiplication instead of UInt128's software division.
            var small = (ulong)mantissa;
            while (scale > 0 && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }

            return new decimal((int)(uint)small, (int)(uint)(small >> 32), 0, value < 0, (byte)scale);
        }

        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), value < 0, scale);
    }

    /// <summary>Reads a number at <paramref name="i"/>: a number token, or written-out words ("half a", "zwei").</summary>
    private bool TryNumber(ReadOnlySpan<Token> tokens, int i, Language language, out decimal value, out int after, out bool article, out bool yearLike)
    {
        value = 0;
        after = i + 1;
        article = false;
        yearLike = false;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var span = token.Span;
            if (span.Length > 1 && span[0] == '0' && CharClass.IsDigit(span[1]))
            {
                return false; // phone numbers, codes: "030", "0049"
            }

            // Years, and bare five-digit numbers in German (which writes 10.000; "10115 Berlin" is a postal code),
            // are amounts only with a currency, a percent sign or a scale.
            yearLike = NumberParser.LooksLikeYear(span) || (language == Language.German && span.Length == 5 && AllDigits(span));
            return NumberParser.TryParse(span, language, out value);
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // "half a billion"
        if (language != Language.German && token.Span.Equals("half", StringComparison.OrdinalIgnoreCase)
            && i + 2 < tokens.Length && tokens[i + 1].Span.Equals("a", StringComparison.OrdinalIgnoreCase) && _lex.Scales.Contains(tokens[i + 2].Span))
        {
            value = 0.5m;
            after = i + 2;
            return true;
        }

        // Every written-out number starts with a number word of three or more letters, so its first three letters
        // are in the prefix set (the bit filter first): most words before a number ("von 5") end here.
        var word = token.Span;
        if (word.Length < 3
            || !AmountLexicon.Has(language == Language.English ? _lex.PrefixBitsEn : _lex.PrefixBitsDe, AmountLexicon.Trigram(word[0], word[1], word[2]))
            || !(language == Language.English ? _lex.NumberWordPrefixesEn : _lex.NumberWordPrefixesDe).Contains(AmountLexicon.PackPrefix(word)))
        {
            return false;
        }

        // A capitalised number word inside an English sentence is part of a name ("the Six Nations", "the Group of
        // Seven"); at the start of a sentence ("Three Britons reached …") or in capitals ("TWO") it is still a number.
        if (language == Language.English && char.IsUpper(word[0]) && char.IsLower(word[^1]) && i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].Span[0]))
        {
            return false;
        }

        if (!NumberWords.TryParse(word, language, _lex, out value, out article))
        {
            return false;
        }

        // "one and a half lengths", "three and a quarter lengths": the fraction joins the number, which then counts
        // without a scale word, as "1.5 lengths" does.
        if (TryAndFraction(tokens, i, language, out var fraction))
        {
            value += fraction;
            after = i + 4;
            article = false;
        }

        return true;
    }

    /// <summary>
    /// "von 2,8 Millionen auf 1,6 Millionen Euro": the scaled start of a change (its number at <paramref name="i"/>, the
    /// change word at <paramref name="j"/>) takes the currency written after the scaled target; a start without a
    /// currency of its own cannot be in another one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool TryScaledChangeStart(string text, ReadOnlySpan<Token> tokens, WordRoles? rolesBefore, decimal value, int start, int i, int j, Language language, out Amount amount)
    {
        amount = null!;
        if (!IsChangeFromTo(tokens, i, j) || !TryNumber(tokens, j + 1, language, out _, out var afterTarget, out _, out _) || afterTarget + 1 >= tokens.Length)
        {
            return false;
        }

        var scaleRoles = RolesAt(tokens, afterTarget);
        if ((scaleRoles & WordRoles.Scale) == 0 || !_lex.TryScale(scaleRoles, tokens[afterTarget].Span, out _) || !ScaleAllowed(tokens, afterTarget)
            || MatchCurrency(tokens, afterTarget + 1, RolesAt(tokens, afterTarget + 1), out var currency) == 0
            || tokens[afterTarget + 1].End - tokens[afterTarget + 1].Start <= 1)
        {
            return false;
        }

        amount = Money(text, tokens, rolesBefore, value, null, currency, start, j - 1, language);
        return true;
    }

    /// <summary>"von 86 auf", "from 86 to": the number at <paramref name="i"/> starts a change after "von"/"from", and <paramref name="j"/> is "auf"/"to".</summary>
    private static bool IsChangeFromTo(ReadOnlySpan<Token> tokens, int i, int j) =>
        (tokens[i - 1].Span.Equals("von", StringComparison.OrdinalIgnoreCase) || tokens[i - 1].Span.Equals("from", StringComparison.OrdinalIgnoreCase))
        && (tokens[j].Span.Equals("auf", StringComparison.OrdinalIgnoreCase) || tokens[j].Span.Equals("to", StringComparison.OrdinalIgnoreCase));

    /// <summary>The fraction of <see cref="AmountLexicon.AndFractionsEn"/> that follows the English number word at <paramref name="i"/>, if any.</summary>
    private bool TryAndFraction(ReadOnlySpan<Token> tokens, int i, Language language, out decimal fraction)
    {
        fraction = 0;
        if (language == Language.German || i + 3 >= tokens.Length || !tokens[i + 1].Span.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var (first, second, value) in _lex.AndFractionsEn)
        {
            if (tokens[i + 2].Span.Equals(first, StringComparison.OrdinalIgnoreCase) && tokens[i + 3].Span.Equals(second, StringComparison.OrdinalIgnoreCase))
            {
                fraction = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// German "fünfmal so hoch", "zehnmal so viel": a written-out number glued to "mal" is a factor only before "so"
    /// (a comparison); "dreimal gewonnen" counts occurrences and is no amount.
    /// </summary>
    private bool TryTimesSo(ReadOnlySpan<Token> tokens, int i, Language language, out decimal factor)
    {
        factor = 0;
        var word = tokens[i].Span;
        if (language != Language.German || word.Length < 4 || !word.EndsWith("mal", StringComparison.OrdinalIgnoreCase)
            || i + 1 >= tokens.Length || !tokens[i + 1].Span.Equals("so", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "3-mal so viel", "3mal so hoch" in digits as well.
        var stem = word[..^3];
        return (CharClass.IsDigit(stem[0]) ? NumberParser.TryParse(stem.TrimEnd('-'), language, out factor) : NumberWords.TryParse(stem, language, _lex, out factor, out _))
            && factor > 1;
    }

    /// <summary>
    /// Whether the words from <c>tokens[after]</c> on make the "N times" before them a count of occasions ("three times a
    /// day", "five times in a row", "tried it three times.") rather than a multiplier, which needs the thing it compares
    /// ("three times as much", "three times the level"): a word of <c>frequency-after.en.txt</c> or the end of the sentence.
    /// </summary>
    private bool CountsOccasions(ReadOnlySpan<Token> tokens, int after)
    {
        if (after >= tokens.Length)
        {
            return true;
        }

        var next = tokens[after];
        return next.Kind == TokenKind.Punctuation ? next.Span is "." or "!" or "?" or ";" : _lex.FrequencyAfterEn.Contains(next.Span);
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

        return true;
    }

    private static bool IsNumberStart(Token token) => token.Kind is TokenKind.Number or TokenKind.Word or TokenKind.Alphanumeric;

    /// <summary>
    /// English glues both million and metre to a number as "m": "£500m" and "500m euros" are money, "2m people" a
    /// count of millions, but "the 800m" and "a 1,500m record" are distances. With no currency around the number and
    /// no plural noun after it, nothing says million, and the glued "m" reads as the unit.
    /// </summary>
    private bool IsMetresNotMillion(ReadOnlySpan<Token> tokens, int start, int j)
    {
        if (tokens[j].Span is not "m" || tokens[j].Start != tokens[j - 1].End)
        {
            return false;
        }

        // A currency right after ("500m euros") or a few tokens before ("£5m to 7m", "$3bn and 800m") makes it money.
        if (MatchCurrency(tokens, j + 1, out _) > 0)
        {
            return false;
        }

        for (var k = Math.Max(0, start - 6); k < start; k++)
        {
            if (MatchCurrency(tokens, k, out _) > 0)
            {
                return false;
            }
        }

        // "2m people", "1.5m tonnes": a counted plural after the number makes it millions.
        if (j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsLower(tokens[j + 1].Span[0])
            && (tokens[j + 1].Span.EndsWith("s") || tokens[j + 1].Span is "people"))
        {
            return false;
        }

        return true;
    }

    private static bool ScaleAllowed(ReadOnlySpan<Token> tokens, int j)
    {
        var span = tokens[j].Span;
        var glued = tokens[j].Start == tokens[j - 1].End;
        return span.Length > 2 || glued;
    }

    /// <summary>
    /// "bis", "–", "-" after the first number, "und"/"and" when "zwischen"/"between" opened the range, or English "to"
    /// unless a change word stands before the amount ("spend £380m to £420m" is a range, "rose 6p to 287p" and "from 5
    /// to 7" are changes; <c>change-words.en.txt</c>; "priced from £25 to £80" is a range again) or the first number reads
    /// as a year ("the 2019 to 2023 period").
    /// </summary>
    private bool IsRangeWord(ReadOnlySpan<Token> tokens, int start, int j, out int length, bool yearLike = false)
    {
        length = 1;
        var span = tokens[j].Span;
        if (span.Length is not (1 or 2 or 3))
        {
            return false; // a dash, "to", "bis", "und" or "and"
        }

        if (span is "–" or "-" or "—" || span.Equals("bis", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (span is "to")
        {
            if (yearLike)
            {
                return false;
            }

            if (start == 0 || !_lex.ChangeWords.Contains(tokens[start - 1].Span))
            {
                return true;
            }

            // "from" alone makes a change ("cut from 5% to 4%"), but after a word of extent it spans a range: "priced from
            // £25 to £80", "ranging from 5 to 10 years" (range-from-words.en.txt).
            if (tokens[start - 1].Span.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return start >= 2 && _lex.RangeFromWords.Contains(tokens[start - 2].Span);
            }

            // After any other change word a bare number "to" a number in percentage points is a range of the change
            // ("lift margins by three to four percentage points", "rose 2 to 3 percentage points"): points measure a
            // difference, so they are never the level a change reaches ("rose 6p to 287p", "up 2% to 40%").
            return start == j - 1 && IsInPercentagePoints(tokens, j + 1);
        }

        if ((span.Equals("und", StringComparison.OrdinalIgnoreCase) || span.Equals("and", StringComparison.OrdinalIgnoreCase)) && start > 0)
        {
            var opener = tokens[start - 1].Span;
            return opener.Equals("zwischen", StringComparison.OrdinalIgnoreCase) || opener.Equals("between", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>Whether a number at <paramref name="k"/> is followed by "percentage points" (English, as "to" is).</summary>
    private bool IsInPercentagePoints(ReadOnlySpan<Token> tokens, int k) =>
        k < tokens.Length && TryNumber(tokens, k, Language.English, out _, out var after, out _, out _)
        && MatchPercent(tokens, after, RolesAt(tokens, after), out var points) > 0 && points;

    /// <summary>
    /// A currency's plain name, a word of four letters or more with a lower-case letter ("Real", "Euro", "Dollar"): read
    /// only after a number, never before one, where it is a name or a noun ("schlug Real 2:1", "Real 3 Tore"); codes
    /// ("EUR 500"), signs and abbreviations ("Fr. 50") come before numbers.
    /// </summary>
    private static bool IsPlainCurrencyName(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        var lower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    /// <summary>The number of tokens of the currency form at <paramref name="i"/> (longest first), or 0.</summary>
    private int MatchCurrency(ReadOnlySpan<Token> tokens, int i, out int currencyIndex) =>
        MatchCurrency(tokens, i, RolesAt(tokens, i), out currencyIndex);

    /// <summary>The same, with the roles of <c>tokens[i]</c> already looked up.</summary>
    private int MatchCurrency(ReadOnlySpan<Token> tokens, int i, WordRoles roles, out int currencyIndex)
    {
        currencyIndex = -1;
        if ((roles & WordRoles.CurrencyStart) == 0)
        {
            return 0; // not the first token of any currency form (nor past the end)
        }

        // Only a few first words start a form of several tokens ("kanadische Dollar"); after any other the one-token
        // form is looked up in place, without joining.
        if ((roles & WordRoles.MultiTokenCurrencyStart) == 0)
        {
            return _lex.TryCurrencyForm(roles, tokens[i].Span, out currencyIndex) ? 1 : 0;
        }

        Span<char> buffer = stackalloc char[96];
        for (var count = Math.Min(_lex.MaxCurrencyTokens, tokens.Length - i); count >= 1; count--)
        {
            var length = 0;
            var fits = true;
            for (var k = 0; k < count && fits; k++)
            {
                var span = tokens[i + k].Span;
                if (length + span.Length + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (k > 0)
                {
                    buffer[length++] = ' ';
                }

                span.CopyTo(buffer[length..]);
                length += span.Length;
            }

            if (!fits)
            {
                continue;
            }

            var form = buffer[..length];
            if (_lex.CurrencyForms.TryGetValue(form, out currencyIndex) || (count > 1 && _lex.CurrencyFormsIgnoreCase.TryGetValue(form, out currencyIndex)))
            {
                return count;
            }
        }

        return 0;
    }

    private int MatchPercent(ReadOnlySpan<Token> tokens, int j, WordRoles roles, out bool points)
    {
        points = false;
        if ((roles & WordRoles.Percent) == 0)
        {
            return 0; // neither a percent word nor the first word of one (nor past the end)
        }

        if (j + 1 < tokens.Length && TryPhrase(_lex.PercentWords, tokens.Slice(j, 2), out var twoWord))
        {
            points = twoWord == 1;
            return 2;
        }

        var oneWord = AmountLexicon.OneWordPercent(roles);
        if (oneWord >= 0)
        {
            points = oneWord == 1;
            return 1;
        }

        return 0;
    }

    /// <summary>"25-fache", "25fache", "3-fach", "Zehnfache", "tenfold".</summary>
    private bool TryMultiplierWord(ReadOnlySpan<char> word, Language language, out decimal factor)
    {
        factor = 0;
        if (!ContainsFachOrFold(word))
        {
            return false; // every multiplier form contains "fach" or "fold"
        }

        if (_lex.Multipliers.TryGetValue(word, out var index))
        {
            factor = _lex.MultiplierFactors[index];
            return true;
        }

        // Written-out factors with any ending: "Dreifachen", "zehnfach", "sevenfold".
        var fach = word.IndexOf("fach", StringComparison.OrdinalIgnoreCase);
        var fold = language != Language.German ? word.IndexOf("fold", StringComparison.OrdinalIgnoreCase) : -1;
        var stem = fach > 0 && word.Length - fach <= 6 ? fach : fold > 0 && word.Length - fold == 4 ? fold : -1;
        if (stem > 0 && !CharClass.IsDigit(word[0]) && NumberWords.TryParse(word[..stem], language, _lex, out factor, out _) && factor > 1)
        {
            return true;
        }

        // The factor may have a decimal part ("das 2,5-Fache", "a 1.5-fold rise").
        var digits = 0;
        while (digits < word.Length && (CharClass.IsDigit(word[digits]) || (digits > 0 && word[digits] is ',' or '.' && digits + 1 < word.Length && CharClass.IsDigit(word[digits + 1]))))
        {
            digits++;
        }

        if (digits == 0 || digits > 12)
        {
            return false;
        }

        var rest = word[digits..];
        if (rest.Length > 0 && rest[0] == '-')
        {
            rest = rest[1..];
        }

        var isFach = rest.StartsWith("fach", StringComparison.OrdinalIgnoreCase) && rest.Length <= 7;
        var isFold = language != Language.German && rest.Equals("fold", StringComparison.OrdinalIgnoreCase);
        if (!isFach && !isFold)
        {
            return false;
        }

        return NumberParser.TryParse(word[..digits], language, out factor) && factor > 0;
    }

    /// <summary>"fach" or "fold" in any case somewhere in <paramref name="word"/>, without culture data.</summary>
    private static bool ContainsFachOrFold(ReadOnlySpan<char> word)
    {
        for (var k = word.IndexOfAny('f', 'F'); k >= 0 && k + 4 <= word.Length; k++)
        {
            if (word[k] is 'f' or 'F'
                && ((word[k + 1] | 0x20) == 'a' && (word[k + 2] | 0x20) == 'c' && (word[k + 3] | 0x20) == 'h'
                    || (word[k + 1] | 0x20) == 'o' && (word[k + 2] | 0x20) == 'l' && (word[k + 3] | 0x20) == 'd'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the noun the number counts, or -1 ("200 Mitarbeiter", "200 neue Mitarbeiter", "60 new researchers").</summary>
    private int CountedNoun(ReadOnlySpan<Token> tokens, int j, WordRoles roles, Language language)
    {
        if (j >= tokens.Length || tokens[j].Kind != TokenKind.Word || ((roles & WordRoles.NotUnit) != 0 && _lex.NotUnits.Contains(tokens[j].Span))
            || (tokens[j].Span[^1] == '.' && !IsLetterUnitDeAtSentenceEnd(tokens, j, language)))
        {
            return -1;
        }

        var word = tokens[j].Span;
        var capitalised = char.IsUpper(word[0]);
        if (language == Language.German || (language == Language.Other && capitalised))
        {
            if (capitalised || _lex.Units.Contains(word) || IsLetterUnitDe(word.TrimEnd('.')))
            {
                return j; // a noun, or a unit written in lower case ("10 kWh", "5 km", "1,96 m")
            }

            // One inflected adjective between number and noun: "200 neue Mitarbeiter". A preposition, article or
            // pronoun with such an ending is none: the number names a road or line ("Autobahn 39 zwischen Lüneburg
            // und Wolfsburg", "Bundesstraße 4 einen Rückgang") and counts nothing.
            if (j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(tokens[j + 1].Span[0])
                && (word.EndsWith("e") || word.EndsWith("en") || word.EndsWith("er") || word.EndsWith("es")) && !_lex.NotUnits.Contains(tokens[j + 1].Span)
                && !_lex.FunctionWordsDe.Contains(word))
            {
                return j + 1;
            }

            return -1;
        }

        // English nouns are lower case; a capitalised word after a number is a name or an address ("212 West"),
        // except a plural of people or things named after a proper noun ("five Britons", "three Democrats",
        // "two Oscars") that no further capitalised word continues ("12 Angry Men", "10 Downing Street").
        if (capitalised)
        {
            if (_lex.Units.Contains(word))
            {
                return j; // a unit in capitals ("520,000 TEU", "40 MW")
            }

            // An acronym that modifies the plural after it is part of the counted noun ("25 GP practices", "40 NHS
            // trusts", "12 EU countries"); a unit in capitals took the branch above.
            // So does a capitalised name ("Seven Labour backbenchers", "three Chelsea players").
            if (IsNameBeforePlural(tokens, j, acronym: true) || IsNameBeforePlural(tokens, j, acronym: false))
            {
                return j + 1;
            }

            // A product's name and model code before the plural ("nine Dash 8-400 turboprops", "40 Airbus A321neo jets").
            if (IsNameAndCodeBeforePlural(tokens, j))
            {
                return j + 2;
            }

            return IsCapitalisedPlural(word) && !(j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(tokens[j + 1].Span[0])
                && tokens[j + 1].Start - tokens[j].End == 1) ? j : -1;
        }

        // English: an adjective before a name or acronym that modifies the plural ("two former GSK chemists", "three new
        // Tesla models"): the plural is the counted noun, not the adjective, which a number above one never counts.
        if (j + 2 < tokens.Length && word[^1] != 's' && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Start - tokens[j].End == 1
            && !_lex.FunctionWordsEn.Contains(word) && !_lex.Units.Contains(word)
            && (IsNameBeforePlural(tokens, j + 1, acronym: true) || IsNameBeforePlural(tokens, j + 1, acronym: false)))
        {
            return j + 2;
        }

        // The same before a product's name and model code ("six leased Embraer E195-E2 jets").
        if (j + 3 < tokens.Length && word[^1] != 's' && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Start - tokens[j].End == 1
            && char.IsUpper(tokens[j + 1].Span[0]) && !_lex.FunctionWordsEn.Contains(word) && !_lex.Units.Contains(word) && IsNameAndCodeBeforePlural(tokens, j + 1))
        {
            return j + 3;
        }

        // English: a plural noun may follow one adjective ("60 new researchers").
        if (j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && !word.EndsWith("s") && tokens[j + 1].Span.EndsWith("s")
            && char.IsLower(tokens[j + 1].Span[0]) && !_lex.NotUnits.Contains(tokens[j + 1].Span))
        {
            return j + 1;
        }

        // An adverb counts nothing ("412 for eight shortly after tea", "won 3 comfortably"): a word in "-ly" with no
        // plural after it ("two weekly meetings" took the branch above). Nor does a verb in "-ed": the number is its
        // subject ("a crowd of 14,862 watched", "1,200 died"), and a participle before a plural ("12 injured workers")
        // took the branch above too. Short words ("bed", "shed") and "-eed" ("seed", "speed") may be nouns.
        if (word.Length > 4 && word.EndsWith("ly"))
        {
            return -1;
        }

        return word.Length >= 4 && word[^2] == 'e' && word[^1] == 'd' && word[^3] != 'e' && !_lex.Units.Contains(word) ? -1 : j;
    }

    /// <summary>
    /// <c>tokens[j]</c> is a name right before a lower-case plural that it modifies, which is then the counted noun: with
    /// <paramref name="acronym"/> an acronym in capitals of 2–5 letters ("GP practices"), else a capitalised name, a
    /// capital and then lower-case letters ("Chelsea players", "Tesla models"; not before a plural in "-ss"). No
    /// English function word counts as either.
    /// </summary>
    private bool IsNameBeforePlural(ReadOnlySpan<Token> tokens, int j, bool acronym)
    {
        var word = tokens[j].Span;
        if ((acronym ? word.Length is < 2 or > 5 : word.Length < 2 || !char.IsUpper(word[0]))
            || j + 1 >= tokens.Length || tokens[j + 1].Kind != TokenKind.Word || tokens[j + 1].Start - tokens[j].End != 1)
        {
            return false;
        }

        foreach (var c in acronym ? word : word[1..])
        {
            if (acronym ? !char.IsUpper(c) : !char.IsLower(c))
            {
                return false;
            }
        }

        var next = tokens[j + 1].Span;
        return next.Length > 3 && next[^1] == 's' && (acronym || next[^2] != 's') && char.IsLower(next[0]) && !_lex.NotUnits.Contains(next)
            && !_lex.FunctionWordsEn.Contains(word);
    }

    /// <summary>
    /// <c>tokens[j]</c> is a capitalised name of letters ("Dash", "Embraer", "ATR"), then a model code with a digit
    /// ("8-400", "E195-E2", "A321neo"), then a lower-case plural that they modify, which is the counted noun. A code
    /// alone after a name ("Windows 10") with no plural after it is left to the rule that a number in a name counts nothing.
    /// </summary>
    private bool IsNameAndCodeBeforePlural(ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 2 >= tokens.Length || tokens[j + 1].Start - tokens[j].End != 1 || tokens[j + 2].Start - tokens[j + 1].End != 1
            || tokens[j + 1].Kind is not (TokenKind.Number or TokenKind.Alphanumeric) || tokens[j + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        var name = tokens[j].Span;
        if (name.Length < 2 || !char.IsUpper(name[0]) || _lex.FunctionWordsEn.Contains(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        var plural = tokens[j + 2].Span;
        return plural.Length > 3 && plural[^1] == 's' && plural[^2] != 's' && char.IsLower(plural[0]) && !_lex.NotUnits.Contains(plural)
            && tokens[j + 1].Span.IndexOfAny(Digits) >= 0;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>A hyphen between two letters of the word ("three-month"), not the one that cuts a number short ("fünf- bis").</summary>
    private static bool HasInnerHyphen(ReadOnlySpan<char> word) => word.Length > 2 && word[1..^1].Contains('-');

    /// <summary>A unit of measure or time: a short unit ("mg", "km"), a German one-letter unit ("m") or a unit of <c>hyphen-units.txt</c> ("Milligramm", "kilometres").</summary>
    private bool IsUnitOfMeasure(ReadOnlySpan<char> word) =>
        _lex.Units.Contains(word) || IsLetterUnitDe(word) || _lex.HyphenUnits.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && _lex.HyphenUnits.Contains(word[..^1]));

    private bool IsLetterUnitDe(ReadOnlySpan<char> word) => word.Length == 1 && _lex.LetterUnitsDe.Contains(word);

    /// <summary>
    /// "sprang 1,93 m." at the end of a sentence, where the tokenizer keeps the period with the letter as with an
    /// initial: the unit without its period. Not before a lower-case word ("s. o." is "siehe oben").
    /// </summary>
    private bool IsLetterUnitDeAtSentenceEnd(ReadOnlySpan<Token> tokens, int j, Language language) =>
        language == Language.German && tokens[j].Span.Length == 2 && IsLetterUnitDe(tokens[j].Span[..1])
        && (j + 1 == tokens.Length || !char.IsLower(tokens[j + 1].Span[0]));

    // "Britons", "Democrats": a capital, then lower-case letters ending in a plural "s" (not "ss").
    private static bool IsCapitalisedPlural(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word[^1] != 's' || word[^2] == 's')
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Looks up adjacent tokens as one phrase, joined by single spaces ("mehr als", "percentage points", "no more
    /// than"), without allocating.
    /// </summary>
    private static bool TryPhrase(Lexicons.SpanLexicon lexicon, ReadOnlySpan<Token> words, out int value)
    {
        value = 0;
        if (!lexicon.MayStartPhrase(words[0].Span))
        {
            return false; // no phrase starts with this word (tokens hold no spaces, so no other split can match)
        }

        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var word in words)
        {
            if (length + word.Length + 1 > buffer.Length)
            {
                return false;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            word.Span.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return lexicon.TryGetValue(buffer[..length], out value);
    }

    /// <summary>The roles <c>tokens[i]</c> may play (none past the end).</summary>
    private WordRoles RolesAt(ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && _lex.Roles.TryGetValue(tokens[i].Span, out var roles) ? (WordRoles)roles : WordRoles.None;

    /// <summary>
    /// English "the Halden Apex 3 driver", "Windows 11 users", "Terminal 5 passengers": a bare number right after a
    /// capitalised word inside the sentence belongs to the name (a model, version or number), and counts nothing,
    /// unless a unit, a span of time or a tally ("Taunton 21 points clear") follows it.
    /// (German capitalises every noun, so there "200 Mitarbeiter" after "Firma" must stay a quantity.)
    /// </summary>
    private bool IsNumberOfAName(ReadOnlySpan<Token> tokens, int i)
    {
        // The word before the name keeps it inside the sentence; so does a possessive "’s" ("holders of Pound’s Saver 90
        // notice account").
        if (i < 2 || tokens[i].Kind != TokenKind.Number || tokens[i - 1].Kind != TokenKind.Word
            || tokens[i - 1].End != tokens[i].Start - 1 || tokens[i - 2].Kind is not (TokenKind.Word or TokenKind.Clitic))
        {
            return false;
        }

        // Headlines capitalise every word: "Nearly 50 Years", "Over 2 Years" are a qualifier; "Band 40 days", "16 GB" a
        // span of time or a unit after a name, still counted.
        var before = tokens[i - 1].Span;
        if (!char.IsUpper(before[0]) || before.Length < 2 || !(char.IsLower(before[^1]) || IsAcronymInText(tokens, i - 1))
            || _lex.Qualifiers.TryGetValue(before, out _))
        {
            return false;
        }

        // A metre glued to the number ("the British 1,500m record") measures, as a unit does; a name's number has none.
        var next = i + 1 < tokens.Length ? tokens[i + 1].Span : [];
        if (next is "m" && tokens[i + 1].Start == tokens[i].End)
        {
            return false;
        }

        return !(_lex.Units.Contains(next) || (_lex.OverSpans.TryGetValue(next, out var roles) && (roles & AmountLexicon.OverSpan) != 0)
            || _lex.TallyNounsEn.Contains(next));
    }

    /// <summary>
    /// German "Nightliner vom Typ Setra S 531 DT", "ein Golf 8 GTI": a bare number between a capitalised word inside the
    /// sentence and an abbreviation in capitals that is no unit is a model's designation and counts nothing. A count of
    /// things named by an acronym ("die drei AKW", "täglich 20.000 PKW") has an article, verb or adverb in lower case
    /// before the number, so it stays; German capitalises every noun, hence the abbreviation after the number too.
    /// </summary>
    private bool IsModelNumberDe(ReadOnlySpan<Token> tokens, int i, int j)
    {
        if (i < 2 || j != i + 1 || j >= tokens.Length || tokens[i].Kind != TokenKind.Number || tokens[i - 1].Kind != TokenKind.Word
            || tokens[j].Kind != TokenKind.Word || !char.IsUpper(tokens[i - 1].Span[0]) || _lex.FunctionWordsDe.Contains(tokens[i - 1].Span))
        {
            return false;
        }

        var next = tokens[j].Span;
        if (next.Length is < 2 or > 5 || _lex.Units.Contains(next) || _lex.CurrencyForms.Contains(next))
        {
            return false;
        }

        foreach (var c in next)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the FTSE 250 company", "a DAX 40 member": an acronym of capitals after a lower-case word names an index or a
    /// standard whose number is part of the name. Not a currency code ("USD 250"), not a function word in capitals for
    /// stress ("hired ONLY 40 staff") and not a word of a headline in capitals ("BUILD 250 HOMES"), which the
    /// lower-case word before rules out.
    /// </summary>
    private bool IsAcronymInText(ReadOnlySpan<Token> tokens, int j)
    {
        var word = tokens[j].Span;
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        var previous = tokens[j - 1].Span;
        return char.IsLower(previous[^1]) && !_lex.CurrencyForms.Contains(word) && !_lex.FunctionWordsEn.Contains(word);
    }

    /// <summary>A reference word right before <c>tokens[i]</c> ("Seite", "§"); <paramref name="rolesBefore"/> are its roles if known.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">The number's index.</param>
    /// <param name="rolesBefore">The roles of <c>tokens[i - 1]</c> if already looked up, else null.</param>
    private bool IsReference(ReadOnlySpan<Token> tokens, int i, WordRoles? rolesBefore) =>
        i > 0 && (rolesBefore is not { } roles || (roles & WordRoles.Reference) != 0) && _lex.ReferenceWords.Contains(tokens[i - 1].Span);

    /// <summary>The qualifier in the one or two tokens before the amount.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="first">The amount's first token.</param>
    /// <param name="rolesBefore">The roles of <c>tokens[first - 1]</c> if already looked up, else null.</param>
    private AmountQualifier Qualifier(ReadOnlySpan<Token> tokens, int first, WordRoles? rolesBefore)
    {
        // Both look-ups below end at the word right before the amount: one look-up of its roles says whether it is a
        // qualifier or the last word of one, and most words before an amount ("von", "auf", "die") are neither.
        var roles = first < 1 ? WordRoles.None : rolesBefore ?? RolesAt(tokens, first - 1);
        if ((roles & (WordRoles.Qualifier | WordRoles.QualifierEnd)) == 0)
        {
            return AmountQualifier.Exact;
        }

        // Three words first: "no more than" is at most, not "more than".
        if (first >= 3 && TryPhrase(_lex.Qualifiers, tokens.Slice(first - 3, 3), out var three))
        {
            return (AmountQualifier)three;
        }

        if (first >= 2 && TryPhrase(_lex.Qualifiers, tokens.Slice(first - 2, 2), out var two))
        {
            return (AmountQualifier)two;
        }

        // The one-word qualifier ("rund") comes with the roles already looked up.
        var one = AmountLexicon.OneWordQualifier(roles);
        if (one >= 0)
        {
            return (AmountQualifier)one;
        }

        return AmountQualifier.Exact;
    }
}
