package quantity

import (
	"math"
	"strings"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/dates"
	"factcheck/checker/numbers"
	"factcheck/checker/pass"
	"factcheck/checker/text"
)

// reading is one count read from a sentence, before it becomes a claim.
type reading struct {
	start, end  int // token range of the claim text
	lo, hi      float64
	hedge       *hedge
	hedgeText   string
	unit        string // singular
	unitText    string // as written, for display
	owner       string // group name of the owner noun
	qualifier   string
	predicate   string
	stage       string
	scope       string
	period      string
	distinct    bool
	attribution bool
	event       string
	year        int
	listed      bool
	after       int // first token after the count, its unit and its owner or predicate
}

// extract reads the counts of one sentence, appending to out (a buffer the caller reuses).
func (o *options) extract(s *article.Sentence, out []reading) []reading {
	toks := s.Toks
	var memo windowMemo // the sentence's year and period, for the counts that see all of it
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != text.Number && !toks[i].Is(text.ClassNumber) && !isDigitWord(toks[i]) {
			continue
		}
		num, n := numbers.Read(toks, i)
		if n == 0 {
			continue
		}
		r, ok := o.read(toks, i, n, num, &memo)
		if ok {
			if len(out) > 0 && !r.attribution && !out[len(out)-1].attribution && coordinated(toks, out[len(out)-1].end, r.start) {
				// "three goalkeepers, nine defenders and ...": one whole, listed.
				prev := &out[len(out)-1]
				if r.owner == "" && r.predicate == "" {
					r.owner, r.qualifier, r.stage, r.scope = prev.owner, prev.qualifier, prev.stage, prev.scope
					if prev.predicate != "" && r.unit == prev.unit {
						r.predicate = prev.predicate
					}
				}
				prev.listed, r.listed = true, true
			}
			out = append(out, r)
			// "cut from 28 points to 19": the second number counts the same thing.
			if k := r.end; k+1 < len(toks) && strings.EqualFold(toks[k].Text, "to") {
				if num2, n2 := numbers.Read(toks, k+1); n2 > 0 && r.hedgeText == "" && precededBy(toks, i, "from") {
					r2 := r
					r2.start, r2.end = k+1, k+1+n2
					r2.lo, r2.hi, r2.hedge = num2.Lo, num2.Hi, nil
					r2.stage = o.lastStage()
					if r.stage == "" {
						out[len(out)-1].stage = o.firstStage()
					}
					if r2.end < len(toks) && singular(strings.ToLower(toks[r2.end].Text)) == r.unit {
						r2.end++
					}
					out = append(out, r2)
					i = r2.end - 1
					continue
				}
			}
		}
		i += n - 1
	}
	return out
}

// coordinated reports whether only commas and "and"/"or" stand between two counts.
func coordinated(toks []text.Token, from, to int) bool {
	if from > to || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if w := strings.ToLower(toks[k].Text); w != "," && w != "and" && w != "or" {
			return false
		}
	}
	return true
}

// currencySymbols name the currency of an amount written after them.
var currencySymbols = map[string]string{"$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₴": "hryvnia", "₽": "rouble", "₹": "rupee"}

// currencyBefore returns the currency of a symbol right before toks[i] ("$1.5 million"), or
// "". "US$" and "A$" count as dollars.
func currencyBefore(toks []text.Token, i int) string {
	if i == 0 || toks[i].Space {
		return ""
	}
	return currencySymbols[toks[i-1].Text]
}

// currencyWords are currencies written as words after an amount.
var currencyWords = map[string]string{
	"dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro", "pound": "pound",
	"pounds": "pound", "yen": "yen", "yuan": "yuan", "rouble": "rouble", "roubles": "rouble",
	"ruble": "rouble", "rubles": "rouble", "hryvnia": "hryvnia", "hryvnias": "hryvnia",
	"rupee": "rupee", "rupees": "rupee", "franc": "franc", "francs": "franc",
}

// amountOf reads an amount written with a currency word ("50 million euros", "a 50 million
// euro aid package"); after is the token after the currency word.
func (o *options) amountOf(toks []text.Token, i, after int, r reading, currency string, memo *windowMemo) (reading, bool) {
	r.end = after
	r.unit, r.unitText = currency, currency
	return o.amountOwner(toks, i, after, r, memo)
}

