// Package coref resolves the back-references of one article to the people it names: a
// definite title ("the minister", "the envoy") to the last person named with that title,
// and "he" or "she" to the last person named before it. It is deliberately simple and says
// when it is unsure: when two people fit, or when the person it picks was named long
// before. A surname alone needs no resolution here: the name rules cluster it with the
// full name.
package coref

import (
	"sort"
	"strings"

	"factcheck/checker/text"
)

// Named is one mention of a person, in article order.
type Named struct {
	// Sentence is the index of its sentence; Start and End its token range there.
	Sentence, Start, End int
	// Key identifies the person (the folded surname); Name is the name as written in
	// full at its fullest mention so far, for reports.
	Key, Name string
	// Title is the title the sentence gives them, if any; Honorific is "Mr", "Mrs"... when
	// one stands before the name.
	Title, Honorific string
	// Gender is 'f' or 'm' when the mention's given name is one gender's (GenderOf), else 0.
	Gender byte
}

// gender returns what the mention says of the person's gender: its honorific's ("Mrs
// Ruiz"), else its given name's ("Rachel Reeves"); 0 when it says nothing.
func (n *Named) gender() byte {
	if n.Honorific != "" {
		if g := honorificGender(n.Honorific); g != 0 {
			return g
		}
	}
	return n.Gender
}

// GenderOf returns the gender of a given name from its lexical classes: 'f', 'm', or 0
// for a name borne by both or not in the lexicon.
func GenderOf(t *text.Token) byte {
	switch t.Class & (text.ClassFeminine | text.ClassMasculine) {
	case text.ClassFeminine:
		return 'f'
	case text.ClassMasculine:
		return 'm'
	}
	return 0
}

// Ref is one back-reference and the person it is resolved to.
type Ref struct {
	// Sentence, Start and End locate the reference (token range in its sentence).
	Sentence, Start, End int
	// Form is "title" or "pronoun"; To is the index in the Named list of the mention it
	// refers back to.
	Form string
	To   int
	// Unsure marks a guess: another person fits as well, or the person was named more
	// than a sentence before.
	Unsure bool
}

// unsureBit marks a gender a sentence's pronoun gave someone on a guess.
const unsureBit = 0x80

// window is how many sentences back a pronoun's person is looked for with confidence.
const window = 1

// Resolve returns the back-references of an article: sents are its sentences' tokens,
// named its person mentions in order (sentence, then position).
func Resolve(sents [][]text.Token, named []Named) []Ref {
	gender := map[string]byte{}            // person key -> 'm' or 'f'
	titles := map[string]map[string]bool{} // person -> the words of their titles
	for i := range named {
		if g := named[i].gender(); g != 0 {
			gender[named[i].Key] = g
		}
	}
	var refs []Ref
	// seen are the mentions before the current token, with the definite references
	// resolved so far ("The minister said she"): origin maps them to named.
	var seen []Named
	var origin []int
	next := 0
	for si, toks := range sents {
		// local holds the genders the sentence's own pronouns gave people: in "He said
		// she had prepared well", she is not he.
		var local map[string]byte
		for ti := range toks {
			for next < len(named) && (named[next].Sentence < si || named[next].Sentence == si && named[next].End <= ti) {
				if t := named[next].Title; t != "" {
					ws := titles[named[next].Key]
					if ws == nil {
						ws = map[string]bool{}
						titles[named[next].Key] = ws
					}
					for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
						ws[f] = true
					}
				}
				seen, origin = append(seen, named[next]), append(origin, next)
				next++
			}
			t := &toks[ti]
			if t.Kind != text.Word || t.Upper() && ti > 0 || len(t.Text) < 2 || len(t.Text) > 3 {
				continue // only "he", "him", "she" and "the" start a reference
			}
			if ti > 0 && toks[ti-1].Text == "\"" && !t.Space {
				continue // an opening mark: "He ..." inside a quote is someone else's voice
			}
			switch g := pronounGender(t.Text); {
			case g != 0:
				if r, ok := pronoun(toks, seen, si, ti, g, gender, local); ok {
					if local == nil {
						local = map[string]byte{}
					}
					local[seen[r.To].Key] = g
					if r.Unsure {
						local[seen[r.To].Key] = g | unsureBit
					}
					r.To = origin[r.To]
					refs = append(refs, r)
				}
			case strings.EqualFold(t.Text, "the"):
				if ti >= 1 && toks[ti-1].Text == "," && len(seen) > 0 && seen[len(seen)-1].Sentence == si && seen[len(seen)-1].End == ti-1 {
					continue // "Ana Ruiz, the deputy minister,": an apposition, not a reference
				}
				if r, ok := definite(toks, seen, si, ti, titles); ok {
					if !r.Unsure {
						n := seen[r.To]
						n.Sentence, n.Start, n.End = si, r.Start, r.End
						seen, origin = append(seen, n), append(origin, origin[r.To])
					}
					r.To = origin[r.To]
					refs = append(refs, r)
				}
			}
		}
	}
	return refs
}

