package quotes

import (
	"sort"
	"strings"

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
	// Verb is the speech verb ("wrote", "said").
	Verb string
	// How says how the speaker was found: "named" (a name with the verb), "pronoun" and
	// "title" (a back-reference: "he wrote", "the president said"), "continued" (the
	// quote carries on one credited before it), "" for none.
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
	toks   [][]text.Token
	spans  []Span
}

// Attribute returns the attribution of each quote of spans, in order. When need is not
// nil, only the quotes it marks (and those they may continue) are attributed: a reader
// that keeps no characterisations does not look for their speakers. need is changed.
func (a *Attributor) Attribute(spans []Span, need []bool) []Attribution {
	out := make([]Attribution, len(spans))
	a.spans = spans
	if need != nil {
		// A quote that may continue the one before it takes that one's speaker.
		for i := len(spans) - 1; i > 0; i-- {
			if need[i] && (spans[i].Continues || spans[i].Opens) {
				need[i-1] = true
			}
		}
	}
	for i, q := range spans {
		if need != nil && !need[i] {
			continue
		}
		at := a.around(q)
		if at.How == "" && (q.Continues || q.Opens) && i > 0 && out[i-1].How != "" {
			at = out[i-1]
			at.How = "continued"
		}
		out[i] = at
	}
	return out
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
			if m.Cue == "candidate" && len(m.Given) == 0 || a.quoted(a.Sents[i].Toks[m.Start].Start) {
				continue // a capitalised word with no evidence, or a name inside a quote
			}
			n := coref.Named{Sentence: i, Start: m.Start, End: m.End, Key: a.Fold(m.Surname)}
			if toks := a.Sents[i].Toks; m.Start > 0 && toks[m.Start-1].Is(text.ClassTitle) {
				n.Honorific = toks[m.Start-1].Text // "Mrs Ruiz": her gender
			}
			a.people = append(a.people, n)
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
		for k < len(toks) && (toks[k].Text == "," || toks[k].Text == `"` || toks[k].Text == "'" || toks[k].Text == "-") {
			k++
		}
		if at, ok := a.after(si, toks, k); ok {
			return at
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
	if toks[k].Is(text.ClassSpeech) { // "said Rubio", "said the president"
		if m, ok := a.nameAt(si, k+1); ok {
			return a.named(si, m, toks[k].Text), true
		}
		if at, ok := a.reference(si, k+1, toks[k].Text); ok {
			return at, true
		}
		return Attribution{}, false
	}
	if m, ok := a.nameAt(si, k); ok && m.End < len(toks) && toks[m.End].Is(text.ClassSpeech) {
		return a.named(si, m, toks[m.End].Text), true
	}
	if at, ok := a.reference(si, k, ""); ok {
		return at, true
	}
	return Attribution{}, false
}

// before reads the speaker of a quote that opens at toks[k] from the words before it in
// its sentence: the nearest speech verb before the mark, and the name or back-reference
// right before that verb ("Rubio said:", "Rubio stressed that the goal ...").
func (a *Attributor) before(si int, toks []text.Token, k int) (Attribution, bool) {
	for v := min(k, len(toks)) - 1; v > 0; v-- {
		if !toks[v].Is(text.ClassSpeech) || toks[v].Kind != text.Word {
			continue
		}
		for _, m := range a.names(si) {
			if m.End == v || m.End+1 == v && toks[m.End].Kind == text.Word && !toks[m.End].Upper() && len(toks[m.End].Text) > 2 && strings.HasSuffix(toks[m.End].Text, "ly") {
				return a.named(si, m, toks[v].Text), true // "Rubio said", "Rubio later said"
			}
		}
		j := v - 1
		if j >= 0 && toks[j].Text == "," {
			j-- // "Umerov, the leader of the delegation, said": the apposition's start
		}
		for _, m := range a.names(si) {
			if m.End <= j && m.Start == 0 {
				return a.named(si, m, toks[v].Text), true // the sentence's subject
			}
		}
		return a.reference(si, v-1, toks[v].Text)
	}
	return Attribution{}, false
}

// nameAt returns the name that starts at toks[k] (a title before it is allowed: "said
// Secretary of State Marco Rubio").
func (a *Attributor) nameAt(si, k int) (names.Mention, bool) {
	for _, m := range a.names(si) {
		if m.Start >= k && m.Start <= k+6 {
			ok := true
			for j := k; j < m.Start; j++ {
				t := a.Sents[si].Toks[j]
				if t.Kind != text.Word || !(t.Upper() || t.Is(text.ClassTitle) || strings.EqualFold(t.Text, "of") || strings.EqualFold(t.Text, "the")) {
					ok = false
				}
			}
			if ok {
				return m, true
			}
		}
	}
	return names.Mention{}, false
}

func (a *Attributor) named(si int, m names.Mention, verb string) Attribution {
	toks := a.Sents[si].Toks
	return Attribution{Speaker: text.Join(toks, m.Start, m.End), Key: a.Fold(m.Surname), Verb: strings.ToLower(verb), How: "named"}
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
	if a.toks == nil {
		a.toks = make([][]text.Token, len(a.Sents))
		for i := range a.Sents {
			a.toks[i] = a.Sents[i].Toks
		}
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
	name := text.Join(a.Sents[n.Sentence].Toks, n.Start, n.End)
	return Attribution{Speaker: name, Key: n.Key, Verb: strings.ToLower(verb), How: how, Unsure: r.Unsure}, true
}

func isPronoun(w string) bool {
	return strings.EqualFold(w, "he") || strings.EqualFold(w, "she")
}
