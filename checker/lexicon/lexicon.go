// Package lexicon compiles the rule pack's generic vocabulary (given names, titles,
// organisation words, places, speech verbs) into one lower-case map from word to lexical
// classes, and marks each token of an article with its classes once, so that extractors
// test bits instead of looking words up again and again.
package lexicon

import (
	"strings"

	"factcheck/checker/dates"
	"factcheck/checker/numbers"
	"factcheck/checker/text"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// Lexicon is the compiled vocabulary. All keys are lower case.
type Lexicon struct {
	classes map[string]text.Class
	// fast holds the ASCII words of classes for Classify; lowerFast those of them whose
	// lowerClasses matter, with those classes only: a lower-case word needs no others, and
	// the smaller table stays in cache.
	fast, lowerFast *table
	// lowerShapes marks the (first letter, last letter, length) shapes of the words whose
	// classes matter in lower case (numbers, speech verbs, titles, event words): most
	// lower-case words of a text have no such shape and need no lookup. Bit n of
	// lowerShapes[f][l] stands for length n: the 2.7 KB stay in the first-level cache,
	// where an array of bools (21 KB) was read at a cache miss per word.
	lowerShapes [26][26]uint32
	// shapes marks the shapes of every word of the lexicon, for capitalised words.
	shapes [26][26]uint32
	// short holds the classes of every word of one to three letters, indexed by its
	// letters (shortIndex): "the", "in", "of", "a" are a third of the words of English
	// prose, and an array read costs less than any hashing.
	short []text.Class
	// orgNames holds the lexicon's org-names in lower case, words joined by one space.
	orgNames map[string]bool
	// fullForms maps a given name's short forms, in lower case, to its full one ("tony":
	// "anthony").
	fullForms map[string]string
}

// FullForm returns the full form of a given name in lower case ("tony": "anthony"), or the
// name itself.
func (l *Lexicon) FullForm(given string) string {
	if f, ok := l.fullForms[given]; ok {
		return f
	}
	return given
}

// OrgName reports whether the words of a capitalised run, in lower case and joined by one
// space, are the name of an organisation that reads like a person's ("goldman sachs").
func (l *Lexicon) OrgName(words string) bool { return l.orgNames[words] }

// shapeOf returns the first and last letters of w (a-z, either case) as 0-25, and false
// when w is too long or starts or ends with something else (such a word is looked up).
func shapeOf(w string) (first, last int, ok bool) {
	if len(w) == 0 || len(w) >= 32 {
		return 0, 0, false
	}
	f, l := w[0]|0x20, w[len(w)-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return 0, 0, false
	}
	return int(f - 'a'), int(l - 'a'), true
}

// shortIndex returns the index in Lexicon.short of a word of one to three ASCII letters
// (either case), or -1.
func shortIndex(w string) int {
	if len(w) == 0 || len(w) > 3 {
		return -1
	}
	i := 0
	for k := 0; k < len(w); k++ {
		c := w[k] | 0x20
		if c < 'a' || c > 'z' {
			return -1
		}
		i = i*27 + int(c-'a') + 1
	}
	return i
}

// lowerClasses are the classes a word has a use for when it is written in lower case; the
// others (given names, places, months...) only mark capitalised words.
const lowerClasses = text.ClassNumber | text.ClassSpeech | text.ClassTitle | text.ClassTime | text.ClassEvent | text.ClassGroup | text.ClassRoster | text.ClassTitleMod | text.ClassCompany |
	text.ClassTimeWeak | text.ClassTimeNext

// Compile builds the lexicon of l.
func Compile(l rules.Lexicon) *Lexicon {
	m := map[string]text.Class{}
	add := func(words []string, c text.Class) {
		for _, w := range words {
			m[strings.ToLower(strings.TrimSpace(w))] |= c
		}
	}
	add(l.GivenNames, text.ClassGiven)
	add(l.FeminineNames, text.ClassGiven|text.ClassFeminine)
	add(l.MasculineNames, text.ClassGiven|text.ClassMasculine)
	add(l.Titles, text.ClassTitle)
	add(l.OrgWords, text.ClassOrg)
	add(l.CompanyWords, text.ClassOrg|text.ClassCompany)
	add(l.NotNames, text.ClassNotName)
	add(l.TitleModifiers, text.ClassNotName|text.ClassTitleMod)
	add(l.SpeechVerbs, text.ClassSpeech)
	add(l.Places, text.ClassPlace)
	add(numbers.Words(), text.ClassNumber)
	for w := range dates.Months {
		m[w] |= text.ClassMonth
	}
	add(timex.Words(), text.ClassTime)
	add(timex.WeakWords(), text.ClassTimeWeak)
	add(timex.NextWords(), text.ClassTimeNext)
	add(timex.WeekdayWords(), text.ClassWeekday)
	orgNames := map[string]bool{}
	for _, n := range l.OrgNames {
		f := strings.Fields(strings.ToLower(n))
		if len(f) < 2 {
			continue
		}
		orgNames[strings.Join(f, " ")] = true
		m[f[len(f)-1]] |= text.ClassOrgTail
	}
	add(l.EventWords, text.ClassEvent)
	add(l.GroupWords, text.ClassGroup)
	add(l.RosterWords, text.ClassRoster)
	lower := map[string]text.Class{}
	for w, c := range m {
		if c&lowerClasses != 0 {
			lower[w] = c & lowerClasses
		}
	}
	fullForms := map[string]string{}
	for _, g := range l.Nicknames {
		for _, n := range g[min(1, len(g)):] {
			fullForms[strings.ToLower(strings.TrimSpace(n))] = strings.ToLower(strings.TrimSpace(g[0]))
		}
	}
	lx := &Lexicon{classes: m, fast: newTable(m), lowerFast: newTable(lower), short: make([]text.Class, 27*27*27), orgNames: orgNames, fullForms: fullForms}
	for w, c := range m {
		if i := shortIndex(w); i >= 0 {
			lx.short[i] = c
		}
	}
	for w, c := range m {
		f, l, ok := shapeOf(w)
		if !ok {
			continue
		}
		lx.shapes[f][l] |= 1 << len(w)
		if c&lowerClasses != 0 {
			lx.lowerShapes[f][l] |= 1 << len(w)
		}
	}
	return lx
}

// Classes returns the classes of a word, in any case.
func (l *Lexicon) Classes(word string) text.Class {
	var buf [32]byte
	return l.classes[string(text.LowerASCII(&buf, word))]
}

// Has reports whether word has any of the classes c.
func (l *Lexicon) Has(word string, c text.Class) bool { return l.Classes(word)&c != 0 }

// Classify marks every word token with its classes.
func (l *Lexicon) Classify(toks []text.Token) {
	var buf [32]byte
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word {
			continue
		}
		w := t.Text
		if strings.HasSuffix(w, "'s") {
			w = w[:len(w)-2]
		}
		if i := shortIndex(w); i >= 0 {
			if c := w[0]; c >= 'a' && c <= 'z' {
				t.Class = l.short[i]&lowerClasses | text.ClassKnown
			} else {
				t.Class = l.short[i] | text.ClassKnown | text.UpperClass(w)
			}
			continue
		}
		f, la, shaped := shapeOf(w)
		if c := w[0]; c >= 'a' && c <= 'z' {
			if shaped && l.lowerShapes[f][la]&(1<<len(w)) == 0 || len(w) >= 32 {
				t.Class = text.ClassKnown
				continue
			}
			t.Class = l.lowerLookup(&buf, w) | text.ClassKnown
			continue
		}
		up := text.UpperClass(w)
		if shaped && l.shapes[f][la]&(1<<len(w)) == 0 || len(w) >= 32 {
			t.Class = text.ClassKnown | up // no word of the lexicon has this shape
			continue
		}
		t.Class = l.lookup(&buf, w) | text.ClassKnown | up
	}
}

// lowerLookup returns the lowerClasses of w.
func (l *Lexicon) lowerLookup(buf *[32]byte, w string) text.Class {
	if c, ok := l.lowerFast.lookup(w); ok {
		return c
	}
	return l.classes[string(text.LowerASCII(buf, w))] & lowerClasses
}

// lookup returns the classes of w in any case.
func (l *Lexicon) lookup(buf *[32]byte, w string) text.Class {
	if c, ok := l.fast.lookup(w); ok {
		return c
	}
	return l.classes[string(text.LowerASCII(buf, w))]
}
