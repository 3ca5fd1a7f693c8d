using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

// Institution names the tagger cut or missed: heads with their subjects, genitives and "für"/"zur" phrases
// ("Ministerium für Wissenschaft, Forschung und Kunst", "Gesellschaft zur Förderung des Radsports", "Department of
// Health and Social Care").
// The pass itself and its shared helpers are in EntityConsolidator.cs.
internal sealed partial class EntityConsolidator
{
    // English institutions are named "head of/for Name": "Bureau of Labor Statistics", "Office for Budget
    // Responsibility", "Center for Fiscal Research" (German articles use these names too: "die Bank of England").
    // The tagger often takes a part ("Labor Statistics", "Center").
    // Every such run becomes an organisation, taking in the tagger mentions inside it and one that starts before it
    // ("Federal Reserve Board" + "of Governors", "Hollis Museum of Art"); a mention reaching past its end leaves it
    // alone. Linear: each token is visited once, runs do not overlap, and spans are copied once.
    private List<Span> AddInstitutionNames(string text, IReadOnlyList<Token> tokens, List<Span> spans)
    {
        List<Span>? result = null;
        var copied = 0; // spans before this index are in result already (once result exists)
        var next = 0; // the first span that does not end before the current token
        for (var head = 0; head + 2 < tokens.Count; head++)
        {
            var word = tokens[head].Span;
            // "Bund der Versicherten", "Gesamtverband der Deutschen Versicherungswirtschaft": a few German heads take
            // the genitive into the name (a list of their own: "Aufsichtsrat der Deutschen Bank" is no such name).
            // After "des" a noun has its genitive ending (-s, -es, -en); a word without one is a name, and the head
            // names a branch of that organisation ("der Landesverband des Dehoga", "des DGB"). The head may stand in the
            // genitive itself ("des Bundesministeriums der Finanzen").
            var genitive = tokens[head + 1].Span is "der" or "des" && _lexicon.Language == Language.German
                && (_lexicon.EndsWithHead(word, _lexicon.GenitiveOrgHeads) || _lexicon.EndsWithHead(NameIndex.GenitiveStem(word), _lexicon.GenitiveOrgHeads))
                && !(tokens[head + 1].Span is "des" && tokens[head + 2].Span[^1] is not ('s' or 'n'));
            // "Gesellschaft zur Förderung des Radsports", "Verein zum Schutz der Wälder": a head and a purpose.
            var purpose = tokens[head + 1].Span is "zur" or "zum" && _lexicon.Language == Language.German;
            var german = tokens[head + 1].Span is "für" && _lexicon.Language == Language.German || genitive || purpose;
            if (tokens[head].Kind != TokenKind.Word || word.Length < 3 || !char.IsUpper(word[0])
                || !(tokens[head + 1].Span is "of" or "for" || german) || !IsInstitutionWord(tokens[head + 2]))
            {
                continue;
            }

            while (next < spans.Count && spans[next].End <= head)
            {
                next++;
            }

            // A German head in the genitive counts where the tagger starts an organisation with it ("des
            // Ministeriums für Wissenschaft", which the tagger ends at the first comma).
            var taggerName = german && next < spans.Count && spans[next].First == head && spans[next].Type == EntityType.Organization;
            // A compound head in the genitive is one whatever the tagger found ("nach Angaben des Bayerischen
            // Landesamts für Statistik").
            var stem = NameIndex.GenitiveStem(word);
            var genitiveCompound = german && stem.Length < word.Length && IsHeadCompound(stem);
            if (!_lexicon.EndsWithHead(word, _lexicon.OrgHeads) && !genitive && !genitiveCompound
                && !(taggerName && _lexicon.EndsWithHead(stem, _lexicon.OrgHeads)))
            {
                continue;
            }

            int end;
            if (german)
            {
                // German capitalises every noun, so a run of capitalised words would not stop at the name's end:
                // "Potsdam-Institut für Klimafolgenforschung", "Bundesamt für Migration und Flüchtlinge", "Bank für
                // Internationalen Zahlungsausgleich" take one noun (adjectives before it), and one more after "und",
                // also after a list with commas ("Ministerium für Wissenschaft, Forschung und Kunst").
                // Only a compound head names an institution, and not after "ein" ("ein Institut für Demoskopie").
                // A purpose names an institution after a bare head too ("Verein zur Förderung …"), but only with a
                // genitive after its noun (see below: "dass seine Partei zur Vernunft kommt") and with no adjective
                // before the head ("der breit zusammengesetzten Arbeitsgruppe zur Neugestaltung der …" describes one).
                // A bare head names one too where a Land or country follows its one subject ("das Ministerium für
                // Verkehr Baden-Württemberg": that state's ministry), and the place ends the name.
                var bare = !IsHeadCompound(word) && !genitiveCompound && !genitive && !taggerName && !purpose;
                if (head > 0 && tokens[head - 1].Span is "ein" or "eine" or "einem" or "einer" or "eines" or "Ein" or "Eine"
                    || purpose && head > 0 && IsLowerCaseWord(tokens[head - 1].Span) && (_gazetteer.Lookup(tokens[head - 1].Span) & GazetteerFlags.FunctionWord) == 0
                    || GermanNounPhraseEnd(tokens, head + 2) is not (> 0 and var nounEnd)
                    || bare && !(tokens[head + 1].Span is "für" && IsBranchRegion(tokens, nounEnd)))
                {
                    continue;
                }

                end = bare ? nounEnd + 1 : nounEnd;
                var listEnd = end;
                while (!bare && listEnd + 1 < tokens.Count && tokens[listEnd].Span is "," && listEnd - end < 8 && GermanNounPhraseEnd(tokens, listEnd + 1) is > 0 and var item)
                {
                    listEnd = item;
                }

                if (!bare && listEnd + 1 < tokens.Count && tokens[listEnd].Span is "und" && GermanNounPhraseEnd(tokens, listEnd + 1) is > 0 and var second)
                {
                    end = second;
                }

                // "Bundesministerium des Innern und für Heimat", "… der Justiz und für Verbraucherschutz": a second
                // subject with its own "für" after "und" belongs to the name as well.
                if (!bare && end + 2 < tokens.Count && tokens[end].Span is "und" && tokens[end + 1].Span is "für" && GermanNounPhraseEnd(tokens, end + 2) is > 0 and var also)
                {
                    end = also;
                }

                // "Bund der Steuerzahler Mecklenburg-Vorpommern": a country or region right after a genitive names the
                // organisation's branch for it, and so is part of its name.
                if (genitive && IsBranchRegion(tokens, end))
                {
                    end++;
                }

                // The purpose's noun goes on with up to two genitives and one "von" ("zur Feststellung der Verbreitung
                // von Werbeträgern").
                var genitives = 0;
                while (purpose && genitives < 2 && end + 1 < tokens.Count && tokens[end].Span is "der" or "des" && GermanNounPhraseEnd(tokens, end + 1) is > 0 and var of)
                {
                    end = of;
                    genitives++;
                }

                if (purpose && genitives == 0)
                {
                    continue;
                }

                if (purpose && end + 1 < tokens.Count && tokens[end].Span is "von" && GermanNounPhraseEnd(tokens, end + 1) is > 0 and var from)
                {
                    end = from;
                }
            }
            else
            {
                // The run: head, then "of"/"for" and capitalised words, as long as they follow.
                end = head + 3;
                while (end < tokens.Count && IsInstitutionWord(tokens[end]))
                {
                    end++;
                }

                if (end + 1 < tokens.Count && tokens[end].Span is "of" or "for" && IsInstitutionWord(tokens[end + 1]))
                {
                    end += 2;
                    while (end < tokens.Count && IsInstitutionWord(tokens[end]))
                    {
                        end++;
                    }
                }

                // The tagger's names after "and" are names of their own ("the University of Texas and Google").
                var listEnd = SubjectListEnd(tokens, end);
                if (listEnd > end && !MentionStartsIn(spans, next, end, listEnd))
                {
                    end = listEnd;
                }
            }

            // "das Sächsische Staatsministerium für Regionalentwicklung": a capitalised adjective inside a sentence
            // before the head belongs to the name (adjectives are written in lower case otherwise).
            var first = german && head > 1 && IsNameAdjective(tokens[head - 1].Span) && char.IsUpper(tokens[head - 1].Span[0])
                && tokens[head - 1].End + 1 == tokens[head].Start && !SentenceBreakBetween(text, tokens[head - 2], tokens[head - 1])
                && (next == 0 || spans[next - 1].End < head) ? head - 1 : head;
            var inside = next;
            if (inside < spans.Count && spans[inside].First < head)
            {
                if (spans[inside].End > end)
                {
                    continue; // a mention across the whole run: leave it alone
                }

                // A mention that ends at the head or inside the run is the name's start ("Hollis Museum of Art").
                first = spans[inside].First;
                inside++;
            }

            var after = inside;
            while (after < spans.Count && spans[after].First < end && spans[after].End <= end)
            {
                after++;
            }

            if (after < spans.Count && spans[after].First < end)
            {
                continue; // a mention reaching past the run
            }

            // Appending keeps the pass linear however many runs an article has.
            result ??= new List<Span>(spans.Count);
            for (; copied < next; copied++)
            {
                result.Add(spans[copied]);
            }

            result.Add(new Span(first, end, EntityType.Organization, Strong: true));
            copied = next = after;
            head = end - 1;
        }

        if (result is null)
        {
            return spans;
        }

        for (; copied < spans.Count; copied++)
        {
            result.Add(spans[copied]);
        }

        return result;
    }

