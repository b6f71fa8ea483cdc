package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"factcheck/checker/article"
	"factcheck/checker/coref"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/text"
)

// Attribution is who a quote is credited to.
type Attribution struct {
	// Speaker is the name as written ("Witkoff", "Steve Witkoff"), or the words that
	// stand for it ("the president") when no name can be found; Key is the folded surname
	// of a named speaker, "" otherwise.
	Speaker, Key string
	// Given is the speaker's first given name folded, when written ("robert" for Robert
	// Ellison): two speakers of one surname are one person only when it does not differ.
	Given string
	// Verb is the speech verb ("wrote", "said").
	Verb string
	// How says how the speaker was found: "named" (a name with the verb), "pronoun" and
	// "title" (a back-reference: "he wrote", "the president said"), "continued" (the
	// quote carries on one credited before it), "unnamed" (a speaker that is no name: "the
	// company said", Speaker as written, Key ""), "" for none.
	How string
	// Unsure marks a back-reference the resolver is not sure of.
	Unsure bool
}

// Attributor finds the speakers of one article's quotes. It reads the names of a sentence
// only when a quote needs them.
type Attributor struct {
	Sents []article.Sentence
	Lex   *lexicon.Lexicon
	// Fold is the key of a surname (the name rules' folding).
	Fold func(string) string
	// Mentions returns the names in each sentence (pass.Doc.Mentions).
	Mentions func() [][]names.Mention

	// refs are the article's back-references, resolved once when a quote needs one.
	people []coref.Named
	read   int          // sentences read into people
	titled map[int]bool // people whose titles were read
	// firstNamed is the sentence where each surname key is first among people.
	firstNamed map[string]int
	toks       [][]text.Token
	tokSet     bool // toks holds this article's sentences
	spans      []Span
	out        []Attribution
	// companies are the folded last words of the names the article writes before a
	// company designator ("Acer Inc"), read once when a bare name needs them.
	companies     map[string]bool
	companiesRead bool
	// fullNames indexes, by folded word, the people the article names in three words or
	// more and its surnames with evidence (fuller), read once when a bare name needs it.
	fullNames     map[string]fullName
	fullNamesRead bool
}

// fullName is a person named in full, or (surname) a surname of someone named with
// evidence, or (ambiguous) a word of two people's names.
type fullName struct {
	full, key, given   string
	surname, ambiguous bool
}

// Reset readies a for another article, keeping its buffers: a reader that attributes the
// quotes of many articles allocates them once.
func (a *Attributor) Reset(sents []article.Sentence, lex *lexicon.Lexicon, fold func(string) string, mentions func() [][]names.Mention) {
	a.Sents, a.Lex, a.Fold, a.Mentions = sents, lex, fold, mentions
	a.people, a.read, a.toks, a.tokSet, a.spans = a.people[:0], 0, a.toks[:0], false, nil
	clear(a.titled)
	clear(a.firstNamed)
	clear(a.companies)
	a.companiesRead = false
	clear(a.fullNames)
}

// company reports whether the article writes name (one word) before a company designator
// somewhere ("Acer Inc has completed ...", "BP plc"): then "Acer said" is the company's
// statement. A name the article also gives a person with a first name is not a company's
// ("Tom Reed, who founded Reed Ltd ... Reed said"), nor is one of a title-case line, where
// any word is capitalised.
func (a *Attributor) company(name string) bool {
	if !a.companiesRead {
		a.companiesRead = true
		for si := range a.Sents {
			s := &a.Sents[si]
			if s.Classes&text.ClassCompany == 0 || names.IsHeadline(s.Toks) {
				continue
			}
			for k := 1; k < len(s.Toks); k++ {
				if t := &s.Toks[k]; t.Kind == text.Word && t.Is(text.ClassCompany) && t.Space {
					if p := &s.Toks[k-1]; p.Kind == text.Word && p.Upper() && !p.Is(text.ClassOrg|text.ClassTitle|text.ClassPlace) {
						if a.companies == nil {
							a.companies = map[string]bool{}
						}
						a.companies[a.Fold(p.Text)] = true
					}
				}
			}
		}
		if len(a.companies) > 0 && a.Mentions != nil {
			for _, ms := range a.Mentions() {
				for _, m := range ms {
					if len(m.Given) > 0 {
						delete(a.companies, a.Fold(m.Surname))
					}
				}
			}
		}
	}
	return a.companies[a.Fold(name)]
}

// Attribute returns the attribution of each quote of spans, in order, in a buffer of a's
// that the next call reuses. When need is not
// nil, only the quotes it marks (and those they may continue) are attributed: a reader
// that keeps no characterisations does not look for their speakers. need is changed.
func (a *Attributor) Attribute(spans []Span, need []bool) []Attribution {
	// The result is a's own buffer, valid until the next Reset or Attribute.
	out := slices.Grow(a.out[:0], len(spans))[:len(spans)]
	clear(out)
	a.out = out
	a.spans = spans
	if need != nil {
		// A quote that may continue the one before it takes that one's speaker.
		for i := len(spans) - 1; i > 0; i-- {
			if need[i] && (spans[i].Continues || spans[i].Opens) {
				need[i-1] = true
			}
		}
		// A quote that runs on over a paragraph break may take the speaker named at its
		// end.
		for i := 0; i+1 < len(spans); i++ {
			if need[i] && spans[i+1].runOn {
				need[i+1] = true
			}
		}
	}
	for i, q := range spans {
		if need != nil && !need[i] {
			continue
		}
		at := a.around(q)
		if at.How == "pronoun" && i > 0 {
			// "...," said Kalin. "...," he added: a pronoun right after a named speaker's
			// quote is that speaker, whoever else the sentences name.
			prev := out[i-1]
			if need != nil && !need[i-1] {
				prev = a.around(spans[i-1])
			}
			if prev.How == "named" && a.near(spans[i-1], q) && !a.namedBetween(spans[i-1].End, q.Start) {
				if prev.Key != at.Key {
					at.Speaker, at.Key, at.Given = prev.Speaker, prev.Key, prev.Given
				}
				at.Unsure = false
			}
		}
		if at.How == "" {
			if si, k, v, ok := a.ownVerb(q); ok {
				// "...," the company said: a speaker the name reader cannot name, but
				// not the last quote's; "...," the 28-year-old said: a description.
				toks := a.Sents[si].Toks
				e := v
				if e-1 > k && auxiliary(toks[e-1].Text) {
					e-- // "the ministry had said"
				}
				if strings.EqualFold(toks[k].Text, "the") {
					at = a.described(si, toks, k, e, toks[v].Text)
				} else {
					at = Attribution{Speaker: text.Join(toks, k, e), Verb: strings.ToLower(toks[v].Text), How: "unnamed"}
				}
			} else if i > 0 && (q.Continues || q.Opens && a.adjacent(spans[i-1], q)) && out[i-1].How != "" && (out[i-1].How != "unnamed" || q.Continues) && !a.namedBetween(spans[i-1].End, q.Start) {
				at = out[i-1]
				at.How = "continued"
			} else if b, ok := a.subjectBefore(q); ok {
				// "Bissen replied, "all of it." Pelletier stepped back to the microphone.
				// "When the mayor said it's gone ..."": the person the sentence before, in
				// the same paragraph, is about, a guess.
				at = b
			} else if q.Opens {
				at = a.leadIn(q)
			}
		}
		out[i] = at
	}
	// "Para one. / "Para two," Bailey said.": a paragraph of a quote that runs on to the
	// next, with no speaker of its own, is the speaker's the quote names at its end.
	for i := len(spans) - 2; i >= 0; i-- {
		if out[i].How == "" && spans[i+1].runOn && out[i+1].How != "" && (need == nil || need[i]) {
			out[i] = out[i+1]
			out[i].How = "continued"
		}
	}
	return out
}

// subjectBefore reads, as a guess, the speaker of a quote with no attribution of its own
// that opens its sentence: the named subject of the sentence right before it, in the same
// paragraph, when that sentence has no quote of its own.
func (a *Attributor) subjectBefore(q Span) (Attribution, bool) {
	si := a.sentenceAt(q.Start)
	if si <= 0 {
		return Attribution{}, false
	}
	s := &a.Sents[si]
	if len(s.Toks) == 0 || s.Toks[0].Start < q.Start-1 || !q.Continues {
		return Attribution{}, false // not the sentence's opening words, or a new paragraph
	}
	prev := a.Sents[si-1].Toks
	if len(prev) == 0 || a.quoted(prev[0].Start) || a.quoted(prev[len(prev)-1].Start) {
		return Attribution{}, false
	}
	m, ok := a.subject(si-1, len(prev)-1)
	if !ok || m.Cue == "candidate" && len(m.Given) == 0 && !a.known(a.Fold(m.Surname), si) {
		return Attribution{}, false
	}
	at := a.named(si-1, m, "")
	if at.How != "named" {
		return Attribution{}, false
	}
	at.Unsure = true
	return at, true
}

