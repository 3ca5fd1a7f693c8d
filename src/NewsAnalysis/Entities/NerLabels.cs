namespace NewsAnalysis.Entities;

/// <summary>
/// The BIO label set of the tagger: 0 is O, then B-/I- for each <see cref="EntityType"/> in enum order
/// (B-PER = 1, I-PER = 2, B-ORG = 3, ...). The numbering is part of the model file format.
/// </summary>
internal static class NerLabels
{
    /// <summary>Number of labels (O plus B and I of four types).</summary>
    public const int Count = 9;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Label names, indexed by label ("O", "B-PER", ...), built once.</summary>
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Begin(EntityType type) => 1 + (2 * (int)type);

    public static int Inside(EntityType type) => 2 + (2 * (int)type);

    public static bool IsBegin(int label) => label > 0 && (label & 1) == 1;

    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) >> 1);

    /// <summary>BIO constraint: I-X may only follow B-X or I-X; <paramref name="previous"/> -1 is the sentence start.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    /// <summary>Parses "O", "B-PER", "I-MISC"; false for anything else.</summary>
    public static bool TryParse(string tag, out int label)
    {
        label = Array.IndexOf(Names, tag);
        return label >= 0;
    }
}