// readAmount reads an amount of money: "$1.5 million aid package" (the amount of the
// package), "the package, worth $2 million" (walking back to its owner).
func (o *options) readAmount(toks []text.Token, i, n int, r reading, currency string, memo *windowMemo) (reading, bool) {
	r.start = i - 1
	if i >= 2 && toks[i-2].Kind == text.Word && !toks[i-1].Space && isAcronym(toks[i-2]) {
		r.start = i - 2 // "US$"
	}
	r.unit, r.unitText = currency, currency
	after := i + n
	r.end = after
	return o.amountOwner(toks, i, after, r, memo)
}

// amountOwner finds what an amount belongs to: the noun phrase after it ("$1.5 million
// aid package", qualified by who gives it: "The EU announced a $2 million ..."), or an
// owner before it ("the package, worth $2 million").
func (o *options) amountOwner(toks []text.Token, i, after int, r reading, memo *windowMemo) (reading, bool) {
	if h, mods := nounPhraseAfter(toks, after); h >= 0 {
		r.owner, r.qualifier = strings.ToLower(toks[h].Text), mods.qualifier
		if r.qualifier == "" {
			r.qualifier = subjectBefore(toks, r.start)
		}
		r.stage = o.stageIn(toks, max(0, r.start-3), r.start, mods.words)
		r.after = h + 1
	} else {
		r.owner, r.qualifier, r.stage = o.ownerBefore(toks, r.start, "")
		r.after = after
	}
	if r.owner != "" {
		r.owner = singular(r.owner)
		if g, ok := o.same[r.owner]; ok {
			r.owner = g
		}
	}
	lo, hi := max(0, i-window), min(len(toks), i+window)
	r.year, r.period = memo.yearPeriod(toks, lo, hi)
	r.scope = scopeOf(toks[lo:], r.start-lo, r.after-lo)
	return r, true
}

// subjectBefore returns the capitalised subject of the verb before an object that starts at
// k ("The European Union announced a ..." gives "european union"), or "".
func subjectBefore(toks []text.Token, k int) string {
	k--
	if k >= 0 && (strings.EqualFold(toks[k].Text, "a") || strings.EqualFold(toks[k].Text, "an") || strings.EqualFold(toks[k].Text, "the")) {
		k--
	}
	if k < 1 || toks[k].Kind != text.Word || toks[k].Upper() || functionWords[strings.ToLower(toks[k].Text)] {
		return ""
	}
	var words []string
	for m := k - 1; m >= 0 && toks[m].Kind == text.Word && toks[m].Upper() && len(words) < 4; m-- {
		w := strings.ToLower(toks[m].Text)
		if functionWords[w] && !isAcronym(toks[m]) {
			break
		}
		words = append([]string{strings.TrimSuffix(w, "'s")}, words...)
	}
	return strings.Join(words, " ")
}

// numberValue reads a number token's value.
func numberValue(t text.Token) (float64, bool) {
	num, n := numbers.Read([]text.Token{t}, 0)
	return num.Lo, n == 1
}

// isDigitWord reports a word that starts with a digit ("5bn").
func isDigitWord(t text.Token) bool {
	return t.Kind == text.Word && t.Text[0] >= '0' && t.Text[0] <= '9'
}

func precededBy(toks []text.Token, i int, word string) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if strings.EqualFold(toks[k].Text, word) {
			return true
		}
	}
	return false
}

func (o *options) firstStage() string {
	if len(o.stages) == 0 {
		return ""
	}
	return o.stages[0].name
}

func (o *options) lastStage() string {
	if len(o.stages) == 0 {
		return ""
	}
	return o.stages[len(o.stages)-1].name
}