// leadIn reads the speaker of a quote paragraph after a sentence that ends in a colon:
// the speaker of its speech verb ("Bailey said in a statement:"), or the name that opens
// it ("Sean Dyche, former Everton manager, on BBC Radio 5 Live:"), or else, a guess, the
// named subject of the sentence before it ("Hegseth posted a video. Key lines from the
// statement:").
func (a *Attributor) leadIn(q Span) Attribution {
	si := a.sentenceAt(q.Start)
	if si <= 0 {
		return Attribution{}
	}
	lead := a.Sents[si-1].Toks
	if len(lead) < 2 || lead[len(lead)-1].Text != ":" {
		return Attribution{}
	}
	if at, ok := a.speechBefore(si-1, lead, len(lead)-1); ok {
		return at
	}
	// "Sean Dyche, former Everton manager, on BBC Radio 5 Live:": the name that opens it.
	if m, ok := a.subject(si-1, len(lead)-2); ok && (m.Cue != "candidate" || len(m.Given) > 0 || a.known(a.Fold(m.Surname), si)) {
		at := a.named(si-1, m, "")
		// "Donald Trump shared a message from Elon Musk on Truth Social:": whose words
		// follow, the lead-in does not say; a guess.
		for _, o := range a.names(si - 1) {
			if o.Start > m.Start && (o.Cue != "candidate" || len(o.Given) > 0) && !lead[o.Start].Is(text.ClassOrg) {
				at.Unsure = true
			}
		}
		return at
	}
	if si >= 2 {
		prev := a.Sents[si-2].Toks
		if m, ok := a.subject(si-2, len(prev)-1); ok && (m.Cue != "candidate" || len(m.Given) > 0) && !a.quoted(prev[m.Start].Start) {
			at := a.named(si-2, m, "")
			at.Unsure = at.How == "named"
			return at
		}
	}
	return Attribution{}
}

// sentenceAt returns the index of the sentence that holds body offset off, or -1.
func (a *Attributor) sentenceAt(off int) int {
	i := sort.Search(len(a.Sents), func(i int) bool { return a.Sents[i].End > off })
	if i < len(a.Sents) && a.Sents[i].Start <= off {
		return i
	}
	// Between sentences (a mark the splitter left out): the next one.
	if i < len(a.Sents) {
		return i
	}
	return -1
}

func (a *Attributor) names(si int) []names.Mention { return a.Mentions()[si] }

// titles reads the titles of the people named up to sentence si, for a definite
// reference ("the minister said"); only then are they needed.
func (a *Attributor) titles(si int) {
	for k := range a.people {
		n := &a.people[k]
		if n.Sentence > si || n.Title != "" || a.titled[k] {
			continue
		}
		if a.titled == nil {
			a.titled = map[int]bool{}
		}
		a.titled[k] = true
		for _, m := range a.names(n.Sentence) {
			if m.Start == n.Start {
				if ti, ok := names.TitleOf(a.Sents[n.Sentence].Toks, m); ok {
					n.Title = ti.Text
				} else {
					n.Title = titleBefore(a.Sents[n.Sentence].Toks, m.Start)
				}
				break
			}
		}
	}
}

// quoted reports whether body offset off lies inside one of the article's quotes.
func (a *Attributor) quoted(off int) bool {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].End > off })
	return i < len(a.spans) && a.spans[i].Start <= off
}

// peopleTo reads the people named up to sentence si (inclusive), once each, for the
// resolver: candidates without evidence and names inside quotes are left out.
func (a *Attributor) peopleTo(si int) {
	for ; a.read <= si && a.read < len(a.Sents); a.read++ {
		i := a.read
		for _, m := range a.names(i) {
			key := a.Fold(m.Surname)
			if len(m.Given) == 0 {
				if _, k, _, ok := a.fuller(m.Surname); ok {
					key = k // "Jensen" in a profile of Jensen Huang: his
				}
			}
			toks := a.Sents[i].Toks
			if m.Cue == "candidate" && len(m.Given) == 0 && !a.known(key, i+1) && !possessiveName(toks, m) || a.quoted(toks[m.Start].Start) {
				// A capitalised word with no evidence ("Jackson" after "Mike Jackson" has
				// some; "Starmer's tribute" is someone's), or a name inside a quote.
				continue
			}
			n := coref.Named{Sentence: i, Start: m.Start, End: m.End, Key: key}
			if m.Start > 0 && toks[m.Start-1].Is(text.ClassTitle) {
				n.Honorific = toks[m.Start-1].Text // "Mrs Ruiz": her gender
			}
			if len(m.Given) > 0 {
				n.Gender = coref.GenderOf(&toks[m.Start]) // "Rachel Reeves": hers
			}
			a.people = append(a.people, n)
			if _, ok := a.firstNamed[key]; !ok {
				if a.firstNamed == nil {
					a.firstNamed = map[string]int{}
				}
				a.firstNamed[key] = i
			}
		}
	}
}

// around reads the attribution next to a quote: after it ("...," he wrote; "...," Witkoff
// wrote on X; "...," said Rubio; "...," according to Rubio) or before it (Rubio said:
// "..."; Rubio stressed that the goal leaves Ukraine "...").
func (a *Attributor) around(q Span) Attribution {
	if si := a.sentenceAt(q.End); si >= 0 {
		toks := a.Sents[si].Toks
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start > q.End })
		dash, comma := false, false
		// The comma that ends a quote stands before its closing mark, or after it.
		for j := k - 1; j >= 0; j-- {
			if t := toks[j].Text; t != `"` && t != "'" {
				comma = t == ","
				break
			}
		}
		for k < len(toks) && (toks[k].Text == "," || toks[k].Text == `"` || toks[k].Text == "'" || toks[k].Text == "-") {
			dash = dash || toks[k].Text == "-"
			comma = comma || toks[k].Text == ","
			k++
		}
		if at, ok := a.after(si, toks, k); ok {
			return at
		}
		// "...," Keir Starmer hit back: a name right after the comma that ends a quote, then
		// a verb the lexicon does not list, is still the speaker.
		if m, ok := a.nameAt(si, k); ok && comma && m.Start == k && m.End < len(toks) && !possessiveName(toks, m) {
			if t := &toks[m.End]; t.Kind == text.Word && !t.Upper() && !stopWord(t.Text) && !determiner(t.Text) {
				return a.named(si, m, t.Text)
			}
		}
		// "..." - Isabel Schnabel: a name alone after a dash signs the quote.
		if m, ok := a.nameAt(si, k); ok && dash && m.Start == k && (m.End == len(toks) || toks[m.End].Kind == text.Punct) {
			return a.named(si, m, "")
		}
		// "Were we sloppy?" Guardiola said. The question or exclamation mark ended the
		// sentence: its attribution opens the next one, in the same paragraph.
		if k == len(toks) && asked(toks) && si+1 < len(a.Sents) && a.Sents[si+1].Start-a.Sents[si].End <= 1 {
			if at, ok := a.after(si+1, a.Sents[si+1].Toks, 0); ok {
				return at
			}
		}
	}
	if si := a.sentenceAt(q.Start); si >= 0 {
		toks := a.Sents[si].Toks
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= q.Start-1 })
		if at, ok := a.before(si, toks, k); ok {
			return at
		}
	}
	return Attribution{}
}

// asked reports whether a sentence ends with a quote that ends in a question or an
// exclamation mark.
func asked(toks []text.Token) bool {
	j := len(toks) - 1
	for j >= 0 && (toks[j].Text == `"` || toks[j].Text == "'") {
		j--
	}
	return j >= 0 && j < len(toks)-1 && (toks[j].Text == "?" || toks[j].Text == "!")
}

