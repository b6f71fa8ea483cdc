package names

import (
	"strings"
	"unicode/utf8"

	"factcheck/checker/lexicon"
	"factcheck/checker/text"
)

// Mention is a run of tokens that may name a person.
type Mention struct {
	// Start and End are the token range of the name (without any title).
	Start, End int
	// Given holds the given names, if written; Surname the last name (or a single name).
	Given   []string
	Surname string
	// Cue is the evidence that the run names a person: "title", "given-name", "speech", or
	// "candidate" for a capitalised run with none, kept in case the corpus knows the name.
	Cue string
}

// particles may stand inside a name between capitalised parts ("Ursula von der Leyen").
var particles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "al": true,
	"da": true, "di": true, "du": true, "le": true, "la": true, "ibn": true, "ben": true,
	"dos": true, "das": true, "del": true, "della": true, "ter": true, "el": true,
}

// maxParticle is the length of the longest particle, in bytes: a longer word is not looked
// up (most words that follow a name are longer).
const maxParticle = len("della")

// IsSuffix reports a generational suffix that follows a name: Jr, Sr, II, III, IV.
func IsSuffix(w string) bool {
	switch len(w) {
	case 2:
		return strings.EqualFold(w, "jr") || strings.EqualFold(w, "sr") || w == "II" || w == "IV"
	case 3:
		return w == "III"
	}
	return false
}

// isHeadlineOnce computes IsHeadline once per sentence and remembers it in *memo (-1 unknown).
func isHeadlineOnce(toks []text.Token, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		if IsHeadline(toks) {
			*memo = 1
		}
	}
	return *memo == 1
}

// Find returns the name mentions of one sentence.
func Find(toks []text.Token, lex *lexicon.Lexicon) []Mention { return AppendFind(nil, toks, lex) }

// AppendFind appends the name mentions of one sentence to out, so that a caller can reuse
// one buffer for many sentences.
func AppendFind(out []Mention, toks []text.Token, lex *lexicon.Lexicon) []Mention {
	headline := -1              // computed when first needed: most sentences never ask
	var parts, pending []string // reused for every run of the sentence
	var starts []int            // the token where each part starts
	for i := 0; i < len(toks); {
		// givenFirst is asked only of the rare word that is both a given name and an
		// organisation word ("Bill"): one bit test for every other.
		if !nameToken(&toks[i], lex) && (toks[i].Class&(text.ClassGiven|text.ClassOrg) != text.ClassGiven|text.ClassOrg || !givenFirst(toks, i, lex)) {
			i++
			continue
		}
		j := i
		parts, pending, starts = parts[:0], pending[:0], starts[:0]
		for j < len(toks) {
			t := &toks[j]
			isName := nameToken(t, lex) || j == i && t.Class&(text.ClassGiven|text.ClassOrg) == text.ClassGiven|text.ClassOrg && givenFirst(toks, i, lex)
			switch {
			case isName && len(parts) > 0 && IsSuffix(t.Text):
				// "Carlos Sainz Jr.": a generational suffix ends the name and stays with the
				// surname, which tells father and son apart.
				parts[len(parts)-1] += " " + t.Text
				j++
				if j < len(toks) && toks[j].Text == "." && !toks[j].Space {
					parts[len(parts)-1] += "."
					j++
				}
				goto done
			case isName:
				part := t.Text
				start := j
				if len(pending) > 0 {
					part = strings.Join(pending, " ") + " " + part
					start -= len(pending)
					pending = pending[:0]
				}
				j++
				// "Al-Assad", "Bankman-Fried": glue hyphenated capitalised parts; "Ki-moon",
				// "Suk-yeol": a Korean given name's second syllable in lower case too.
				for j+1 < len(toks) && toks[j].Text == "-" && !toks[j].Space && !toks[j+1].Space &&
					(nameToken(&toks[j+1], lex) || toks[j+1].Kind == text.Word && !toks[j+1].Upper() && len(toks[j+1].Text) <= 5 && len(t.Text) <= 5 && len(parts) > 0 &&
						(j+2 >= len(toks) || toks[j+2].Kind != text.Word || toks[j+2].Space)) {
					part += "-" + toks[j+1].Text
					j += 2
				}
				parts, starts = append(parts, part), append(starts, start)
				if t.Kind == text.Word && oneRune(t.Text) && j < len(toks) && toks[j].Text == "." && !toks[j].Space {
					j++ // an initial: "F."
				}
				if strings.HasSuffix(toks[j-1].Text, "'s") {
					goto done // a possessive ends the name
				}
				continue
			case len(parts) > 0 && len(pending) == 0 && t.Kind == text.Word && len(t.Text) == 1 && 'A' <= t.Text[0] && t.Text[0] <= 'Z' &&
				j+2 < len(toks) && toks[j+1].Text == "." && !toks[j+1].Space && nameToken(&toks[j+2], lex):
				// "Lewis A. Kaplan": a middle initial, whatever else the letter is ("A", "I").
				parts, starts = append(parts, t.Text), append(starts, j)
				j += 2
				continue
			case len(parts) > 0 && len(t.Text) <= maxParticle && particles[strings.ToLower(t.Text)] && particleChain(toks, j, lex):
				// "bin Salman", "de Minaur", "von der Leyen": the particle belongs to the
				// surname that follows.
				pending = append(pending, t.Text)
				j++
				continue
			}
			break
		}
		// "Julie Bishop said", "John Major said", "Theresa May said": a title word or a
		// month after given names, and no name after it, is the surname.
		if len(parts) > 0 && len(pending) == 0 && j < len(toks) && surnameWord(toks, j, lex) && toks[starts[len(starts)-1]].Is(text.ClassGiven) {
			parts, starts = append(parts, toks[j].Text), append(starts, j)
			j++
		}
	done:
		// "Secretary of Transportation Sean Duffy", "Acting FAA Administrator Chris
		// Rosello": capitalised words before a given name that are no initials and no given
		// names belong to the title before it, not to the name.
		if g := laterGiven(toks, parts, starts); g > 0 {
			parts, starts = parts[g:], starts[g:]
			i = starts[0]
		}
		// "Maria Van Kerkhove", "Sarah Van der Merwe": a capitalised particle between a
		// given name and the last part belongs to the surname, as a lower-case one does
		// ("Van Jones" alone keeps "Van" as his given name; the quote rules take "Van
		// Kerkhove" and "Maria Van Kerkhove" for one speaker).
		for len(parts) >= 3 && surnameParticle(parts[len(parts)-2]) {
			n := len(parts)
			parts[n-2] = parts[n-2] + " " + parts[n-1]
			parts, starts = parts[:n-1], starts[:n-1]
		}
		if m, ok := mention(toks, i, j, parts, lex, &headline); ok {
			out = append(out, m)
		}
		i = max(j, i+1)
	}
	return out
}