// read interprets the number at toks[i:i+n]: its hedge, unit, owner or predicate, and stage.
func (o *options) read(toks []text.Token, i, n int, num numbers.Number, memo *windowMemo) (reading, bool) {
	r := reading{start: i, end: i + n, lo: num.Lo, hi: num.Hi}
	if notACount(toks, i, n) {
		return r, false
	}
	if cur := currencyBefore(toks, i); cur != "" {
		return o.readAmount(toks, i, n, r, cur, memo)
	}
	if n == 1 && toks[i].Kind == text.Number && strings.IndexByte(toks[i].Text, '.') >= 0 {
		return r, false // "magnitude 6.2", "6.0": a measurement, not a count of things
	}
	year := n == 1 && dates.Year(toks[i]) != 0
	// Hedge: the longest hedge phrase right before the number.
	hs := i
	if i > 0 {
		var buf [32]byte
		for _, hp := range o.hedgeEnds[string(text.LowerASCII(&buf, toks[i-1].Text))] {
			if k := i - len(hp.words); k >= 0 && k < hs && matchWords(toks[k:i], hp.words) {
				hs, r.hedge = k, &o.hedges[hp.hedge]
			}
		}
	}
	if r.hedge != nil {
		r.start = hs
		r.hedgeText = strings.ToLower(joinText(toks[hs:i]))
	}
	// "10-12 points" and "between 10 and 12 points" are ranges; "3-1" is a score.
	if r.hedge == nil && hs >= 2 && toks[hs-1].Text == "-" && !toks[hs-1].Space && !toks[hs].Space && toks[hs-2].Kind == text.Number {
		lo, ok := numberValue(toks[hs-2])
		if !ok || lo >= r.lo {
			return r, false // a score or a hyphenated code
		}
		r.lo, hs, r.start = lo, hs-2, hs-2
	} else if r.hedge == nil && hs >= 3 && strings.EqualFold(toks[hs-1].Text, "and") && strings.EqualFold(toks[hs-3].Text, "between") {
		if lo, n := numbers.Read(toks, hs-2); n == 1 && lo.Hi < r.lo {
			r.lo, hs, r.start = lo.Lo, hs-3, hs-3
		}
	}
	if hs > 0 && isLabel(toks[hs-1]) {
		return r, false // "Article 5", "Air Force One"
	}
	j := i + n
	compound := j+1 < len(toks) && toks[j].Text == "-" && !toks[j].Space && toks[j+1].Kind == text.Word && !toks[j+1].Space
	var after int // first token after the unit
	if compound && year {
		return r, false // "the 2025-26 season"
	}
	if compound {
		r.unitText = strings.ToLower(toks[j+1].Text)
		r.unit = singular(r.unitText)
		after = j + 2
		for after+1 < len(toks) && toks[after].Text == "-" && !toks[after].Space && toks[after+1].Kind == text.Word {
			if w := strings.ToLower(toks[after+1].Text); w == "old" {
				return r, false // an age
			}
			after += 2
		}
		r.end = after
	} else {
		unitAt, quals := -1, []string(nil)
		if j < len(toks) && toks[j].Text == "%" {
			return r, false // a percentage: a share, not a count of things
		}
		k := j
		for ; k < len(toks) && k < j+4; k++ {
			t := toks[k]
			low := strings.ToLower(t.Text)
			if t.Kind != text.Word || t.Is(text.ClassNumber) || functionWords[low] || pastVerbs[low] || strings.HasSuffix(low, "ing") ||
				strings.HasSuffix(low, "ed") && !(k == j && o.predicates[low] != "") {
				break // "the jury of 12 included seven women": a verb, then another count
			}
			if cur := currencyWords[low]; cur != "" {
				// "a 50 million euro aid package": an amount of the package.
				return o.amountOf(toks, i, k+1, r, cur, memo)
			}
			if k+1 < len(toks) && possessives[strings.ToLower(toks[k+1].Text)] {
				break // "2,500 lost their homes": a verb, not what is counted
			}
			if t.Upper() {
				if unitAt >= 0 || k > j+1 {
					break
				}
				quals = append(quals, low)
				continue
			}
			unitAt = k
			if o.ignore[low] || o.ignore[singular(low)] {
				break
			}
		}
		if unitAt < 0 {
			return r, false
		}
		// The counted noun is the first plural of the run ("three officials familiar with",
		// "four key elements"), else its last word.
		for q := j; q < unitAt; q++ {
			if w := strings.ToLower(toks[q].Text); toks[q].Kind == text.Word && !toks[q].Upper() && singular(w) != w {
				unitAt = q
				break
			}
		}
		r.unitText = strings.ToLower(toks[unitAt].Text)
		r.unit = singular(r.unitText)
		r.attribution = attributed(toks, unitAt+1)
		if year && (r.unit == r.unitText || len(quals) > 0) {
			return r, false // "the 2009 quake", "the 2016 L'Aquila earthquake": a year
		}
		r.qualifier = strings.Join(quals, " ")
		r.end = unitAt + 1
		after = unitAt + 1
	}
	if o.ignore[r.unit] || o.ignore[r.unitText] || len(o.units) > 0 && !o.units[r.unit] {
		return r, false
	}
	r.after = after
	lo, hi := max(0, i-window), min(len(toks), i+window)
	r.year, r.period = memo.yearPeriod(toks, lo, hi)
	if g, ok := o.predicates[r.unitText]; ok && !compound {
		r.predicate, r.unit, r.unitText = g, "person", "people" // "12 dead", "12 deaths"
	} else if g, end := o.predicateAround(toks, hs, after); g != "" && !compound {
		r.predicate, r.after = g, max(after, end)
		// "police now say 14 were killed", "14 people are now confirmed dead"
		r.stage = o.stageIn(toks, max(0, hs-6), min(len(toks), r.after+1), nil)
	} else if r.attribution {
		// "three officials familiar with the talks said": who speaks, not what is counted.
	} else if compound {
		if h, mods := nounPhraseAfter(toks, after); h >= 0 {
			r.owner = strings.ToLower(toks[h].Text)
			r.qualifier = mods.qualifier
			r.after = h + 1
		}
		r.stage = o.stageIn(toks, max(0, hs-3), hs, nil)
	} else {
		r.owner, r.qualifier, r.stage = o.ownerBefore(toks, hs, r.qualifier)
		if r.owner == "" {
			if h, mods := o.ofOwner(toks, after); h >= 0 {
				r.owner, r.qualifier = strings.ToLower(toks[h].Text), mods.qualifier
				r.after = h + 1
			} else if subj, verb := subjectVerb(toks, hs); subj != "" {
				r.owner, r.predicate = subj, verb // "prosecutors called 20 witnesses"
			}
		}
	}
	if r.owner != "" {
		r.owner = singular(r.owner)
		if g, ok := o.same[r.owner]; ok {
			r.owner = g
		}
	}
	r.scope = scopeOf(toks[lo:], hs-lo, r.after-lo)
	if r.predicate != "" {
		r.event = o.eventIn(toks[lo:hi], hs-lo)
		r.distinct = separateIncident(toks[lo:hs])
	}
	return r, true
}