// after reads "NAME verb", "he verb", "the president verb", "verb NAME" and "according to
// NAME" starting at toks[k].
func (a *Attributor) after(si int, toks []text.Token, k int) (Attribution, bool) {
	if k >= len(toks) || toks[k].Kind != text.Word {
		return Attribution{}, false
	}
	if strings.EqualFold(toks[k].Text, "according") && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "to") {
		if m, ok := a.nameAt(si, k+2); ok {
			return a.named(si, m, "according to"), true
		}
		return Attribution{}, false
	}
	if at, ok := a.possessiveRole(si, toks, k); ok {
		return at, true // "Durham's attorney, Gabi Silver, said", "said Collin's father, Randy"
	}
	if toks[k].Is(text.ClassSpeech) { // "said Rubio", "said the president"
		if determiner(toks[k+min(1, len(toks)-k-1)].Text) {
			// "said the Southampton manager, Ralph Hasenhuttl", "said his barrister,
			// Daniel Okafor": the name after the comma.
			for j := k + 2; j < len(toks) && j <= k+7; j++ {
				if toks[j].Text == "," {
					if m, ok := a.nameAt(si, j+1); ok && m.Start == j+1 {
						return a.named(si, m, toks[k].Text), true
					}
					break
				}
			}
		}
		if m, ok := a.nameAt(si, k+1); ok {
			return a.named(si, m, toks[k].Text), true
		}
		if at, ok := a.reference(si, k+1, toks[k].Text); ok {
			return at, true
		}
		// "said the Palace manager", "said the 28-year-old": a description.
		if k+2 < len(toks) && strings.EqualFold(toks[k+1].Text, "the") {
			end := k + 2
			for end < len(toks) && end-k <= 6 && (toks[end].Kind == text.Word || toks[end].Kind == text.Number || toks[end].Text == "-" && !toks[end].Space) {
				end++
			}
			if end > k+2 && (end == len(toks) || toks[end].Kind == text.Punct) {
				return a.described(si, toks, k+1, end, toks[k].Text), true
			}
		}
		return Attribution{}, false
	}
	if m, ok := a.nameAt(si, k); ok {
		// "Witkoff wrote", "Ban Ki-moon said", "Podolyak, an adviser to the president,
		// told reporters".
		if v := verbAfter(toks, m.End); v > 0 {
			return a.named(si, m, toks[v].Text), true
		}
	}
	if at, ok := a.reference(si, k, ""); ok {
		return at, true
	}
	// "...," her son, Robert Ellison, told mourners: a description, then the name.
	if determiner(toks[k].Text) {
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].Text == "," {
				if m, ok := a.nameAt(si, j+1); ok && m.Start == j+1 {
					if v := verbAfter(toks, m.End); v > 0 {
						return a.named(si, m, toks[v].Text), true
					}
				}
				break
			}
		}
	}
	// Capitalised words the name reader does not take for a name, then a speech verb
	// ("Major said"): the speaker as written. "I said" is the writer: no one to compare.
	if end := capitalRun(toks, k); end > k && end < len(toks) && toks[end].Is(text.ClassSpeech) && toks[end].Kind == text.Word {
		if end == k+1 && (toks[k].Text == "I" || toks[k].Text == "We") {
			return Attribution{Speaker: toks[k].Text, Verb: strings.ToLower(toks[end].Text), How: "unnamed"}, true
		}
		return a.written(toks, k, end, toks[end].Text), true
	}
	return Attribution{}, false
}

// verbAfter returns the index of the speech verb that follows a speaker's name ending
// at toks[end]: right after it, after the rest of a hyphenated name ("Ki-moon said"), or
// after an apposition between commas ("Podolyak, an adviser to the president, told"); 0
// for none.
func verbAfter(toks []text.Token, end int) int {
	for end < len(toks) && !toks[end].Space && (toks[end].Text == "-" || toks[end].Kind == text.Word) {
		end++ // the rest of a hyphenated word
	}
	if end < len(toks) && toks[end].Kind == text.Word && toks[end].Is(text.ClassSpeech) {
		return end
	}
	if end+1 < len(toks) && auxiliary(toks[end].Text) && toks[end+1].Kind == text.Word && toks[end+1].Is(text.ClassSpeech) {
		return end + 1 // "Modi had said"
	}
	if end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Kind == text.Word && toks[end+1].Is(text.ClassSpeech) {
		return end + 1 // "her son, Robert Ellison, told mourners"
	}
	if end < len(toks) && toks[end].Text == "," {
		for j := end + 1; j < len(toks) && j <= end+14; j++ {
			if toks[j].Text == "," {
				if j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Is(text.ClassSpeech) {
					return j + 1
				}
				return 0
			}
			if toks[j].Kind != text.Word && toks[j].Kind != text.Number && toks[j].Text != "-" && toks[j].Text != "'s" && toks[j].Text != "." {
				return 0
			}
		}
	}
	return 0
}

// capitalRun returns the end of the run of capitalised words (and the particles and
// hyphens inside names: "al-Jaber", "Ki-moon") that starts at toks[k].
func capitalRun(toks []text.Token, k int) int {
	end := k
	for end < len(toks) {
		t := &toks[end]
		switch {
		case t.Kind == text.Word && t.Upper() && !t.Is(text.ClassSpeech):
		case t.Text == "&" && end > k && end+1 < len(toks) && toks[end+1].Kind == text.Word && toks[end+1].Upper():
			// "Johnson & Johnson"
		case !t.Space && end > k && (t.Text == "-" || t.Text == "." || t.Kind == text.Word):
		case t.Kind == text.Word && isParticle(t.Text) && end+1 < len(toks) && !toks[end+1].Space:
		default:
			return end
		}
		end++
	}
	return end
}

// capitalRunBack returns where the run of capitalised words (and the "&" of "Johnson &
// Johnson") that ends right before toks[v] starts; v when there is none.
func capitalRunBack(toks []text.Token, v int) int {
	b := v
	for b > 0 {
		t := &toks[b-1]
		if t.Kind == text.Word && t.Upper() && !t.Is(text.ClassSpeech) || t.Text == "&" && b-1 > 0 && b < v {
			b--
			continue
		}
		break
	}
	return b
}

// stopWord reports whether w is a word that cannot stand in a title before a name: a
// preposition, a conjunction or a verb of the clause ("the talks with Ana Ruiz").
func stopWord(w string) bool {
	switch strings.ToLower(w) {
	case "with", "by", "to", "for", "and", "or", "but", "from", "about", "on", "in", "at", "that", "which", "who", "as", "after", "before", "than", "while", "when", "is", "was", "were", "are", "has", "had", "have", "not", "met", "told", "asked":
		return true
	}
	return false
}

// isParticle reports whether w is a lower-case particle of a name ("al-Jaber", "van
// Dijk").
func isParticle(w string) bool {
	switch strings.ToLower(w) {
	case "al", "el", "bin", "ibn", "abu", "de", "van", "von", "da", "di", "du", "der", "den", "la", "le":
		return true
	}
	return false
}

// written is the attribution to the words toks[start:end] as written, keyed by the last
// word; an organisation's name is a speaker that is no one to compare.
func (a *Attributor) written(toks []text.Token, start, end int, verb string) Attribution {
	for j := start; j < end; j++ {
		if toks[j].Kind == text.Word && toks[j].Is(text.ClassOrg) || toks[j].Text == "&" {
			// "Acer Inc. said", "Downing Street said", "Johnson & Johnson said": an
			// organisation or a place, not a person: compared with no one.
			return Attribution{Speaker: text.Join(toks, start, end), Verb: strings.ToLower(verb), How: "unnamed"}
		}
	}
	last := end - 1
	for last > start && !toks[last].Space {
		last--
	}
	if end-start == 1 && a.company(toks[start].Text) || end-start > 1 && toks[end-1].Is(text.ClassOrgTail) && a.Lex.OrgName(strings.ToLower(text.Join(toks, start, end))) {
		// "Acer said" where the article writes "Acer Inc", "Goldman Sachs said": the company.
		return Attribution{Speaker: text.Join(toks, start, end), Verb: strings.ToLower(verb), How: "unnamed"}
	}
	return Attribution{Speaker: text.Join(toks, start, end), Key: a.Fold(strings.TrimPrefix(text.Join(toks, last, end), "al-")), Verb: strings.ToLower(verb), How: "named"}
}

