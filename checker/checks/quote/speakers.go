package quote

import (
	"slices"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/pass"
)

// speakerID is a speaker as quotes are compared: the surname and the first given name,
// folded, and every word of a name of three words or more ("luiz inacio lula da silva").
type speakerID struct{ key, given, names, first, last string }

// samePerson reports whether two speakers can be one person: near surnames (a one-letter
// misspelling) and given names that do not differ (one may be missing); or one name
// alone that is the other's first name ("Sir Keir" and "Keir Starmer"; "Xi" and "Xi
// Jinping", family name first) or among the words of the other's name of three words or
// more ("Lula" and "Luiz Inacio Lula da Silva").
func (a speakerID) samePerson(b speakerID) bool {
	if nearKey(a.key, b.key) || a.first != "" && a.first == b.key || b.first != "" && b.first == a.key {
		// "Muyembe-Tamfum" and "Muyembe": one may write the first part of a double
		// surname only.
		return a.given == "" || b.given == "" || sameGiven(a, b) || sameGiven(b, a)
	}
	if a.given != "" && b.given != "" && a.key == b.given && a.given == b.key {
		return true // "Kishida Fumio" and "Fumio Kishida": family name first or last
	}
	if (a.given == b.given || a.given == "" || b.given == "") && (a.last != "" && a.last == b.key || b.last != "" && b.last == a.key) {
		return true // "Yoon Suk-yeol" and "Yoon Suk Yeol"
	}
	if names.SurnameParticle(a.given) && a.given+a.key == b.key || names.SurnameParticle(b.given) && b.given+b.key == a.key {
		return true // "Van Kerkhove" and "Maria Van Kerkhove"
	}
	return a.given == "" && (a.key == b.given || hasWord(b.names, a.key)) ||
		b.given == "" && (b.key == a.given || hasWord(a.names, b.key))
}

// sameGiven reports whether a's given name may be b's: the same, one letter apart in names
// of five letters or more ("Mohammed", "Mohammad"), a short form ("Brad", "Bradford"), an
// initial ("S." of "Subrahmanyam"), or another of the given names of b's long name
// ("Tayyip Erdogan" and "Recep Tayyip Erdogan", "Lula da Silva" and "Luiz Inacio Lula da
// Silva").
func sameGiven(a, b speakerID) bool {
	switch {
	case a.given == b.given || nearKey(a.given, b.given) || shortFor(a.given, b.given):
		return true
	case len(a.given) == 1 && strings.HasPrefix(b.given, a.given):
		return true
	}
	return hasWord(b.names, a.given)
}

// shortFor reports whether given name a is a short form of b that begins it ("brad" of
// "bradford", "chris" of "christopher").
func shortFor(a, b string) bool {
	return len(a) >= 3 && len(b) > len(a) && strings.HasPrefix(b, a)
}

// hasWord reports whether w is one of the space-separated words of s.
func hasWord(s, w string) bool {
	for s != "" && w != "" {
		var f string
		f, s, _ = strings.Cut(s, " ")
		if f == w {
			return true
		}
	}
	return false
}

// speakers tells who a quote's speaker is for comparing: the names as the attribution
// wrote them, folded by the rule's transliteration rewrites (Iryna and Irina Sokolova are
// one speaker), and each person of the corpus configuration under one name whichever of
// their names or aliases a quote is credited to.
type speakers struct {
	folder *names.Folder
	lex    *lexicon.Lexicon        // given names' full forms
	people map[speakerID]speakerID // a configured person's names and aliases -> the person
	// bySurname gives the person a surname alone stands for, when one configured person
	// has it ("Syrskyi said").
	bySurname map[string]speakerID
	// display is the configured name of each person, for messages.
	display map[speakerID]string
	// long holds the folded words of the long names met so far (speakerID.names).
	long map[string]string
}

// speakersOf prepares the speakers of a corpus.
func (c *Check) speakersOf(cp *pass.Corpus) speakers {
	sp := speakers{folder: c.folder, long: map[string]string{}}
	if cp.Env != nil {
		sp.lex = cp.Env.Lex
	}
	if cp.Env == nil || cp.Env.Set == nil {
		return sp
	}
	surnames := map[string][]speakerID{}
	for _, p := range cp.Env.Set.People {
		person, ok := sp.parse(p.Name)
		if !ok {
			continue
		}
		if sp.people == nil {
			sp.people, sp.display = map[speakerID]speakerID{}, map[speakerID]string{}
		}
		sp.display[person] = p.Name
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if id, ok := sp.parse(n); ok {
				sp.people[id] = person
				if !slices.Contains(surnames[id.key], person) {
					surnames[id.key] = append(surnames[id.key], person)
				}
			}
		}
	}
	for key, ps := range surnames {
		if len(ps) == 1 {
			if sp.bySurname == nil {
				sp.bySurname = map[string]speakerID{}
			}
			sp.bySurname[key] = ps[0]
		}
	}
	return sp
}

// parse returns the speaker a configured name stands for: its last word is the surname,
// its first the given name (none when it is one word).
func (sp speakers) parse(name string) (speakerID, bool) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return speakerID{}, false
	}
	id := speakerID{key: sp.folder.Key(f[len(f)-1])}
	if len(f) > 1 {
		id.given = sp.folder.Key(sp.fullForm(names.Plain(f[0])))
	}
	return id, id.key != ""
}

// fullForm returns a folded given name's full form ("tony": "anthony").
func (sp speakers) fullForm(given string) string {
	if sp.lex == nil {
		return given
	}
	return sp.lex.FullForm(given)
}

// of returns the speaker of q as compared; the zero speakerID when the quote has none or
// its back-reference is a guess (speakerKey).
func (sp speakers) of(q *claim.Quote) speakerID {
	k := speakerKey(q)
	if k == "" {
		return speakerID{}
	}
	id := speakerID{key: sp.folder.Key(k)}
	if q.Given != "" {
		id.given = sp.folder.Key(sp.fullForm(q.Given)) // "Tony Holt" is Anthony Holt
	}
	if id.key == "" {
		return speakerID{} // no letters to compare
	}
	if person, ok := sp.people[id]; ok {
		return person
	}
	if person, ok := sp.bySurname[id.key]; ok && id.given == "" {
		return person
	}
	id.names = sp.words(q.Speaker)
	if i := strings.LastIndexByte(q.Speaker, ' ') + 1; i < len(q.Speaker) {
		if h := strings.IndexByte(q.Speaker[i:], '-'); h > 1 {
			id.first = sp.folder.Key(q.Speaker[i : i+h])
			id.last = sp.folder.Key(q.Speaker[i+h+1:])
		}
	}
	return id
}

// words returns the folded words of a name of three words or more, "" for a shorter one.
func (sp speakers) words(name string) string {
	if w, ok := sp.long[name]; ok {
		return w
	}
	w := ""
	if f := strings.Fields(name); len(f) >= 3 {
		for i, p := range f {
			f[i] = sp.folder.Key(p)
		}
		w = strings.Join(f, " ")
	}
	sp.long[name] = w
	return w
}

// name is how messages name the speaker of cl: a configured person by their configured
// name, anyone else as the quote's attribution wrote them.
func (sp speakers) name(cl *claim.Claim) string {
	if n, ok := sp.display[sp.of(cl.Quote)]; ok {
		return n
	}
	return cl.Quote.Speaker
}