// attributed reports whether the words after a counted noun make it a source of what is
// said ("three officials familiar with the talks said", "two officials told Reuters").
func attributed(toks []text.Token, k int) bool {
	for end := min(len(toks), k+8); k < end; k++ {
		t := toks[k]
		if t.Kind == text.Punct {
			break // "the plan has 19 points, officials said": the count is not the speaker
		}
		if t.Is(text.ClassSpeech) {
			return true
		}
	}
	return false
}

// separateIncident reports whether a clause marks its event as another one ("In a separate
// incident, 3 people died").
func separateIncident(toks []text.Token) bool {
	for i := range toks {
		if w := toks[i].Text; len(w) >= 7 && len(w) <= 9 && (strings.EqualFold(w, "separate") || strings.EqualFold(w, "another") || strings.EqualFold(w, "unrelated")) {
			return true
		}
	}
	return false
}

// periodWords name the periods a figure can be given for.
var periodWords = toSet(`year month week season quarter half`)

// periodShape marks the (first letter, length) shapes of periodVocab's words, a quick
// rejection: periodOf looks at every word near every count.
var periodShape = func() (m [256][16]bool) {
	for w := range periodVocab {
		m[w[0]][len(w)] = true
	}
	return m
}()

// periodVocab holds every word periodOf looks at, mapped to itself, so that a lower-cased
// lookup needs no allocation.
var periodVocab = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`year month week season quarter half this last next previous same
	full first second third fourth earlier ago before quarterly annual annually yearly`) {
		m[w] = w
	}
	return m
}()