// ownVerb finds a speech verb right after quote q in its sentence (within ten words,
// before any other quote or sentence end): the quote has an attribution of its own, and
// the words toks[k:v] of sentence si before the verb toks[v] say who ("the company", "a
// government spokesperson", "Schnabel's spokesman", "the 28-year-old").
func (a *Attributor) ownVerb(q Span) (si, k, v int, ok bool) {
	si = a.sentenceAt(q.End)
	if si < 0 {
		return 0, 0, 0, false
	}
	toks := a.Sents[si].Toks
	k = sort.Search(len(toks), func(k int) bool { return toks[k].Start > q.End })
	for k < len(toks) && (toks[k].Text == "," || toks[k].Text == `"` || toks[k].Text == "'" || toks[k].Text == "-") {
		k++
	}
	if k >= len(toks) || toks[k].Kind != text.Word || !toks[k].Upper() && !determiner(toks[k].Text) {
		return 0, 0, 0, false // "...," but noted: no speaker of its own
	}
	for v = k; v < len(toks) && v <= k+10; v++ {
		t := &toks[v]
		if t.Kind == text.Word && t.Is(text.ClassSpeech) && !(t.Upper() && v > k && toks[v-1].Upper()) {
			if v == k {
				return 0, 0, 0, false // "said" first: the speaker follows and was not read
			}
			return si, k, v, true
		}
		if t.Kind != text.Word && t.Kind != text.Number && t.Text != "'s" && t.Text != "-" && t.Text != "&" && (t.Text != "." || t.Space) {
			return 0, 0, 0, false // "the Palace No. 1 told" goes on
		}
	}
	return 0, 0, 0, false
}

// determiner reports whether w opens a noun phrase that can name a speaker ("the
// company", "a spokesperson", "his lawyer").
func determiner(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "one", "another", "his", "her", "their", "its", "our":
		return true
	}
	return false
}

// adjacent reports whether quote q stands in the sentence right after the one where quote
// p ends, or in the same one: the convention by which a quote paragraph with no
// attribution continues the speaker of the one before.
func (a *Attributor) adjacent(p, q Span) bool {
	si, sj := a.sentenceAt(p.End), a.sentenceAt(q.Start)
	return si >= 0 && sj >= si && sj-si <= 1
}

// namedBetween reports whether a person is named outside quotes after the sentence that
// holds body offset from and before offset to: someone a pronoun may stand for instead of
// the speaker of the quote before.
func (a *Attributor) namedBetween(from, to int) bool {
	si, sj := a.sentenceAt(from), a.sentenceAt(to)
	if si < 0 || sj < 0 {
		return false
	}
	for k := si + 1; k <= sj; k++ {
		toks := a.Sents[k].Toks
		for _, m := range a.names(k) {
			if off := toks[m.Start].Start; off < to && !a.quoted(off) && (m.Cue != "candidate" || len(m.Given) > 0 || bareSubject(toks, m) || a.known(a.Fold(m.Surname), k+1)) {
				return true
			}
		}
	}
	return false
}

// bareSubject reports whether m, a capitalised word with no other evidence of a name, opens
// its sentence before a word in lower case, or a comma and one: the sentence's subject
// ("Kaplan was unpersuaded.", "Lula, speaking through an interpreter, warned").
func bareSubject(toks []text.Token, m names.Mention) bool {
	e := m.End
	if e+1 < len(toks) && toks[e].Text == "," {
		e++ // "Lula, speaking through an interpreter, warned"
	}
	return m.Start == 0 && e < len(toks) && toks[e].Kind == text.Word && !toks[e].Upper()
}

// near reports whether quote q stands in the same paragraph as p or in the next one.
func (a *Attributor) near(p, q Span) bool {
	si, sj := a.sentenceAt(p.End), a.sentenceAt(q.Start)
	return si >= 0 && sj >= si && sj-si <= 3
}

// before reads the speaker of a quote that opens at toks[k] from the words before it in
// its sentence: the nearest speech verb before the mark, and the name or back-reference
// right before that verb ("Rubio said:", "Rubio stressed that the goal ...").
func (a *Attributor) before(si int, toks []text.Token, k int) (Attribution, bool) {
	k = min(k, len(toks))
	if at, ok := a.speechBefore(si, toks, k); ok {
		return at, true
	}
	// "Chancellor Rachel Reeves: "...", the colon of a Q&A or a headline: a name that
	// opens the sentence (after its titles) and a colon.
	if k >= 2 && toks[k-1].Text == ":" {
		for _, m := range a.names(si) {
			if m.End == k-1 && upperRun(toks, leadingStamp(toks), m.Start) {
				return a.named(si, m, ""), true
			}
		}
	}
	return Attribution{}, false
}

// speechBefore reads the speaker from a speech verb before the quote that opens at
// toks[k].
func (a *Attributor) speechBefore(si int, toks []text.Token, k int) (Attribution, bool) {
	// "According to Isabel Schnabel, "..."".
	for j := k - 3; j >= 0; j-- {
		if strings.EqualFold(toks[j].Text, "according") && strings.EqualFold(toks[j+1].Text, "to") {
			if m, ok := a.nameAt(si, j+2); ok && m.End < k {
				return a.named(si, m, "according to"), true
			}
			break
		}
	}
	for v := k - 1; v > 0; v-- {
		speech := toks[v].Is(text.ClassSpeech) && toks[v].Kind == text.Word
		// Every word before the quote is looked at: compare without lower-casing it.
		w := toks[v].Text
		switch {
		case len(w) == 3 && strings.EqualFold(w, "put") && v+1 < len(toks) && strings.EqualFold(toks[v+1].Text, "it"):
			speech = true // "As Isabel Schnabel put it, ..."
		case len(w) == 6 && strings.EqualFold(w, "saying") && toks[v-1].Text == "as":
			// "Reed was quoted as saying", "the paper quoted Reed as saying".
			for q := v - 2; q >= 0 && q >= v-8; q-- {
				if strings.EqualFold(toks[q].Text, "quoted") {
					if m, ok := a.nameAt(si, q+1); ok && m.End <= v-1 {
						return a.named(si, m, "quoted"), true
					}
					if m, ok := a.subject(si, q); ok {
						return a.named(si, m, "quoted"), true
					}
					break
				}
			}
		}
		if !speech {
			continue
		}
		if p := &toks[v-1]; strings.HasSuffix(p.Text, "'s") || p.Text == "'s" || determiner(p.Text) && !strings.EqualFold(p.Text, "one") {
			continue // "the defense's claims", "his remarks": a noun, not the verb
		}
		switch strings.ToLower(toks[v-1].Text) {
		case "it", "this", "which":
			continue // "Modi said it promised to be "...": the thing's verb, not a speaker's
		}
		if notSaid(toks, v) {
			return Attribution{}, false
		}
		if v+1 < len(toks) && strings.EqualFold(toks[v+1].Text, "of") && !strings.EqualFold(toks[v].Text, "said") && !strings.EqualFold(toks[v].Text, "says") {
			continue // "the jury was told of": what was said about, not the words ("Mahomes said of Butker:" is his)
		}
		e := v // where the speaker's name ends
		rel := v - 1
		if rel > 0 && auxiliary(toks[rel].Text) {
			rel-- // "who has described"
		}
		if rel >= 2 && strings.EqualFold(toks[rel].Text, "who") && toks[rel-1].Text == "," {
			e = rel - 1 // "NBC's Tom Costello, who asked:"
			// "Jonathan Gullis, the former deputy chairman, who has described": the name
			// before an apposition, a guess.
			for _, m := range a.names(si) {
				if m.End < e && e-m.End <= 8 && toks[m.End].Text == "," && (m.Cue != "candidate" || len(m.Given) > 0) && !a.quoted(toks[m.Start].Start) && !strings.Contains(text.Join(toks, m.End+1, e), ",") {
					at := a.named(si, m, toks[v].Text)
					at.Unsure = at.How == "named"
					return at, true
				}
			}
		}
		for _, m := range a.names(si) {
			if m.Cue == "speech" && len(m.Given) == 0 && m.Start > 0 && determiner(toks[m.Start-1].Text) {
				continue // "the Catalan said": a description, read by ownSubject
			}
			if m.Start > 0 && toks[m.Start-1].Text == "&" {
				continue // "Johnson & Johnson said": a company, read below
			}
			if m.End == e || m.End+1 == e && toks[m.End].Kind == text.Word && !toks[m.End].Upper() && (auxiliary(toks[m.End].Text) || len(toks[m.End].Text) > 2 && strings.HasSuffix(toks[m.End].Text, "ly")) {
				if e == v && m.Start > 0 && preposition(toks[m.Start-1].Text) {
					continue // "NTSB chair on Trump remarks:": the name is no subject
				}
				return a.named(si, m, toks[v].Text), true // "Rubio said", "Rubio later said", "Rubio had said"
			}
		}
		if at, ok, done := a.ownSubject(si, toks, v); done {
			return at, ok
		}
		j := v - 1
		if j >= 0 && toks[j].Text == "," {
			j-- // "Umerov, the leader of the delegation, said": the apposition's start
		}
		// "Randy Rose said Collin called him and told him, "..."": the verb's subject is
		// the name right after an earlier speech verb, not the sentence's.
		for w := v - 1; w > 0; w-- {
			if toks[w].Kind != text.Word || !toks[w].Is(text.ClassSpeech) || toks[w].Upper() {
				continue
			}
			s := w + 1
			if s < len(toks) && strings.EqualFold(toks[s].Text, "that") {
				s++
			}
			if m, ok := a.nameAt(si, s); ok && m.Start == s && m.End < v && (m.Cue != "candidate" || len(m.Given) > 0 || a.known(a.Fold(m.Surname), si+1)) {
				// A guess: "Zelensky said Putin must pay and told reporters" is Zelensky's.
				at := a.named(si, m, toks[v].Text)
				at.Unsure = at.How == "named"
				return at, true
			}
		}
		if m, ok := a.subject(si, j); ok {
			at := a.named(si, m, toks[v].Text)
			if at.How == "named" && relayed(toks, v, k, a.names(si)) {
				at.Unsure = true // "Lee said a witness heard Hall yell, "..."": whose words?
			}
			return at, true
		}
		if at, ok := a.reference(si, v-1, toks[v].Text); ok {
			return at, true
		}
		// "Goldman Sachs said it ...", "Johnson & Johnson said": a company's name right
		// before the verb, opening the sentence or its clause (a lone capitalised word,
		// "Officials said", is no one to name).
		if b := capitalRunBack(toks, v); v-b >= 2 && (b == 0 || toks[b-1].Text == "," || toks[b-1].Text == "-") {
			if at := a.written(toks, b, v, toks[v].Text); at.How == "unnamed" {
				return at, true
			}
		}
		// "The safety Justin Reid, who had two sacks, said:": a description, then a name.
		for _, m := range a.names(si) {
			if m.End < v && (m.Cue != "candidate" || len(m.Given) > 0) && m.Start > 0 && m.Start <= 4 && determiner(toks[0].Text) && descriptionRun(toks, 1, m.Start) && !a.quoted(toks[m.Start].Start) {
				return a.named(si, m, toks[v].Text), true
			}
		}
		// "A Downing Street spokesperson said: ...": a speaker that is no name.
		if v <= 10 && determiner(toks[0].Text) {
			return Attribution{Speaker: text.Join(toks, 0, v), Verb: strings.ToLower(toks[v].Text), How: "unnamed"}, true
		}
		return Attribution{}, false
	}
	return Attribution{}, false
}