    // A one-word country or region the lists know at index, one space after the word before it, and no capitalised
    // word, possessive or genitive after it ("… Mecklenburg-Vorpommern rechnet", not "… Bayern Chef").
    private bool IsBranchRegion(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Kind == TokenKind.Word && tokens[index].Start == tokens[index - 1].End + 1
        && (_gazetteer.LookupExact(tokens[index].Span) & (GazetteerFlags.Country | GazetteerFlags.Region)) != 0
        && !(index + 1 < tokens.Count && (tokens[index + 1].Kind == TokenKind.Clitic || tokens[index + 1].Span is "'" or "’"
            || tokens[index + 1].Kind == TokenKind.Word && char.IsUpper(tokens[index + 1].Span[0])));

    // "Department of Health and Social Care", "Department for Culture, Media and Sport": an institution's subjects
    // go on after commas and a last "and". Each item is one or two capitalised words no list knows as a name of its
    // own (no company, place, person or head: "the Bank of England and Barclays", "… and Leeds City Council" are
    // two), and the list must end with "and". Returns the end of the list, or end when there is none.
    private int SubjectListEnd(IReadOnlyList<Token> tokens, int end)
    {
        var k = end;
        for (var items = 0; items < 4 && k + 1 < tokens.Count; items++)
        {
            var separator = tokens[k].Span;
            if (separator is not ("," or "and"))
            {
                return end;
            }

            var j = k + 1;
            while (j < tokens.Count && j - k <= 2 && IsSubjectWord(tokens[j]))
            {
                j++;
            }

            if (j == k + 1 || j < tokens.Count && IsInstitutionWord(tokens[j]))
            {
                return end;
            }

            if (separator is "and")
            {
                return j;
            }

            k = j;
        }

        return end;
    }

    // A mention from index next on starts in [first, end).
    private static bool MentionStartsIn(List<Span> spans, int next, int first, int end)
    {
        for (var k = next; k < spans.Count && spans[k].First < end; k++)
        {
            if (spans[k].First >= first)
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word of an institution's subject: no name, place, head or acronym ("Health", "Social", "Care").
    private bool IsSubjectWord(Token token)
    {
        const GazetteerFlags name = GazetteerFlags.Company | GazetteerFlags.City | GazetteerFlags.Country | GazetteerFlags.Region
            | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.OrgHead | GazetteerFlags.LegalForm | GazetteerFlags.Demonym;
        return IsInstitutionWord(token) && char.IsLower(token.Span[^1]) && (_gazetteer.LookupExact(token.Span) & name) == 0;
    }
}