// periodOf names the period a sentence gives a figure for ("this year", "third quarter",
// "full year", "a year earlier"), or "".
func periodOf(toks []text.Token) string {
	var b1, b2 [32]byte
	word := func(buf *[32]byte, k int) string {
		if k < 0 || k >= len(toks) || toks[k].Kind != text.Word || len(toks[k].Text) > 9 || !periodShape[toks[k].Text[0]|0x20][len(toks[k].Text)] {
			return ""
		}
		if w, ok := periodVocab[string(text.LowerASCII(buf, toks[k].Text))]; ok {
			return w
		}
		return ""
	}
	for k := range toks {
		w := word(&b1, k)
		if w == "" {
			continue
		}
		next := word(&b2, k+1)
		if k+1 < len(toks) && toks[k+1].Text == "-" { // "third-quarter", "full-year"
			next = word(&b2, k+2)
		}
		switch {
		case periodWords[next] && (w == "this" || w == "last" || w == "next" || w == "previous" || w == "same" || w == "full"):
			return w + " " + next
		case (next == "quarter" || next == "half") && (w == "first" || w == "second" || w == "third" || w == "fourth"):
			return w + " " + next
		case periodWords[w] && (next == "earlier" || next == "ago" || next == "before"):
			return w + " " + next
		case w == "quarterly" || w == "annual" || w == "annually" || w == "yearly":
			return w
		}
	}
	return ""
}

// windowMemo remembers the year and period of a whole sentence: every count of a
// sentence shorter than two windows sees all of it, and would read them again.
type windowMemo struct {
	done   bool
	year   int
	period string
}

// yearPeriod returns yearIn and periodOf of toks[lo:hi].
func (m *windowMemo) yearPeriod(toks []text.Token, lo, hi int) (int, string) {
	if lo > 0 || hi < len(toks) {
		return yearIn(toks[lo:hi]), periodOf(toks[lo:hi])
	}
	if !m.done {
		m.year, m.period, m.done = yearIn(toks), periodOf(toks), true
	}
	return m.year, m.period
}

// window is how many tokens either side of a count are searched for its year, scope and
// event: a sentence's worth, so that a run-on text of millions of words stays linear.
const window = 40