// ownSubject reads the subject that stands right before the speech verb at toks[v] when
// it is a pronoun or a description ("Asked about the apology, he said:"; "Pressed on the
// result, the Catalan said:"): that, not the capitalised word that opens the sentence
// ("Asked", "Pressed"), is who spoke. done reports whether there was such a subject; a
// description that resolves to no one named is a speaker as written, compared with no
// one.
func (a *Attributor) ownSubject(si int, toks []text.Token, v int) (at Attribution, ok, done bool) {
	p := v - 1
	if p > 0 && toks[p].Kind == text.Word && !toks[p].Upper() && len(toks[p].Text) > 3 && strings.HasSuffix(toks[p].Text, "ly") {
		p-- // "he later said"
	}
	if p >= 3 && strings.EqualFold(toks[p].Text, "to") && strings.EqualFold(toks[p-1].Text, "on") && goesOn(toks[p-2].Text) {
		p -= 3 // "the governor went on to say"
	}
	if p < 0 || toks[p].Kind != text.Word {
		return Attribution{}, false, false
	}
	if conjunction(toks[p].Text) {
		// "Reeves welcomed the decision but warned that": the verb shares the subject of
		// the clause before; "the decision" is its object.
		return Attribution{}, false, false
	}
	verb := toks[v].Text
	if isPronoun(toks[p].Text) {
		at, ok = a.reference(si, p, verb)
		return at, ok, true
	}
	// "the Catalan", "the court's president", "the 34-year-old": "the" a few words back,
	// with no comma or name in between.
	for d := p; d >= 0 && d >= p-3; d-- {
		t := &toks[d]
		if t.Kind != text.Word && t.Text != "'s" && t.Text != "-" {
			break
		}
		if !strings.EqualFold(t.Text, "the") {
			continue
		}
		if d > 0 && preposition(toks[d-1].Text) {
			// "Alpesh Paleja of the CBI said": the description belongs to the name before.
			return Attribution{}, false, false
		}
		for _, m := range a.names(si) {
			if m.Start > d && m.Start <= p && (m.Cue != "candidate" && m.Cue != "speech" || len(m.Given) > 0) {
				return Attribution{}, false, false // "the minister Ana Ruiz said": a name
			}
		}
		if at, ok := a.reference(si, d, verb); ok {
			return at, true, true
		}
		return a.described(si, toks, d, p+1, verb), true, true
	}
	return Attribution{}, false, false
}

// auxiliary reports whether w may stand between a speaker's name and the speech verb
// ("Donnelly had said", "Reeves also said").
func auxiliary(w string) bool {
	switch strings.ToLower(w) {
	case "had", "has", "have", "would", "will", "also", "then", "again", "once":
		return true
	}
	return false
}

// described resolves a description that stands for the speaker ("the 28-year-old said",
// "said the Palace manager", "the Spaniard said"), toks[d:end] from its "the": the person
// the article gave that age in apposition ("Dean Henderson, 28,"); or else, a guess, the
// named subject of the sentence before (sports and court copy vary the way they name the
// person they have just named); or else the description as written, compared with no one.
func (a *Attributor) described(si int, toks []text.Token, d, end int, verb string) Attribution {
	verb = strings.ToLower(verb)
	if age, ok := ageOf(text.Join(toks, d+1, end)); ok {
		a.peopleTo(si)
		for i := len(a.people) - 1; i >= 0; i-- {
			n := &a.people[i]
			pt := a.Sents[n.Sentence].Toks
			if n.Sentence > si || n.End+1 >= len(pt) || pt[n.End].Text != "," || pt[n.End+1].Text != age {
				continue
			}
			return Attribution{Speaker: a.fullest(n.Key, si+1, nameText(pt, n.Start, n.End)), Key: n.Key, Verb: verb, How: "title"}
		}
	}
	if head := &toks[end-1]; si > 0 && (!head.Upper() || head.Is(text.ClassTitle)) {
		// A description with a capitalised head is a name ("The National Weather Service"),
		// a nationality ("the Spaniard"): no guess.
		prev := a.Sents[si-1].Toks
		if m, ok := a.subject(si-1, len(prev)-1); ok && !a.quoted(prev[m.Start].Start) && (m.Cue != "candidate" || len(m.Given) > 0 || a.known(a.Fold(m.Surname), si)) {
			at := a.named(si-1, m, verb)
			if at.How == "named" {
				at.How, at.Unsure = "title", true
				return at
			}
		}
	}
	return Attribution{Speaker: text.Join(toks, d, end), Verb: verb, How: "unnamed"}
}

// ageOf reads "28-year-old" as "28".
func ageOf(s string) (string, bool) {
	n, ok := strings.CutSuffix(s, "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return "", false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return "", false
		}
	}
	return n, true
}

// orgPhrase reports whether the name m, with no given name, ends the name of an
// organisation: capitalised words joined by "of", "for", "the", "and", "'s", at least one
// of them an organisation word ("Office", "District", "Ministry"), right before it. start
// is where that name begins.
func orgPhrase(toks []text.Token, m names.Mention) (start int, ok bool) {
	if len(m.Given) > 0 {
		return 0, false
	}
	start = m.Start
	org := false
	for start > 0 {
		t := &toks[start-1]
		switch {
		case t.Kind == text.Word && t.Upper():
			org = org || t.Is(text.ClassOrg)
		case t.Text == "'s" || t.Text == "." && !t.Space:
		case (t.Text == "of" || t.Text == "for" || t.Text == "the" || t.Text == "and") && start >= 2 && toks[start-2].Kind == text.Word && (toks[start-2].Upper() || toks[start-2].Text == "of" || toks[start-2].Text == "for"):
		default:
			return start, org
		}
		start--
	}
	return start, org
}

// possessiveName reports whether the name m ends in a possessive ("Durham's").
func possessiveName(toks []text.Token, m names.Mention) bool {
	e := m.End - 1
	return strings.HasSuffix(toks[e].Text, "'s") || m.End < len(toks) && toks[m.End].Text == "'s"
}

