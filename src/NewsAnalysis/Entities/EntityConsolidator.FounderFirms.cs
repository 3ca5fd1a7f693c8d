using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Firms named after their founder's family ("Salt Recruitment Ltd, founded in 2004 by Margaret Salt", "die Nagel
// Fensterbau GmbH … Schreinermeister Josef Nagel"): in such an article the lone surname is the firm in some sentences
// and the person in others. The tagger reads a lone surname as a person, and the document pass gives a word the tagger
// read as a person's to the person named in full, so every lone mention became the founder.
internal sealed partial class EntityConsolidator
{
    // Where an article names both in full (NameIndex.TryFounderFirm), a lone mention whose own words show a firm is the
    // firm, strongly: a noun only firms have in the noun phrase after its possessive or genitive, or right after it
    // ("Salt’s operating margin", "Nagels Umsatz"; firm-cue-nouns.*.txt), a verb of employing right after it ("Nagel
    // beschäftigt rund 240 Mitarbeiter"), or its founding told with it as the subject ("Pepper was founded in 2019",
    // "Gegründet wurde Klar 2022"; founder-firm-cues.tsv). Every other mention keeps its reading: "Salt said", "Pepper,
    // who owns 22 per cent". Linear in mentions; each test reads at most five tokens.
    private void TypeFounderFirmMentions(IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Count == 1 && span.Type != EntityType.Organization && names.TryFounderFirm(tokens[span.First].Span, out _)
                && HasFounderFirmCue(tokens, span.First))
            {
                spans[k] = span with { Type = EntityType.Organization, Strong = true, Spread = false };
            }
        }
    }

    // The firm cues of one lone mention at index (see TypeFounderFirmMentions).
    private bool HasFounderFirmCue(IReadOnlyList<Token> tokens, int index)
    {
        var after = index + 1;
        var possessive = after < tokens.Count && tokens[after].Kind == TokenKind.Clitic;
        if (possessive)
        {
            after++;
        }
        else
        {
            // A German genitive ("Nagels") is the name's possessive.
            possessive = NameIndex.GenitiveStem(tokens[index].Span).Length < tokens[index].Span.Length;
        }

        // The noun phrase after a possessive: up to four words and numbers ("Salt’s TalentVault 4 database", "Pepper’s gross margin"); after
        // the bare name only the next word ("Pepper shareholders").
        for (var i = after; i < tokens.Count && i < after + (possessive ? 4 : 1) && tokens[i].Kind is TokenKind.Word or TokenKind.Number; i++)
        {
            if (_lexicon.FirmCueNouns.Contains(tokens[i].Span))
            {
                return true;
            }
        }

        if (possessive || after >= tokens.Count)
        {
            return false;
        }

        if (_lexicon.FounderEmployVerbs.Contains(tokens[after].Span))
        {
            return true;
        }

        // "Pepper was founded in 2019", "Klar wurde 2022 gegründet": an auxiliary right after the name, the participle
        // within the next three words and numbers.
        if (_lexicon.PassiveAuxiliaries.Contains(tokens[after].Span))
        {
            for (var i = after + 1; i < tokens.Count && i < after + 4 && tokens[i].Kind is TokenKind.Word or TokenKind.Number; i++)
            {
                if (_lexicon.FoundingParticiples.Contains(tokens[i].Span))
                {
                    return true;
                }
            }
        }

        // "Gegründet wurde Klar 2022 von …": the participle and the auxiliary right before the name.
        return index >= 2 && _lexicon.PassiveAuxiliaries.Contains(tokens[index - 1].Span) && _lexicon.FoundingParticiples.Contains(tokens[index - 2].Span);
    }
}
