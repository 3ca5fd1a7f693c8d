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

        // Swiss prices: "10.–", "50.-", "14.--".
        var dash = s.IndexOf(".-");
        if (dash < 0)
        {
            dash = s.IndexOf(".–");
        }

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

        Span<char> digits = stackalloc char[s.Length + 1];
        var length = 0;
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        var dots = s.Count('.');
        var commas = s.Count(',');
        char? decimalSeparator = null;
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = lastDot > lastComma ? '.' : ',';
        }
        else if (commas == 1)
        {
            // German "1,5"; English "1,500" (three digits after the comma) groups thousands.
            decimalSeparator = language == Language.English && s.Length - lastComma - 1 == 3 ? null : ',';
        }
        else if (dots == 1)
        {
            // English "3.5"; German "1.500" (three digits after the dot) groups thousands.
            decimalSeparator = language != Language.English && s.Length - lastDot - 1 == 3 ? null : '.';
        }

        var sinceGroup = -1;
        var seenDecimal = false;
        var digitCount = 0;
        foreach (var c in s)
        {
            if (CharIsDigit(c))
            {
                digits[length++] = c;
                digitCount++;
                if (sinceGroup >= 0)
                {
                    sinceGroup++;
                }

                continue;
            }

            if (decimalSeparator == c && !seenDecimal)
            {
                if (sinceGroup is >= 0 and not 3)
                {
                    return false;
                }

                seenDecimal = true;
                sinceGroup = -1;
                digits[length++] = '.';
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
        && int.Parse(s, CultureInfo.InvariantCulture) is >= 1000 and <= 2100;

    private static bool CharIsDigit(char c) => (uint)(c - '0') <= 9;
}