// possessiveRole reads an attribution after a quote, at toks[k], that names someone's
// relative or agent ("Durham's attorney, Gabi Silver, said", "said Collin's father,
// Randy", "Durham's lawyer said"): the person in apposition when there is one, else the
// description as written, compared with no one. It is never the possessor.
func (a *Attributor) possessiveRole(si int, toks []text.Token, k int) (Attribution, bool) {
	verb := ""
	p := k
	if p < len(toks) && toks[p].Kind == text.Word && toks[p].Is(text.ClassSpeech) {
		verb, p = toks[p].Text, p+1
	}
	m, ok := a.nameAt(si, p)
	if !ok || m.Start != p || !possessiveName(toks, m) {
		return Attribution{}, false
	}
	// The role: words up to a comma or a speech verb.
	j := m.End
	if j < len(toks) && toks[j].Text == "'s" {
		j++
	}
	for j < len(toks) && j <= m.End+4 && toks[j].Kind == text.Word && !toks[j].Is(text.ClassSpeech) {
		j++
	}
	if j == m.End || j >= len(toks) {
		return Attribution{}, false
	}
	if toks[j].Text == "," {
		if n, ok := a.nameAt(si, j+1); ok && n.Start == j+1 {
			if v := verbAfter(toks, n.End); verb != "" || v > 0 {
				if verb == "" {
					verb = toks[v].Text
				}
				return a.named(si, n, verb), true
			}
		}
	}
	if verb == "" && toks[j].Kind == text.Word && toks[j].Is(text.ClassSpeech) {
		verb = toks[j].Text
	}
	if verb == "" {
		return Attribution{}, false
	}
	return Attribution{Speaker: text.Join(toks, p, j), Verb: strings.ToLower(verb), How: "unnamed"}, true
}

// relayed reports whether the words between a speech verb at toks[v] and a quote opening
// at toks[k] name someone followed by a verb ("said a witness heard Hall yell, "...""):
// the quote may be that person's words, relayed.
func relayed(toks []text.Token, v, k int, ms []names.Mention) bool {
	for _, m := range ms {
		if m.Start > v && m.End < k && toks[m.End].Kind == text.Word && !toks[m.End].Upper() && !stopWord(toks[m.End].Text) {
			return true
		}
	}
	return false
}

// goesOn reports whether w is a form of "go" in "went on to say".
func goesOn(w string) bool {
	switch strings.ToLower(w) {
	case "went", "goes", "go", "going", "gone":
		return true
	}
	return false
}

// conjunction reports whether w joins two verbs of one subject ("welcomed ... but warned").
func conjunction(w string) bool {
	switch strings.ToLower(w) {
	case "and", "but", "or", "yet", "then":
		return true
	}
	return false
}

// preposition reports whether w is a preposition that attaches a description to the words
// before it ("Paleja of the CBI", "a spokesperson for the agency").
func preposition(w string) bool {
	switch strings.ToLower(w) {
	case "of", "at", "for", "from", "with", "in", "on", "to", "by":
		return true
	}
	return false
}

// phraseStart returns where the noun phrase that ends in the name starting at toks[start]
// begins: back over its titles ("Lady Hale", "Foreign Minister Ana Ruiz") and the
// capitalised words of the organisation before them ("American Airlines CEO Robert
// Isom", "D.C. Fire and EMS Chief John Donnelly"), or over an organisation's possessive
// ("NBC's Tom Costello"). Capitalised words with no title after them are no part of it
// ("Leaders Voice Optimism" in a headline run into the text).
func phraseStart(toks []text.Token, start int) int {
	titled := start
	for titled > 0 && (toks[titled-1].Kind == text.Word && toks[titled-1].Is(text.ClassTitle) ||
		toks[titled-1].Text == "." && !toks[titled-1].Space && titled >= 2 && toks[titled-2].Is(text.ClassTitle)) {
		titled-- // "Foreign Minister", "Dr." and "Prof."
	}
	if titled == start {
		if start >= 2 && toks[start-1].Text == "'s" && toks[start-2].Kind == text.Word && toks[start-2].Upper() {
			return start - 2
		}
		return start
	}
	start = titled
	for start > 0 {
		t := &toks[start-1]
		switch {
		case t.Kind == text.Word && (t.Is(text.ClassTitle) || t.Upper()):
		case !t.Space && t.Text == "." && start >= 2 && toks[start-2].Kind == text.Word && toks[start-2].Upper():
			// "D.C."
		case t.Text == "'s" && start >= 2 && toks[start-2].Kind == text.Word && toks[start-2].Upper():
		case (t.Text == "and" || t.Text == "&" || t.Text == "of") && start >= 2 && toks[start-2].Upper() && toks[start].Upper():
		default:
			return start
		}
		start--
	}
	return start
}

// subject returns the subject of sentence si before toks[j] when it is a name: the name
// that opens the sentence, or its clause after an introductory phrase ("Reading out the
// judgment, Lady Hale said"). A capitalised word with no evidence of being a name
// ("Reading") gives way to a name that has some.
func (a *Attributor) subject(si, j int) (names.Mention, bool) {
	toks := a.Sents[si].Toks
	// A semicolon or a colon before toks[j] starts the verb's clause: "Wichita grieves;
	// airline CEO says" is not Wichita's.
	clause := 0
	for k := min(j, len(toks)-1); k > 0; k-- {
		if t := toks[k].Text; t == ";" || t == ":" {
			clause = k + 1
			break
		}
	}
	var bare names.Mention
	found := false
	for _, m := range a.names(si) {
		if m.End > j+1 {
			break // toks[j] may end the name: "..., the court's president, Joan Donoghue, said"
		}
		if m.Start < clause || m.End < len(toks) && toks[m.End].Text == "&" || m.Start > 0 && toks[m.Start-1].Text == "&" {
			continue // "Johnson & Johnson": a company
		}
		start := phraseStart(toks, m.Start)
		if start != 0 && toks[start-1].Text != "," && toks[start-1].Text != "-" && toks[start-1].Text != ":" {
			// "-": a dateline's ("WASHINGTON, Jan. 30 - American Airlines CEO Robert Isom");
			// ":" a live blog's time ("19:55 BST: Oliver Glasner speaking to ...").
			continue
		}
		if e := m.End - 1; strings.HasSuffix(toks[e].Text, "'s") || m.End < len(toks) && toks[m.End].Text == "'s" {
			// "Schnabel's spokesman said": not Schnabel; "Bailey's deputy, Sarah
			// Breeden, said": the name in apposition.
			continue
		}
		if m.Cue != "candidate" || len(m.Given) > 0 {
			return m, true
		}
		if !found && start == 0 {
			bare, found = m, true
		}
	}
	return bare, found
}

// notSaid reports whether the speech verb at toks[v] does not make its subject the
// speaker of the quote after it: a passive ("Reed was told: ..."), a denial ("Reed denied
// saying ..."), or a negation ("Reed never said ...").
func notSaid(toks []text.Token, v int) bool {
	var buf [32]byte // lower-cased in place: no string per word
	switch string(text.LowerASCII(&buf, toks[v].Text)) {
	case "denied", "denies", "deny":
		return true
	}
	for j := v - 1; j >= 0 && j >= v-2; j-- {
		switch string(text.LowerASCII(&buf, toks[j].Text)) {
		case "was", "were", "been", "being", "is", "are", "be", "never", "not", "n't", "didn't", "did":
			return true
		}
	}
	return false
}

// nameAt returns the name that starts at toks[k] (a title before it is allowed: "said
// Secretary of State Marco Rubio"; so are the dots of "U.N." and the particle of
// "al-Jaber"). A capitalised word with no evidence of being a name right after "the" is
// none ("the Southampton manager"). A name followed by a particle and another name is one
// name, keyed by the last ("Sultan al-Jaber").
func (a *Attributor) nameAt(si, k int) (names.Mention, bool) {
	// A name with evidence first ("said Tottenham manager Ange Postecoglou": not
	// "Tottenham"), then a capitalised word with none.
	if m, ok := a.nameIn(si, k, true); ok {
		return m, true
	}
	return a.nameIn(si, k, false)
}