// eventIn names the kind of event a sentence is about ("quake", "crash"), the one named
// nearest the count, or "".
func (o *options) eventIn(toks []text.Token, at int) string {
	best, dist := "", 1<<30
	var buf [32]byte
	for k, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		if g, ok := o.events[string(text.LowerASCII(&buf, t.Text))]; ok {
			if d := abs(k - at); d < dist {
				best, dist = g, d
			}
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// subjectVerb reads "prosecutors called 20 witnesses": a noun and a past-tense verb right
// before the count. A capitalised subject counts only as a plural noun opening the sentence
// ("Prosecutors called"), never a name ("Southgate picked").
func subjectVerb(toks []text.Token, hs int) (string, string) {
	if hs < 2 {
		return "", ""
	}
	v, s := toks[hs-1], toks[hs-2]
	vl, sl := strings.ToLower(v.Text), strings.ToLower(s.Text)
	if v.Kind != text.Word || v.Upper() || len(vl) < 4 || !strings.HasSuffix(vl, "ed") {
		return "", ""
	}
	if s.Kind != text.Word || functionWords[sl] || strings.HasSuffix(sl, "'s") || strings.HasSuffix(sl, "ly") {
		return "", ""
	}
	if s.Upper() && !(hs == 2 && strings.HasSuffix(sl, "s") && !strings.HasSuffix(sl, "ss")) {
		return "", ""
	}
	if hs >= 3 {
		// "The first boat carried 95 people", "Spanish police arrested 40": the subject's
		// modifier tells instances apart.
		m := strings.ToLower(toks[hs-3].Text)
		if ordinals[m] || toks[hs-3].Kind == text.Word && toks[hs-3].Upper() && !functionWords[m] || strings.HasSuffix(m, "'s") {
			return strings.TrimSuffix(m, "'s") + " " + sl, vl
		}
	}
	return sl, vl
}

// ordinals tell instances of one kind of thing apart ("the first boat", "the other team").
var ordinals = toSet(`first second third fourth fifth sixth last other another separate previous next`)

// scopeWords are nouns that name a scope on their own ("in the county").
var scopeWords = toSet(`county state country city region province district area town village
nation world island capital territory`)

var scopePreps = toSet(`in across outside throughout within near off`)

// scopeShape marks the (first letter, length) shapes of scopePreps: "the", "to", "and" and
// "on" share a first letter with a preposition but not its length, and are turned away
// before the lookup (scopeOf looks at every word of a clause before every count).
var scopeShape = func() (m [256][16]bool) {
	for w := range scopePreps {
		m[w[0]][len(w)] = true
	}
	return m
}()

// scopeOf reads where a count holds: a place phrase right after it ("68 people died in
// the county", "killed across Texas"), or a leading one before the sentence's first comma
// ("In Kerr County alone, 68 people ..."). Only capitalised places and a few scope nouns
// count, so "in the floods" or "in all" set no scope.
func scopeOf(toks []text.Token, hs, after int) string {
	k := after
	for steps := 0; k < len(toks) && steps < 3 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.EqualFold(toks[k].Text, "alone")); steps++ {
		k++
	}
	if s := placeAfter(toks, k); s != "" {
		return s
	}
	if k < len(toks) {
		switch w := strings.ToLower(toks[k].Text); w {
		case "statewide", "nationwide", "countywide", "worldwide", "citywide":
			return strings.TrimSuffix(w, "wide")
		}
	}
	// A place earlier in the same clause: "A bus crash near Ankara killed 14 people", "In
	// Kerr County alone, 68 people ...".
	for p := hs - 1; p >= 0 && p >= hs-window; p-- {
		if t := toks[p].Text; t == ";" || t == "." {
			break
		}
		if s := placeAfter(toks[:hs], p); s != "" {
			return s
		}
	}
	return ""
}

// placeAfter reads "in (the) Kerr County" or "in the county" starting at toks[k].
func placeAfter(toks []text.Token, k int) string {
	var buf [32]byte
	// The prepositions are two to ten letters long and have one of a few shapes: most
	// words fail before the lookup.
	if k >= len(toks) || toks[k].Kind != text.Word || len(toks[k].Text) < 2 || len(toks[k].Text) > 10 ||
		!scopeShape[toks[k].Text[0]|0x20][len(toks[k].Text)] || !scopePreps[string(text.LowerASCII(&buf, toks[k].Text))] {
		return ""
	}
	k++
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	var words []string
	for ; k < len(toks) && toks[k].Kind == text.Word && toks[k].Upper() && len(words) < 4; k++ {
		words = append(words, strings.ToLower(toks[k].Text))
	}
	if len(words) > 0 {
		return strings.Join(words, " ")
	}
	if k < len(toks) && scopeWords[string(text.LowerASCII(&buf, toks[k].Text))] {
		return strings.ToLower(toks[k].Text)
	}
	return ""
}

// yearIn returns the first year (1900-2199) a sentence names, or 0.
func yearIn(toks []text.Token) int {
	for i := range toks {
		t := &toks[i]
		if t.Kind == text.Number && len(t.Text) == 4 && (t.Text[0] == '1' && t.Text[1] == '9' || t.Text[0] == '2' && t.Text[1] <= '1') {
			y := 0
			for _, c := range t.Text {
				y = y*10 + int(c-'0')
			}
			return y
		}
	}
	return 0
}

// notACount rejects numbers that are dates, times, citations or parts of names.
func notACount(toks []text.Token, i, n int) bool {
	if i > 0 {
		p := toks[i-1]
		if dates.Month(p) > 0 || p.Text == "[" || p.Text == "#" || p.Text == "." && !p.Space {
			return true
		}
		if p.Text == "-" && !toks[i].Space && i > 1 && toks[i-2].Kind == text.Word {
			return true // "COVID-19", "F-16"
		}
		if p.Text == "." || p.Text == "/" || p.Text == ":" {
			if !toks[i].Space {
				return true
			}
		}
	}
	j := i + n
	if j < len(toks) {
		t := toks[j]
		low := strings.ToLower(t.Text)
		if dates.Month(t) > 0 || (t.Text == ":" || t.Text == "/" || t.Text == ".") && !t.Space && j+1 < len(toks) && toks[j+1].Kind == text.Number {
			return true
		}
		switch low {
		case "a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "cet", "edt", "pst", "]", "th", "st", "nd", "rd":
			return true
		}
	}
	return false
}

