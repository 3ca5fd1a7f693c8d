using System.Globalization;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Amounts;

/// <summary>
/// Reads numbers as newspapers write them: German "1.234,56", "1,5", Swiss "1'000" and "10.–", English
/// "1,234,567.89" and "3.5". Thousands separators must group by three, so "1.2.3" or "1,2,3,4" is no number.
/// Never throws: overflow and malformed input give false.
/// </summary>
internal static class NumberParser
{
    // decimal holds 28–29 significant digits; anything longer is not an amount we can represent.
    private const int MaxDigits = 27;

    /// <summary>Parses a number token in the conventions of <paramref name="language"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, Language language, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 64)
        {
            return false;
        }

        // Swiss prices: "10.–", "50.-", "14.--" (the first ".-" wins over any ".–").
        var hyphenDash = -1;
        var enDash = -1;
        for (var k = 0; k + 1 < s.Length; k++)
        {
            if (s[k] == '.')
            {
                if (s[k + 1] == '-' && hyphenDash < 0)
                {
                    hyphenDash = k;
                }
                else if (s[k + 1] == '–' && enDash < 0)
                {
                    enDash = k;
                }
            }
        }

        var dash = hyphenDash >= 0 ? hyphenDash : enDash;
        if (dash > 0)
        {
            s = s[..dash];
        }

        var negative = false;
        if (s[0] is '-' or '−' or '+')
        {
            negative = s[0] != '+';
            s = s[1..];
        }

        var lastDot = -1;
        var lastComma = -1;
        var dots = 0;
        var commas = 0;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '.')
            {
                dots++;
                lastDot = k;
            }
            else if (s[k] == ',')
            {
                commas++;
                lastComma = k;
            }
        }

        var decimalSeparator = '\0';
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = lastDot > lastComma ? '.' : ',';
        }
        else if (commas == 1)
        {
            // German "1,5"; English "1,500" (three digits after the comma) groups thousands.
            decimalSeparator = language == Language.English && s.Length - lastComma - 1 == 3 ? '\0' : ',';
        }
        else if (dots == 1)
        {
            // English "3.5"; German "1.500" (three digits after the dot) groups thousands.
            decimalSeparator = language != Language.English && s.Length - lastDot - 1 == 3 ? '\0' : '.';
        }

        // One pass: digits accumulate into a 64-bit mantissa (exact up to 18 digits); the decimal's scale is the
        // number of digits after the separator, as decimal.Parse would give it ("1,50" is 1.50).
        ulong mantissa = 0;
        var scale = 0;
        var sinceGroup = -1;
        var seenDecimal = false;
        var digitCount = 0;
        foreach (var c in s)
        {
            if (CharIsDigit(c))
            {
                mantissa = unchecked(mantissa * 10 + (uint)(c - '0'));
                digitCount++;
                if (seenDecimal)
                {
                    scale++;
                }

                if (sinceGroup >= 0)
                {
                    sinceGroup++;
                }

                continue;
            }

            if (c == decimalSeparator && c != '\0' && !seenDecimal)
            {
                if (sinceGroup is >= 0 and not 3)
                {
                    return false;
                }

                seenDecimal = true;
                sinceGroup = -1;
                continue;
            }

            if (c is '.' or ',' or '\'' or '’' && !seenDecimal)
            {
                // A thousands separator: the group before it has three digits (or is the first, 1–3 digits).
                if (sinceGroup is >= 0 and not 3 || (sinceGroup < 0 && (digitCount is 0 or > 3)))
                {
                    return false;
                }

                sinceGroup = 0;
                continue;
            }

            return false;
        }

        if (sinceGroup is >= 0 and not 3 || digitCount == 0 || digitCount > MaxDigits)
        {
            return false;
        }

        if (digitCount <= 18)
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        return TryParseLong(s, decimalSeparator, negative, out value);
    }

    /// <summary>19 to 27 digits (already validated): through decimal.TryParse, which holds them exactly.</summary>
    private static bool TryParseLong(ReadOnlySpan<char> s, char decimalSeparator, bool negative, out decimal value)
    {
        Span<char> digits = stackalloc char[s.Length + 1];
        var length = 0;
        var seenDecimal = false;
        foreach (var c in s)
        {
            if (CharIsDigit(c))
            {
                digits[length++] = c;
            }
            else if (c == decimalSeparator && c != '\0' && !seenDecimal)
            {
                seenDecimal = true;
                digits[length++] = '.';
            }
        }

        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>True for a plain integer of four digits between 1000 and 2100: most likely a year.</summary>
    public static bool LooksLikeYear(ReadOnlySpan<char> s) =>
        s.Length == 4 && CharIsDigit(s[0]) && CharIsDigit(s[1]) && CharIsDigit(s[2]) && CharIsDigit(s[3])
        && (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0') is >= 1000 and <= 2100;

    private static bool CharIsDigit(char c) => (uint)(c - '0') <= 9;
}