// nameIn is nameAt for names with evidence (strong) or any.
func (a *Attributor) nameIn(si, k int, strong bool) (names.Mention, bool) {
	toks := a.Sents[si].Toks
	ms := a.names(si)
	described := -1 // the name after a capitalised word and its description, taken as is
	for i, m := range ms {
		if strong && m.Cue == "candidate" && len(m.Given) == 0 {
			continue
		}
		if m.Start < k || m.Start > k+8 {
			continue
		}
		ok, lower := true, 0
		for j := k; j < m.Start; j++ {
			t := &toks[j]
			switch {
			case t.Kind == text.Word && (t.Upper() || t.Is(text.ClassTitle) || strings.EqualFold(t.Text, "of") || strings.EqualFold(t.Text, "the") || isParticle(t.Text)):
			case !t.Space && (t.Text == "." || t.Text == "-"):
			case (t.Text == "and" || t.Text == "&") && j > k && toks[j-1].Is(text.ClassTitle) && j+1 < m.Start && toks[j+1].Is(text.ClassTitle):
				// "chairman and CEO John Wang"
			case t.Kind == text.Word && !stopWord(t.Text):
				lower++ // "government spokesman Tom Reed", "drummer Pete Doyle"
			default:
				ok = false
			}
		}
		if !ok || lower > 0 && (lower > 3 || m.Cue == "candidate" && len(m.Given) == 0) && i != described {
			continue
		}
		if m.Cue == "speech" && len(m.Given) == 0 && m.Start > 0 && determiner(toks[m.Start-1].Text) {
			continue // "the Chilean said": a description, whatever the verb after it
		}
		if m.Cue == "candidate" && len(m.Given) == 0 {
			if m.Start > 0 && strings.EqualFold(toks[m.Start-1].Text, "the") {
				continue
			}
			// "High Representative Ingrid Solberg": a capitalised word with no evidence
			// before a name that has some is part of a title.
			if i+1 < len(ms) && ms[i+1].Start <= m.End+2 && (ms[i+1].Cue != "candidate" || len(ms[i+1].Given) > 0) && upperRun(toks, m.End, ms[i+1].Start) {
				continue
			}
			// "said Acer chairman J.T. Wang", "said Microsoft founder Bill Gates": a
			// capitalised word, a title or a lower-case description, then a name: the
			// word says what the person heads; the name is the speaker.
			if i+1 < len(ms) && ms[i+1].Start > m.End && ms[i+1].Start <= m.End+6 && descriptionRun(toks, m.End, ms[i+1].Start) {
				described = i + 1
				continue
			}
		}
		// "Sultan al-Jaber": the particle and the name after it.
		if e := m.End; e+2 < len(toks) && isParticle(toks[e].Text) && i+1 < len(ms) {
			n := ms[i+1]
			if j := e + 1; toks[j].Text == "-" && !toks[j].Space && n.Start == j+1 || n.Start == e+1 {
				m.End, m.Surname = n.End, n.Surname
			}
		}
		// "said John Major.": a title word after a given name ends the name.
		if e := m.End; e < len(toks) && toks[e].Kind == text.Word && toks[e].Upper() && toks[e].Is(text.ClassTitle) &&
			(e+1 == len(toks) || toks[e+1].Kind != text.Word) {
			m.End, m.Surname = e+1, toks[e].Text
		}
		return m, true
	}
	return names.Mention{}, false
}

func (a *Attributor) named(si int, m names.Mention, verb string) Attribution {
	toks := a.Sents[si].Toks
	if e := m.End; len(m.Given) == 0 && e < len(toks) && toks[e].Kind == text.Word && toks[e].Upper() && toks[e].Is(text.ClassOrg) {
		// "Acer Inc. said": an organisation, recorded as written and compared with no one.
		e++
		if e < len(toks) && toks[e].Text == "." && !toks[e].Space {
			e++
		}
		return Attribution{Speaker: text.Join(toks, m.Start, e), Verb: strings.ToLower(verb), How: "unnamed"}
	}
	if start, ok := orgPhrase(toks, m); ok {
		// "The U.S. Attorney's Office for the Southern District of New York said": the
		// office, not a person named York.
		return Attribution{Speaker: text.Join(toks, start, m.End), Verb: strings.ToLower(verb), How: "unnamed"}
	}
	if len(m.Given) == 0 && m.End-m.Start == 1 && a.company(m.Surname) {
		// "Acer said in a statement" where the article writes "Acer Inc": the company.
		return Attribution{Speaker: text.Join(toks, m.Start, m.End), Verb: strings.ToLower(verb), How: "unnamed"}
	}
	at := Attribution{Speaker: nameText(toks, m.Start, m.End), Key: a.Fold(withoutSuffix(m.Surname)), Verb: strings.ToLower(verb), How: "named"}
	if len(m.Given) > 0 {
		at.Given = a.Fold(m.Given[0])
	} else if full, key, given, ok := a.fuller(m.Surname); ok {
		// "Tedros said" where the article names Tedros Adhanom Ghebreyesus: his.
		at.Speaker, at.Key, at.Given = full, key, given
	}
	return at
}

// reference resolves a pronoun or a definite title at toks[k] ("he wrote", "the
// president said"), or ends at toks[k] when end is set (the word before a verb), to the
// person the article named before it.
func (a *Attributor) reference(si, k int, verb string) (Attribution, bool) {
	toks := a.Sents[si].Toks
	if k < 0 || k >= len(toks) {
		return Attribution{}, false
	}
	// The reference starts at a pronoun or at "the": find it at or just before k.
	start := k
	for start > 0 && k-start < 3 && !isPronoun(toks[start].Text) && !strings.EqualFold(toks[start].Text, "the") {
		start--
	}
	if !isPronoun(toks[start].Text) && !strings.EqualFold(toks[start].Text, "the") {
		return Attribution{}, false
	}
	if verb == "" {
		// After a quote: "he wrote", "the president said".
		end := start + 1
		for end < len(toks) && end-start < 4 && !toks[end].Is(text.ClassSpeech) {
			end++
		}
		if end >= len(toks) || !toks[end].Is(text.ClassSpeech) {
			return Attribution{}, false
		}
		verb = toks[end].Text
	}
	a.peopleTo(si)
	if !a.tokSet {
		a.toks = slices.Grow(a.toks[:0], len(a.Sents))[:len(a.Sents)]
		for i := range a.Sents {
			a.toks[i] = a.Sents[i].Toks
		}
		a.tokSet = true
	}
	if strings.EqualFold(a.Sents[si].Toks[start].Text, "the") {
		a.titles(si)
	}
	r, ok := coref.ResolveAt(a.toks, a.people, si, start)
	if !ok {
		return Attribution{}, false
	}
	how := "pronoun"
	if r.Form == "title" {
		how = "title"
	}
	n := a.people[r.To]
	name := a.fullest(n.Key, si, nameText(a.Sents[n.Sentence].Toks, n.Start, n.End))
	at := Attribution{Speaker: name, Key: n.Key, Verb: strings.ToLower(verb), How: how, Unsure: r.Unsure}
	if how == "pronoun" && a.otherNamed(si, n.Key, toks[start].Text) && !a.namedSince(n.Key, si) {
		// Someone else was named in the two sentences before: the pronoun may be theirs
		// ("Arteta criticised the referee. Maresca praised his side. "...," he said").
		at.Unsure = true
	}
	if how == "pronoun" && n.Sentence < si && si > 0 {
		// "Gina Miller, the businesswoman who brought the case, spoke outside the court.
		// "...," she said": the subject of the sentence before, rather than anyone named
		// further back or inside its clauses.
		prev := a.Sents[si-1].Toks
		if m, ok := a.subject(si-1, len(prev)); ok && !a.quoted(prev[m.Start].Start) && a.fits(toks[start].Text, prev, m) {
			key := a.Fold(m.Surname)
			switch {
			case key == n.Key:
				// The person the sentence before is about: sure, unless someone else was
				// named just before ("Arteta criticised the referee. Maresca praised his
				// side. "...," he said").
				at.Unsure = a.otherNamed(si, key, toks[start].Text)
			case !r.Unsure && !(n.Sentence == si-1 && a.fits(toks[start].Text, prev, m) && n.Start > m.End):
				// The resolver is sure (a gender from "Ms", a single candidate), and not of
				// someone the sentence before names after its subject ("Lula congratulated
				// Modi. "...," he said": Lula, whom no gender rules out).
			case m.Cue == "candidate" && len(m.Given) == 0 && !a.known(key, si):
				// "Lula, speaking through an interpreter, warned ...": a bare name the
				// article gives in full elsewhere.
				if full, k, g, ok := a.fuller(m.Surname); ok && k != n.Key {
					at.Speaker, at.Key, at.Given, at.Unsure = full, k, g, true
				}
			default:
				at.Speaker, at.Key = a.fullest(key, si, nameText(prev, m.Start, m.End)), key
				// Still a guess, unless the other person is named inside the subject's
				// apposition ("Jackson, in charge since Sean Dyche was sacked, refused").
				at.Unsure = !(n.Sentence == si-1 && inApposition(prev, m.End, n.Start, n.End))
			}
		} else if !ok && len(prev) > 1 && strings.EqualFold(prev[0].Text, "the") {
			// "The judge rejected the argument. "...," he said": the person the sentence
			// before's definite title stands for, a guess.
			a.titles(si - 1)
			if t, ok := coref.ResolveAt(a.toks, a.people, si-1, 0); ok && t.Form == "title" {
				if p := a.people[t.To]; p.Key != n.Key && coref.Fits(toks[start].Text, &p) {
					at.Speaker = a.fullest(p.Key, si, nameText(a.Sents[p.Sentence].Toks, p.Start, p.End))
					at.Key, at.Unsure = p.Key, true
				}
			}
		}
	}
	return at, true
}

