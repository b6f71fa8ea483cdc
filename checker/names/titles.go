package names

import (
	"strings"

	"factcheck/checker/text"
)

// Title is the title or post a sentence gives a person where it names them.
type Title struct {
	// Text is the title as written, without "the" ("Secretary of State", "chief of
	// Ukraine's General Staff").
	Text string
	// Form is where it stands: "before" the name ("Secretary of State Marco Rubio") or
	// "apposition" after it ("Rustem Umerov, the secretary of the ... Council,").
	Form string
	// Start and End are its token range in the sentence.
	Start, End int
}

// maxTitle bounds a title's length in tokens.
const maxTitle = 10

// TitleOf returns the title the sentence gives the mention m, if any (the longer when it
// gives one before the name and one after). Before the name, the
// word right before it (or before "Gen." style abbreviations) must be a title word; the
// title runs back over capitalised words, title and organisation words, possessives and
// "of", "the", "and", "for" ("Ukraine's National Security and Defense Council Secretary").
// After the name, a comma must open an apposition whose first word (after "the", "a" or a
// possessive) is a title word: "Andrii Hnatov, the chief of staff of Ukraine's Armed
// Forces," is a post; "Jared Kushner, Trump's son-in-law," is a relation, not a post.
func TitleOf(toks []text.Token, m Mention) (Title, bool) {
	before, okb := titleBefore(toks, m.Start)
	after, oka := titleAfter(toks, m.End)
	switch {
	case okb && oka && after.End-after.Start > before.End-before.Start:
		// "General Andrii Hnatov, chief of Ukraine's General Staff": the rank before, the
		// post after; the post says more.
		return after, true
	case okb:
		return before, true
	}
	return after, oka
}

func titleBefore(toks []text.Token, start int) (Title, bool) {
	end := start
	k := start - 1
	if k >= 1 && toks[k].Text == "." && !toks[k].Space && toks[k-1].Is(text.ClassTitle) {
		k-- // "Gen. Andrii Hnatov"
	}
	if k < 0 || toks[k].Kind != text.Word || !(toks[k].Upper() || toks[k].Is(text.ClassTitle)) {
		return Title{}, false
	}
	first, hasTitle, hasOrg := start, false, false
	for j := k; j >= 0 && end-j <= maxTitle; j-- {
		t := &toks[j]
		if t.Kind != text.Word {
			if t.Text == "." && !t.Space && j > 0 && toks[j-1].Kind == text.Word {
				continue // "Gen." or "U.S" "."
			}
			if t.Text == "-" && !t.Space && j > 0 && toks[j-1].Kind == text.Word && !toks[j+1].Space {
				continue // "Vice-President", "vice-captain"
			}
			if t.Text == "'" && !t.Space && j > 0 && toks[j-1].Upper() && strings.HasSuffix(toks[j-1].Text, "s") {
				continue // "the Netherlands' foreign minister"
			}
			break
		}
		if !(t.Is(text.ClassTitle|text.ClassOrg) || t.Upper() || isConnector(t.Text)) {
			// One lower-case word right before a lower-case title word may name its field,
			// as wire copy writes it ("defence minister Pieter Janssen", "technical
			// director"); otherwise a lower-case word of the sentence ends the title.
			if j+1 < len(toks) && toks[j+1].Is(text.ClassTitle) && !toks[j+1].Upper() && j+1 == k && !t.Is(text.ClassSpeech) && !hasOrg &&
				len(t.Text) >= 4 && !functionWords[strings.ToLower(t.Text)] {
				first = j
				continue
			}
			// A rank in lower case right before the title: "former President Jair
			// Bolsonaro", "acting Attorney General Sally Yates".
			if first == j+1 && qualifiers[strings.ToLower(t.Text)] {
				first = j
				continue
			}
			// A second one only when the lexicon knows it qualifies titles ("military
			// intelligence chief"), not any word of the sentence ("newly appointed").
			if first == j+1 && j+2 == k && t.Is(text.ClassTitleMod) && !t.Is(text.ClassSpeech) && !hasOrg && len(t.Text) >= 4 && !functionWords[strings.ToLower(t.Text)] {
				first = j
				continue
			}
			break
		}
		// A capitalised word of no class belongs to the title only as part of the name of
		// an organisation or place nearer the name ("National Security and Defense
		// Council Secretary"); otherwise it is a headline or the sentence ("... Highlighting
		// Fragility President Donald Trump").
		if t.Is(text.ClassGiven) && !t.Is(text.ClassTitle) {
			break // another person's name: "Marco Rubio and ... Secretary Rustem Umerov"
		}
		if strings.EqualFold(t.Text, "and") && j >= 2 && toks[j-2].Is(text.ClassGiven) {
			break // "Marco Rubio and ... Secretary Rustem Umerov": the name before is a person's
		}
		if hasTitle && t.Upper() && !t.Is(text.ClassTitle|text.ClassOrg|text.ClassPlace) && !hasOrg &&
			!strings.HasSuffix(t.Text, "'s") && strings.IndexByte(t.Text, '.') < 0 && !qualifiers[strings.ToLower(t.Text)] {
			// One capitalised word right before the title word may name its domain
			// ("Foreign Minister", "Defence Secretary"); more are a headline.
			if j+1 < len(toks) && toks[j+1].Is(text.ClassTitle) && (j == 0 || !toks[j-1].Upper() || toks[j-1].Is(text.ClassTitle|text.ClassOrg|text.ClassPlace) || toks[j-1].Upper() && toks[j-1].Is(text.ClassNotName) || qualifiers[strings.ToLower(toks[j-1].Text)] || isConnector(toks[j-1].Text)) {
				first = j
				continue
			}
			break
		}
		hasOrg = hasOrg || t.Is(text.ClassOrg|text.ClassPlace)
		hasTitle = hasTitle || t.Is(text.ClassTitle)
		first = j
	}
	if !hasTitle {
		return Title{}, false
	}
	for first < end && (isConnector(toks[first].Text) || toks[first].Text == ".") {
		first++ // "the Secretary of State" -> "Secretary of State"
	}
	// The run may begin with words of the sentence before the title ("Officials met
	// President X"): it starts at its first capitalised, title or organisation word after
	// a verb-like lower-case word, which the loop above already stops at.
	if first >= end {
		return Title{}, false
	}
	return Title{Text: text.Join(toks, first, end), Form: "before", Start: first, End: end}, true
}