// surnameParticle reports whether a capitalised name part is a particle of the surname
// after it ("Van", "Von", "De", "Da", "Le"), not a given name ("Ben", "Al" are both).
func surnameParticle(p string) bool {
	if p == "" || p[0] < 'A' || p[0] > 'Z' {
		return false
	}
	first, rest, _ := strings.Cut(p, " ") // "Van der"
	return SurnameParticle(first) && (rest == "" || particles[rest])
}

// SurnameParticle reports whether w, in any case, is a particle that may open a surname
// written with a capital ("Van", "von", "De", "da", "Le"): the European ones, not those
// that are also given names ("Ben", "Al", "Bin").
func SurnameParticle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "von", "de", "da", "di", "du", "der", "den", "la", "le", "del", "della", "dos", "das", "ter", "ten":
		return true
	}
	return false
}

// laterGiven returns the index of the part where the name starts when the run's first
// part is neither a given name nor an initial and a later part (not the last) is a given
// name; 0 otherwise.
func laterGiven(toks []text.Token, parts []string, starts []int) int {
	if len(parts) < 3 || toks[starts[0]].Is(text.ClassGiven) || oneRune(parts[0]) {
		return 0
	}
	for k := 1; k < len(parts)-1; k++ {
		if toks[starts[k]].Is(text.ClassGiven) {
			return k
		}
	}
	return 0
}

// givenFirst reports whether toks[i] opens a name although the lexicon also lists it as
// an organisation word: a given name ("Bill" of "Bill Shorten", not of "the Welfare
// Bill") before a name part.
func givenFirst(toks []text.Token, i int, lex *lexicon.Lexicon) bool {
	t := &toks[i]
	return t.Kind == text.Word && t.Upper() && t.Is(text.ClassGiven) && t.Is(text.ClassOrg) && !t.Is(text.ClassNotName|text.ClassTitle) &&
		i+1 < len(toks) && nameToken(&toks[i+1], lex) && (i == 0 || !toks[i-1].Upper() || toks[i-1].Is(text.ClassTitle))
}

// surnameWord reports whether toks[j], a title word or a month ("Bishop", "Major",
// "May"), is the surname of the given names before it: capitalised, and followed by no
// other name part.
func surnameWord(toks []text.Token, j int, lex *lexicon.Lexicon) bool {
	t := &toks[j]
	if t.Kind != text.Word || !t.Upper() || !t.Is(text.ClassTitle|text.ClassMonth) || t.Is(text.ClassNotName) && !t.Is(text.ClassMonth) || len(t.Text) < 3 || isUpperWord(t.Text) {
		return false
	}
	return j+1 == len(toks) || !nameToken(&toks[j+1], lex) && !toks[j+1].Is(text.ClassTitle)
}