// fits reports whether a pronoun may stand for the name m of toks: its given name and any
// honorific before it say no other gender ("he" is not Barbara Fried).
func (a *Attributor) fits(pronoun string, toks []text.Token, m names.Mention) bool {
	n := coref.Named{}
	if m.Start > 0 && toks[m.Start-1].Is(text.ClassTitle) {
		n.Honorific = toks[m.Start-1].Text
	}
	if len(m.Given) > 0 {
		n.Gender = coref.GenderOf(&toks[m.Start])
	}
	return coref.Fits(pronoun, &n)
}

// otherNamed reports whether someone other than key whom the pronoun may stand for
// (gender from honorifics) is named, outside quotes, in the two sentences before sentence
// si.
func (a *Attributor) otherNamed(si int, key, pronoun string) bool {
	for i := range a.people {
		if n := &a.people[i]; n.Sentence >= si-2 && n.Sentence < si && n.Key != key && coref.Fits(pronoun, n) {
			return true
		}
	}
	return false
}

// namedSince reports whether key is named in sentence si itself, before the pronoun's
// quote: then it is the nearest, and the sentences before do not matter.
func (a *Attributor) namedSince(key string, si int) bool {
	for i := range a.people {
		if n := &a.people[i]; n.Sentence == si && n.Key == key {
			return true
		}
	}
	return false
}

// fullest returns the fullest way the article writes the person of surname key before
// sentence si ("Rustem Umerov" rather than "Umerov"), or name.
func (a *Attributor) fullest(key string, si int, name string) string {
	best, width := -1, len(name)
	for i := range a.people {
		n := &a.people[i]
		if n.Sentence < si && n.Key == key {
			toks := a.Sents[n.Sentence].Toks
			if w := toks[n.End-1].End - toks[n.Start].Start; w > width {
				best, width = i, w
			}
		}
	}
	if best < 0 {
		return name
	}
	n := &a.people[best]
	return nameText(a.Sents[n.Sentence].Toks, n.Start, n.End)
}

// withoutSuffix returns a surname without its generational suffix ("Bissen Jr."): a
// speaker's key, as news copy often leaves the suffix out ("Mayor Richard Bissen"). Father
// and son of one name are thus one speaker to the quote rules (the name rules keep them
// apart).
func withoutSuffix(surname string) string {
	if i := strings.LastIndexByte(surname, ' '); i > 0 && names.IsSuffix(strings.TrimSuffix(surname[i+1:], ".")) {
		return surname[:i]
	}
	return surname
}

// fuller finds the one person the article names in full with word among their given
// names ("Tedros" of "Tedros Adhanom Ghebreyesus", "Lula" of "Luiz Inacio Lula da Silva",
// "Jensen" of "Jensen Huang" in a profile that calls him by his first name): their full
// name, folded surname and first given name. A word that is also the surname of someone
// the article names ("Chris Paul" and "John Paul Jones") is no one's in particular. Each
// word's answer is remembered for the article.
func (a *Attributor) fuller(word string) (full, key, given string, ok bool) {
	if f, seen := a.fullNames[word]; seen {
		return f.full, f.key, f.given, f.key != ""
	}
	var f fullName
	ms := a.Mentions()
	for si := range a.Sents {
		toks := a.Sents[si].Toks
		for _, m := range ms[si] {
			if len(m.Given) == 0 {
				continue // "Tedros said": the word itself
			}
			if strings.EqualFold(m.Surname, word) {
				f = fullName{ambiguous: true} // someone's surname
				break
			}
			if !slices.ContainsFunc(m.Given, func(g string) bool { return strings.EqualFold(g, word) }) || a.quoted(toks[m.Start].Start) {
				continue
			}
			k := a.Fold(withoutSuffix(m.Surname))
			if f.key != "" && f.key != k {
				f = fullName{ambiguous: true} // two people of that given name
				break
			}
			f = fullName{full: nameText(toks, m.Start, m.End), key: k, given: a.Fold(m.Given[0])}
		}
		if f.ambiguous {
			break
		}
	}
	if f.ambiguous || utf8.RuneCountInString(strings.TrimSuffix(word, ".")) < 2 {
		f = fullName{}
	}
	if a.fullNames == nil {
		a.fullNames = map[string]fullName{}
	}
	a.fullNames[word] = f
	return f.full, f.key, f.given, f.key != ""
}

// nameText is a name as written, without a possessive ending ("Andrew Bailey's").
func nameText(toks []text.Token, start, end int) string {
	s := text.Join(toks, start, end)
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "\u2019s")
}

// inApposition reports whether toks[start:end] lies in a clause set off by commas right
// after a subject that ends at toks[subjectEnd].
func inApposition(toks []text.Token, subjectEnd, start, end int) bool {
	if subjectEnd >= len(toks) || toks[subjectEnd].Text != "," || start <= subjectEnd {
		return false
	}
	for c := subjectEnd + 1; c < start; c++ {
		if toks[c].Text == "," {
			return false
		}
	}
	for c := end; c < len(toks); c++ {
		if toks[c].Text == "," {
			return true
		}
	}
	return false
}

// known reports whether the article names a person with surname key, with evidence,
// before sentence si.
func (a *Attributor) known(key string, si int) bool {
	first, ok := a.firstNamed[key]
	return ok && first < si
}

func isPronoun(w string) bool {
	return strings.EqualFold(w, "he") || strings.EqualFold(w, "she")
}

// titleBefore returns the title word of an apposition that stands before a name, set off
// by a comma ("Turkey's minister for European Union affairs, Omer Celik"), or "".
func titleBefore(toks []text.Token, start int) string {
	if start < 2 || toks[start-1].Text != "," {
		return ""
	}
	for j := start - 2; j >= 0 && j >= start-9; j-- {
		t := &toks[j]
		if t.Text == "," || t.Kind == text.Word && t.Is(text.ClassSpeech) {
			return ""
		}
		if t.Kind == text.Word && !t.Upper() && t.Is(text.ClassTitle) {
			return t.Text
		}
	}
	return ""
}

// leadingStamp returns where a sentence starts after a time stamp ("14:05 Chancellor
// Rachel Reeves: ..." in a live blog).
func leadingStamp(toks []text.Token) int {
	i := 0
	for i < len(toks) && i < 4 && (toks[i].Kind == text.Number || toks[i].Text == ":" || toks[i].Text == ".") {
		i++
	}
	return i
}

// upperRun reports whether toks[a:b] are all capitalised words.
// descriptionRun reports whether toks[a:b] open with the words of a description before
// a name: title words and lower-case words ("chairman", "founder", "chairman and CEO"),
// not function words, then perhaps the first words of the name the reader left out
// ("J.T." of "J.T. Wang", "Bill" of "Bill Gates").
func descriptionRun(toks []text.Token, a, b int) bool {
	described := false
	for j := a; j < b; j++ {
		t := &toks[j]
		switch {
		case t.Kind == text.Word && t.Is(text.ClassTitle):
			described = true
		case t.Kind == text.Word && !t.Upper() && !stopWord(t.Text) && !t.Is(text.ClassSpeech):
			described = true
		case (t.Text == "and" || t.Text == "&") && described && j+1 < b:
		case described && t.Kind == text.Word && t.Upper():
		case described && !t.Space && t.Text == ".":
		default:
			return false
		}
	}
	return described
}

func upperRun(toks []text.Token, a, b int) bool {
	for j := a; j < b; j++ {
		if toks[j].Kind != text.Word || !toks[j].Upper() {
			return false
		}
	}
	return true
}