func titleAfter(toks []text.Token, end int) (Title, bool) {
	if end >= len(toks) || toks[end].Text != "," {
		return Title{}, false
	}
	j := end + 1
	if j < len(toks) && (strings.EqualFold(toks[j].Text, "the") || strings.EqualFold(toks[j].Text, "a") || strings.EqualFold(toks[j].Text, "an")) {
		j++
	}
	start := j
	// "Ukraine's foreign minister", "the country's top diplomat": a possessive before the
	// title word belongs to the title.
	// The title word may come after a few words that qualify it: "the former business
	// secretary", "the deputy foreign minister", "Ukraine's foreign minister".
	for j < len(toks) && j < start+4 && toks[j].Kind == text.Word && !toks[j].Is(text.ClassTitle|text.ClassSpeech) &&
		!isConnector(toks[j].Text) && !strings.EqualFold(toks[j].Text, "who") {
		j++
	}
	if j >= len(toks) || toks[j].Kind != text.Word || !toks[j].Is(text.ClassTitle) {
		return Title{}, false
	}
	k := j + 1
	for k < len(toks) && k-start < maxTitle {
		t := &toks[k]
		if t.Kind != text.Word {
			if t.Text == "-" && !t.Space || t.Text == "." && !t.Space && k > 0 && toks[k-1].Kind == text.Word && k+1 < len(toks) && toks[k+1].Kind == text.Word {
				k++
				continue
			}
			break
		}
		if strings.EqualFold(t.Text, "and") && k+1 < len(toks) && (isArticle(toks[k+1].Text) || strings.HasSuffix(toks[k+1].Text, "'s")) {
			break // "the defence minister and a former army officer": a second apposition
		}
		if t.Is(text.ClassGiven) && !t.Is(text.ClassTitle) {
			return Title{}, false // a list of people, not an apposition
		}
		k++
	}
	if k < len(toks) && toks[k].Kind == text.Word && !strings.EqualFold(toks[k].Text, "and") {
		return Title{}, false // no comma or full stop closes it: not an apposition
	}
	for k > start && isConnector(toks[k-1].Text) {
		k--
	}
	// Lower-case words may name the post's field ("the deputy foreign minister"), but the
	// apposition must end on a title word or a capitalised name ("... Armed Forces"):
	// "the mayor, who won" is closed by the comma before "who".
	if last := &toks[k-1]; !(last.Is(text.ClassTitle) || last.Upper()) {
		return Title{}, false
	}
	return Title{Text: text.Join(toks, start, k), Form: "apposition", Start: start, End: k}, true
}

// qualifiers are the words that qualify a post before its title words ("First Deputy",
// "acting", "former"): part of the title, whatever their case.
var qualifiers = map[string]bool{"first": true, "acting": true, "former": true, "interim": true, "senior": true,
	"deputy": true, "vice": true, "assistant": true, "principal": true, "chief": true}

// functionWords are lower-case words that stand before a title without naming its field
// ("met with President X", "backed by Minister Y").
var functionWords = map[string]bool{"from": true, "with": true, "that": true, "than": true, "when": true,
	"while": true, "after": true, "before": true, "under": true, "said": true, "told": true, "says": true,
	"against": true, "among": true, "during": true, "where": true, "which": true, "whom": true, "whose": true,
	"also": true, "then": true, "into": true, "onto": true, "upon": true, "over": true, "about": true,
	"amid": true, "including": true, "both": true, "like": true, "their": true, "they": true, "were": true,
	"have": true, "been": true, "will": true, "would": true, "could": true, "joined": true, "thanked": true}

func isArticle(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

func isConnector(w string) bool {
	if len(w) > 3 {
		return false
	}
	var buf [32]byte
	switch string(text.LowerASCII(&buf, w)) {
	case "of", "the", "and", "for", "on", "to":
		return true
	}
	return false
}