// pronoun resolves "he" or "she" at toks[ti] of sentence si: the last person named before
// it whose gender is not known to differ, preferring, within the same or the previous
// sentence, one whose gender is known to match. The speaker of "X said he" is X. It is
// unsure when another such person was named in the same or the previous sentence, or
// when the person it picks was named before that.
func pronoun(toks []text.Token, before []Named, si, ti int, g byte, gender, local map[string]byte) (Ref, bool) {
	if len(before) == 0 {
		return Ref{}, false
	}
	object := strings.EqualFold(toks[ti].Text, "him")
	if last := &before[len(before)-1]; !object && last.Sentence == si && saidBetween(toks, last.End, ti) {
		return Ref{Sentence: si, Start: ti, End: ti + 1, Form: "pronoun", To: len(before) - 1}, true
	}
	pick, known := -1, -1
	others, othersKnown := 0, 0
	guessed := false
	subject := "\x00" // the key of the person an object pronoun cannot be
	for i := len(before) - 1; i >= 0; i-- {
		n := &before[i]
		pg := gender[n.Key]
		if lg := local[n.Key]; lg != 0 {
			pg = lg &^ unsureBit
			if pg != g && lg&unsureBit != 0 {
				guessed = true // excluded on a guess: the pick is a guess too
			}
		}
		if pg != 0 && pg != g {
			continue
		}
		if object && (n.Sentence == si && !clauseBetween(toks, n.End, ti) || n.Key == subject) {
			subject = n.Key
			continue // "Ruiz thanked him": not Ruiz
		}
		inWindow := n.Sentence >= si-window
		if pg == g && inWindow {
			if known < 0 {
				known = i
			} else if n.Key != before[known].Key {
				othersKnown++
			}
		}
		if pick < 0 {
			pick = i
			continue
		}
		if inWindow && n.Key != before[pick].Key {
			others++
		}
	}
	if known >= 0 && pick >= 0 && pick != known && before[pick].Sentence == si && before[known].Sentence < si && gender[before[pick].Key] == 0 {
		// "JD Vance said ... and he anticipates": the sentence's own person, whose gender
		// is not known, before someone of the right gender named in an earlier one; a guess.
		return Ref{Sentence: si, Start: ti, End: ti + 1, Form: "pronoun", To: pick, Unsure: true}, true
	}
	if known >= 0 {
		return Ref{Sentence: si, Start: ti, End: ti + 1, Form: "pronoun", To: known, Unsure: othersKnown > 0 || guessed}, true
	}
	if pick < 0 {
		return Ref{}, false
	}
	p := &before[pick]
	possessive := p.Sentence == si && p.End < len(toks) && (toks[p.End].Text == "'s" || strings.HasSuffix(toks[p.End-1].Text, "'s"))
	unsure := others > 0 || p.Sentence < si-window || possessive || guessed // "Marin's wife said she"
	if !unsure && gender != nil && gender[before[pick].Key] == 0 {
		gender[before[pick].Key] = g // the only person it can be: remember for later
	}
	return Ref{Sentence: si, Start: ti, End: ti + 1, Form: "pronoun", To: pick, Unsure: unsure}, true
}

// clauseBetween reports whether a new clause starts in toks[from:to]: a speech verb,
// "that", "who", "which", "but" or "and" ("Ruiz said the minister had called him").
func clauseBetween(toks []text.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Is(text.ClassSpeech) && k < to-1 {
			return true // "said the minister had called him", not "thanked him"
		}
		switch strings.ToLower(toks[k].Text) {
		case "that", "who", "which", "but", "and", "when", "after", "before":
			return true
		}
	}
	return false
}

// saidBetween reports whether toks[from:to] is a speech verb, with "that" after it: "X
// said he", "X told reporters that she".
func saidBetween(toks []text.Token, from, to int) bool {
	if to-from < 1 || to-from > 3 || !toks[from].Is(text.ClassSpeech) {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !strings.EqualFold(toks[k].Text, "that") && !strings.EqualFold(toks[k].Text, "reporters") {
			return false
		}
	}
	return true
}

