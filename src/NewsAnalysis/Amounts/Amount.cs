namespace NewsAnalysis.Amounts;

/// <summary>An amount found in the text, with its value fully expanded ("1,5 Mrd. Euro" is 1500000000).</summary>
/// <param name="Kind">What the amount measures.</param>
/// <param name="Value">The value (the lower bound of a range).</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Unit">The counted noun or unit for quantities, "percent"/"percentage points" for percentages.</param>
/// <param name="Qualifier">How the text qualifies the amount.</param>
/// <param name="RangeEnd">The upper bound of a range, else null.</param>
/// <param name="Text">The amount as written.</param>
/// <param name="Start">Index of the first character (UTF-16, into the analysed text).</param>
/// <param name="End">Index one past the last character.</param>
public sealed record Amount(
    AmountKind Kind,
    decimal Value,
    string? Currency,
    string? Unit,
    AmountQualifier Qualifier,
    decimal? RangeEnd,
    string Text,
    int Start,
    int End);