// isLabel reports whether t is a capitalised word that names something numbered
// ("Article 5", "Air Force One"), as opposed to a sentence opener ("The 20-point plan").
func isLabel(t text.Token) bool {
	if t.Kind != text.Word || !t.Upper() {
		return false
	}
	low := strings.ToLower(t.Text)
	if functionWords[low] || strings.HasSuffix(low, "'s") || t.Text == strings.ToUpper(t.Text) && len(t.Text) <= 5 {
		return false
	}
	return true
}

// predicateAround finds a predicate after the counted noun ("were killed") or right before
// the count ("killing at least 12").
func (o *options) predicateAround(toks []text.Token, hs, after int) (string, int) {
	k := after
	for steps := 0; k < len(toks) && steps < 3 && auxiliaries[strings.ToLower(toks[k].Text)]; steps++ {
		k++
	}
	if k < len(toks) {
		if g, ok := o.predicates[strings.ToLower(toks[k].Text)]; ok {
			return g, k + 1
		}
	}
	if hs > 0 {
		if g, ok := o.predicates[strings.ToLower(toks[hs-1].Text)]; ok {
			return g, after
		}
	}
	return "", after
}

// isAcronym reports whether t is written in capitals ("US", "U.S.", "UN").
func isAcronym(t text.Token) bool {
	return len(t.Text) >= 2 && t.Text == strings.ToUpper(t.Text) && t.Upper()
}

// modifiers are the words of a noun phrase before its head.
type modifiers struct {
	words     []string
	qualifier string
}

// nounPhraseAfter returns the head of the noun phrase starting at k ("peace plan" -> plan).
func nounPhraseAfter(toks []text.Token, k int) (int, modifiers) {
	head := -1
	var m modifiers
	var quals []string
	for ; k < len(toks); k++ {
		t := toks[k]
		low := strings.ToLower(t.Text)
		if t.Kind != text.Word || functionWords[low] || strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed") {
			break
		}
		if head >= 0 {
			m.words = append(m.words, strings.ToLower(toks[head].Text))
		}
		if t.Upper() {
			quals = append(quals, low)
		}
		head = k
		if len(m.words) >= 3 {
			break
		}
	}
	if head >= 0 && toks[head].Upper() {
		return -1, m
	}
	m.qualifier = strings.Join(quals, " ")
	return head, m
}

// ofOwner reads "20 points of the plan": the head after "of".
func (o *options) ofOwner(toks []text.Token, k int) (int, modifiers) {
	if k >= len(toks) || !strings.EqualFold(toks[k].Text, "of") {
		return -1, modifiers{}
	}
	k++
	for k < len(toks) && (strings.EqualFold(toks[k].Text, "the") || strings.EqualFold(toks[k].Text, "a") || strings.EqualFold(toks[k].Text, "its") || strings.EqualFold(toks[k].Text, "this")) {
		k++
	}
	return nounPhraseAfter(toks, k)
}

// ownerBefore walks back from the count over connectors ("comprises", "reduced to", ",") to
// the noun that owns it, and reads its qualifier and stage. At least one connector must
// stand between: "found 20 bodies" has no owner.
func (o *options) ownerBefore(toks []text.Token, hs int, qual string) (owner, qualifier, stage string) {
	k := hs - 1
	steps, words := 0, 0
	for ; k >= 0 && steps < 7; k-- {
		low := strings.ToLower(toks[k].Text)
		if !o.connectors[low] {
			break
		}
		steps++
		if toks[k].Kind == text.Word {
			words++
		}
	}
	qualifier = qual
	if k < 0 || words == 0 {
		// No connector, or punctuation alone: "the plan, three officials said" does not
		// count the plan's officials.
		return "", qualifier, ""
	}
	t := toks[k]
	low := strings.ToLower(t.Text)
	if t.Kind != text.Word || t.Upper() || functionWords[low] || pastVerbs[low] || strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ly") {
		return "", qualifier, ""
	}
	owner = low
	// Modifiers of the owner: back to a determiner or punctuation.
	var mods []string
	var quals []string
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		mt := toks[m]
		ml := strings.ToLower(mt.Text)
		if strings.HasSuffix(ml, "'s") {
			// "the men's squad", "Germany's aid package": whose, a qualifier.
			quals = append([]string{strings.TrimSuffix(ml, "'s")}, quals...)
			break
		}
		if ordinals[ml] {
			quals = append([]string{ml}, quals...) // "the first boat", "the second round"
			continue
		}
		if mt.Kind != text.Word || functionWords[ml] && !isAcronym(mt) {
			break
		}
		mods = append(mods, ml)
		if mt.Upper() {
			quals = append([]string{ml}, quals...)
		}
	}
	if qualifier == "" {
		qualifier = strings.Join(quals, " ")
	}
	return owner, qualifier, o.stageIn(toks, k+1, hs, mods)
}

