namespace NewsAnalysis.Quotes;

/// <summary>How a cue word or phrase points to its speaker.</summary>
internal enum CueKind : byte
{
    /// <summary>A speech verb: the speaker is its subject ("Mensch sagte", "sagte Mensch", "she added").</summary>
    Verb,

    /// <summary>"„…“, so X": the speaker follows.</summary>
    So,

    /// <summary>A preposition before the speaker: "laut X", "nach Angaben von X", "according to X".</summary>
    Laut,

    /// <summary>A postposition after the speaker: "X zufolge".</summary>
    Zufolge,

    /// <summary>An impersonal phrase whose speaker follows in a von/des phrase: "heißt es in einer Mitteilung von X".</summary>
    Impersonal,
}
