using NewsAnalysis.Entities;

namespace NewsAnalysis.Quotes;

/// <summary>A quotation: the words inside the marks and, where known, who said them.</summary>
/// <param name="Text">The words inside the marks.</param>
/// <param name="Kind">Direct, partial or scare quote.</param>
/// <param name="Speaker">The speaker's fullest name in the article, or null when unknown or for scare quotes.</param>
/// <param name="Start">Index of the first character inside the marks (UTF-16, into the analysed text).</param>
/// <param name="End">Index one past the last character inside the marks.</param>
/// <param name="OuterStart">Index of the opening mark.</param>
/// <param name="OuterEnd">Index one past the closing mark.</param>
/// <param name="SpeakerMention">
/// The mention the attribution actually uses ("Mensch", "er", "the company"); for a continuation paragraph without
/// a cue it is the mention of the quote it continues. Null when there is no speaker.
/// </param>
/// <param name="Cue">The speech verb or phrase as written ("bekräftigte", "so", "zufolge", "said", "according to"), or null.</param>
/// <param name="SpeakerEntity">The speaker's entity from the entity stage, or null when that stage did not find it.</param>
public sealed record Quote(
    string Text,
    QuoteKind Kind,
    string? Speaker,
    int Start,
    int End,
    int OuterStart,
    int OuterEnd,
    QuoteSpan? SpeakerMention = null,
    QuoteSpan? Cue = null,
    Entity? SpeakerEntity = null);