// stageIn returns the stage whose words occur in toks[from:to] or among extra words (the
// modifiers of an owner, nearest first); when several do, the one nearest the count wins.
func (o *options) stageIn(toks []text.Token, from, to int, extra []string) string {
	var buf [32]byte
	for k := to - 1; k >= from; k-- { // nearest first
		for _, sp := range o.stageStarts[string(text.LowerASCII(&buf, toks[k].Text))] {
			if n := len(sp.words); k+n <= to && matchWords(toks[k:k+n], sp.words) {
				return sp.stage
			}
		}
	}
	for _, w := range extra {
		for _, sp := range o.stageStarts[w] {
			if len(sp.words) == 1 {
				return sp.stage
			}
		}
	}
	return ""
}

func matchWords(toks []text.Token, ph []string) bool {
	if len(toks) != len(ph) {
		return false
	}
	for k, w := range ph {
		if !strings.EqualFold(toks[k].Text, w) {
			return false
		}
	}
	return true
}

func joinText(toks []text.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Space {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// claimOf turns a reading into a claim.
func (o *options) claimOf(d *pass.Doc, s *article.Sentence, r reading) claim.Claim {
	var c claim.Claim
	o.fillClaim(&c, d, s, r, nil)
	return c
}

// fillClaim fills c, which must be zero, with the claim of reading r; q, when not nil, is
// where its Quantity goes (claims are large: a check that makes many fills them in place).
func (o *options) fillClaim(c *claim.Claim, d *pass.Doc, s *article.Sentence, r reading, q *claim.Quantity) {
	toks := s.Toks
	value := numbers.Format(r.lo)
	if r.hi != r.lo {
		value += "-" + numbers.Format(r.hi)
	}
	if sym := symbolOf(r.unit); sym != "" {
		value = sym + numbers.Short(r.lo) // "$1.5 million"
		if r.hedgeText != "" {
			value = r.hedgeText + " " + value
		}
	} else {
		if r.hedgeText != "" {
			value = r.hedgeText + " " + value
		}
		unit := r.unitText
		if unit == r.unit && !(r.lo == 1 && r.hi == 1) || unit != r.unit && r.lo == 1 && r.hi == 1 {
			if r.lo == 1 && r.hi == 1 {
				unit = r.unit
			} else {
				unit = plural(r.unit)
			}
		}
		value += " " + unit
	}
	d.Fill(c, "quantity", s, toks[r.start].Start, toks[r.end-1].End, value)
	if q == nil {
		q = new(claim.Quantity)
	}
	o.fillQuantity(q, d, r)
	c.Quantity = q
}

// symbolOf returns the symbol of a currency unit, or "".
func symbolOf(unit string) string {
	for sym, name := range currencySymbols {
		if name == unit {
			return sym
		}
	}
	return ""
}

// quantityOf is the typed value of a reading.
func (o *options) quantityOf(d *pass.Doc, r reading) *claim.Quantity {
	q := new(claim.Quantity)
	o.fillQuantity(q, d, r)
	return q
}

// fillQuantity fills q with the value of reading r.
func (o *options) fillQuantity(q *claim.Quantity, d *pass.Doc, r reading) {
	lo, hi := o.interval(r.lo, r.hi, r.hedge)
	if math.IsInf(hi, 1) {
		hi = -1
	}
	*q = claim.Quantity{
		Lo: lo, Hi: hi, Hedge: d.Intern(r.hedgeText), Unit: d.Intern(r.unit), Owner: d.Intern(r.owner),
		Predicate: d.Intern(r.predicate), Qualifier: d.Intern(r.qualifier), Stage: d.Intern(r.stage),
		Scope: d.Intern(r.scope), Period: d.Intern(r.period), Distinct: r.distinct,
		Event: d.Intern(r.event), Year: r.year, Listed: r.listed,
	}
}