// particleChain reports whether particles starting at toks[j] lead to a name part ("de la
// Fuente", "von der Leyen").
func particleChain(toks []text.Token, j int, lex *lexicon.Lexicon) bool {
	for ; j < len(toks) && particles[strings.ToLower(toks[j].Text)]; j++ {
	}
	return j < len(toks) && nameToken(&toks[j], lex)
}

// nameToken reports whether t can be part of a personal name. Tokens carry their lexical
// classes (lexicon.Classify).
func nameToken(t *text.Token, lex *lexicon.Lexicon) bool {
	if t.Kind != text.Word || !t.Upper() || t.Is(text.ClassTitle|text.ClassNotName|text.ClassOrg|text.ClassPlace|text.ClassMonth) {
		return false
	}
	if strings.IndexByte(t.Text, '.') >= 0 {
		return false
	}
	if len(t.Text) >= 2 && isUpperWord(t.Text) && !t.Is(text.ClassGiven) {
		return false // an acronym
	}
	return true
}

// oneRune reports whether s is one character: a test that every name part takes, cheaper
// than counting its characters.
func oneRune(s string) bool {
	if s == "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(s)
	return n == len(s)
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return s == strings.ToUpper(s)
}

func mention(toks []text.Token, i, j int, parts []string, lex *lexicon.Lexicon, headline *int) (Mention, bool) {
	if len(parts) == 0 || len(parts) > 4 {
		return Mention{}, false
	}
	// "Shevchenko University", "Hallandale Beach": a capitalised organisation or place word
	// right after the run makes it a name of something else.
	if j < len(toks) && toks[j].Kind == text.Word && toks[j].Upper() && toks[j].Is(text.ClassOrg) {
		return Mention{}, false
	}
	// "Deputy Transportation Secretary Sean Duffy", "Fire Chief John Donnelly": capitalised
	// words with no given name right before a capitalised title word say which office.
	if j < len(toks) && toks[j].Kind == text.Word && toks[j].Upper() && toks[j].Is(text.ClassTitle) && !toks[i].Is(text.ClassGiven) && j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Upper() {
		return Mention{}, false
	}
	if len(parts) >= 2 && toks[j-1].Is(text.ClassOrgTail) && lex.OrgName(strings.ToLower(strings.Join(parts, " "))) {
		return Mention{}, false // "Goldman Sachs", "Wells Fargo": a company
	}
	m := Mention{Start: i, End: j, Surname: strings.TrimSuffix(parts[len(parts)-1], "'s")}
	if len(parts) > 1 {
		m.Given = make([]string, len(parts)-1) // parts is reused: copy what the mention keeps
		for k, p := range parts[:len(parts)-1] {
			m.Given[k] = strings.TrimSuffix(p, "'s")
		}
	}
	if len([]rune(m.Surname)) < 2 {
		return Mention{}, false
	}
	switch {
	case len(m.Given) > 0 && (lex.Has(m.Given[0], text.ClassGiven) || len(m.Given) > 1 && oneRune(m.Given[0]) && lex.Has(m.Given[1], text.ClassGiven)):
		m.Cue = "given-name" // "Sean Duffy", "J. Todd Inman"
	case isHeadlineOnce(toks, headline):
		m.Cue = "candidate" // title case says nothing in a headline
	case titled(toks, i, lex):
		m.Cue = "title"
	case spoke(toks, j, lex):
		m.Cue = "speech"
	default:
		m.Cue = "candidate"
	}
	return m, true
}

// titled reports whether a title word stands right before token i ("President X",
// "envoys, X", "Secretary of State X").
func titled(toks []text.Token, i int, lex *lexicon.Lexicon) bool {
	k := i - 1
	if k >= 1 && (toks[k].Text == "," || toks[k].Text == "." && !toks[k].Space) {
		k-- // "envoys, X"; "Gen. X"
	}
	if k < 0 {
		return false
	}
	return toks[k].Is(text.ClassTitle) && !toks[k].Is(text.ClassNotName)
}

// spoke reports whether a speech verb follows the name ("Rubio said").
func spoke(toks []text.Token, j int, lex *lexicon.Lexicon) bool {
	return j < len(toks) && toks[j].Is(text.ClassSpeech)
}

// IsHeadline reports whether a sentence is written in title case: most of its words are
// capitalised, so capitals are no evidence of a name.
func IsHeadline(toks []text.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word {
			continue
		}
		words++
		if t.Upper() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}