// definite resolves "the minister" at toks[ti:]: "the", up to three lower-case words
// ending in a title word, and no name after it ("the minister Ana Ruiz" names her). It
// refers to the last person named with a title containing that word, and is unsure when
// another person named before also had one.
func definite(toks []text.Token, before []Named, si, ti int, titles map[string]map[string]bool) (Ref, bool) {
	end := -1
	for k := ti + 1; k < len(toks) && k <= ti+3; k++ {
		t := &toks[k]
		if t.Kind != text.Word || t.Upper() && !t.Is(text.ClassTitle|text.ClassTitleMod) {
			break // a capitalised title counts: "the Speaker said", "the French president"
		}
		if t.Is(text.ClassTitle) {
			end = k + 1
		}
	}
	if end < 0 {
		return Ref{}, false
	}
	if end < len(toks) && toks[end].Kind == text.Word && toks[end].Upper() {
		return Ref{}, false // "the minister Ana Ruiz": a title before a name
	}
	if end < len(toks) && (strings.EqualFold(toks[end].Text, "of") || toks[end].Text == "'s") {
		return Ref{}, false // "the minister of defence": which minister, the sentence says
	}
	head := strings.ToLower(toks[end-1].Text)
	// Among the people with that title word, the one whose titles also have the most of
	// the reference's other words ("French" of "the French president": Macron, not Lula);
	// the last named of them; unsure when someone else has as many.
	pick, best, tied := -1, -1, false
	for i := len(before) - 1; i >= 0; i-- {
		n := &before[i]
		ws := titles[n.Key]
		if !ws[head] && !ws[strings.TrimSuffix(head, "s")] || !qualifiedAlike(toks[ti+1:end-1], ws) {
			continue
		}
		score := 0
		for k := ti + 1; k < end-1; k++ {
			if ws[strings.ToLower(toks[k].Text)] {
				score++
			}
		}
		switch {
		case score > best:
			pick, best, tied = i, score, false
		case score == best && n.Key != before[pick].Key:
			tied = true
		}
	}
	if pick < 0 {
		return Ref{}, false
	}
	return Ref{Sentence: si, Start: ti, End: end, Form: "title", To: pick, Unsure: tied}, true
}

// qualifiers change which office a title names: the shadow chancellor is not the
// chancellor, nor the deputy minister the minister.
var qualifiers = map[string]bool{
	"shadow": true, "deputy": true, "vice": true, "former": true, "ex": true, "assistant": true,
	"junior": true, "acting": true, "interim": true, "opposition": true, "under": true,
}

// qualifiedAlike reports whether every qualifier and every title word among the words
// before a definite reference's title word (the "shadow" of "the shadow chancellor", the
// "prime" of "the prime minister") is one of the words of the person's titles: the prime
// minister is not the Home Affairs Minister.
func qualifiedAlike(words []text.Token, titleWords map[string]bool) bool {
	for i := range words {
		if w := strings.ToLower(words[i].Text); (qualifiers[w] || words[i].Is(text.ClassTitle)) && !titleWords[w] {
			return false
		}
	}
	return true
}

func pronounGender(w string) byte {
	switch {
	case strings.EqualFold(w, "he") || strings.EqualFold(w, "him"):
		return 'm'
	case strings.EqualFold(w, "she"):
		return 'f'
	}
	return 0
}

func honorificGender(h string) byte {
	switch strings.ToLower(strings.TrimSuffix(h, ".")) {
	case "mr", "sir", "lord", "king", "prince":
		return 'm'
	case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess":
		return 'f'
	}
	return 0
}

// ResolveAt resolves the one back-reference that starts at toks[ti] of sentence si ("he",
// "she", "the minister") from the people named before it, without reading the rest of the
// article: what Resolve gives it, save that gender is known only from honorifics. named
// must hold the mentions up to that point at least, in order. Quote attribution asks this
// of a few places per article.
func ResolveAt(sents [][]text.Token, named []Named, si, ti int) (Ref, bool) {
	if si < 0 || si >= len(sents) || ti < 0 || ti >= len(sents[si]) {
		return Ref{}, false
	}
	k := sort.Search(len(named), func(i int) bool {
		n := &named[i]
		return n.Sentence > si || n.Sentence == si && n.End > ti
	})
	before := named[:k]
	toks := sents[si]
	if g := pronounGender(toks[ti].Text); g != 0 {
		// The genders honorifics and given names give: a map only when some name has one
		// (nothing is remembered from one call to the next, so a nil map is never written).
		var gender map[string]byte
		for i := range before {
			if hg := before[i].gender(); hg != 0 {
				if gender == nil {
					gender = map[string]byte{}
				}
				gender[before[i].Key] = hg
			}
		}
		return pronoun(toks, before, si, ti, g, gender, nil)
	}
	if !strings.EqualFold(toks[ti].Text, "the") {
		return Ref{}, false
	}
	var titles map[string]map[string]bool
	for _, n := range before {
		if n.Title == "" {
			continue
		}
		if titles == nil {
			titles = map[string]map[string]bool{}
		}
		ws := titles[n.Key]
		if ws == nil {
			ws = map[string]bool{}
			titles[n.Key] = ws
		}
		for _, f := range strings.FieldsFunc(strings.ToLower(n.Title), func(r rune) bool { return r == ' ' || r == '-' }) {
			ws[f] = true
		}
	}
	return definite(toks, before, si, ti, titles)
}

// Fits reports whether a pronoun ("he", "she") may stand for the person of mention n: it
// may unless the pronoun and the mention's honorific or given name say different genders.
func Fits(pronoun string, n *Named) bool {
	p, h := pronounGender(pronoun), n.gender()
	return p == 0 || h == 0 || p == h
}
