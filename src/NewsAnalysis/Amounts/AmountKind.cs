namespace NewsAnalysis.Amounts;

/// <summary>What an amount measures.</summary>
public enum AmountKind
{
    /// <summary>A sum of money with a currency.</summary>
    Money,
    /// <summary>A percentage or a change in percentage points.</summary>
    Percent,
    /// <summary>A count of something or a measure with a unit.</summary>
    Quantity,
    /// <summary>A factor ("das 25-fache", "tenfold").</summary>
    Multiplier,
}

/// <summary>How the text qualifies an amount.</summary>
public enum AmountQualifier
{
    /// <summary>No qualifier.</summary>
    Exact,
    /// <summary>"rund", "etwa", "about".</summary>
    Approximately,
    /// <summary>"mehr als", "über", "more than".</summary>
    MoreThan,
    /// <summary>"weniger als", "knapp", "less than".</summary>
    LessThan,
    /// <summary>"mindestens", "at least".</summary>
    AtLeast,
    /// <summary>"höchstens", "at most".</summary>
    AtMost,
    /// <summary>"bis zu", "up to".</summary>
    UpTo,
}
