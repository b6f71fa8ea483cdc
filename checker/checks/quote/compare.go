package quote

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math/bits"
	"slices"
	"strings"
	"time"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/quotes"
)

// Compare implements pass.Check.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	n := 0
	for _, cl := range cp.Claims {
		if c.compared(cl) {
			n++
		}
	}
	qs := make([]*claim.Claim, 0, n)
	for _, cl := range cp.Claims {
		if c.compared(cl) {
			qs = append(qs, cl)
		}
	}
	sp := c.speakersOf(cp)
	if c.rule.Kind == "quote-attribution" {
		return c.attribution(sp, qs)
	}
	return c.wording(sp, qs, cp.Articles)
}

// compared reports whether the rule compares quote claim cl: no characterisation, and at
// least the rule's minimum of words (the extraction keeps the shortest any rule wants).
func (c *Check) compared(cl *claim.Claim) bool {
	return cl.Quote != nil && !cl.Quote.Short && cl.Quote.Words >= c.minWords
}

// attribution reports the same words credited to different speakers: a part of a quote
// (between its sentence ends and ellipses) of at least the minimum length that quotes of
// two named speakers share word for word. Quotes whose speaker is not known are not
// compared.
func (c *Check) attribution(sp speakers, qs []*claim.Claim) []finding.Finding {
	// The quotes of each part, as runs of one slice: parts are indexed in the order of
	// their first quote, and a second pass places each quote in its part's run (a map of
	// slices grown quote by quote cost more than the comparison).
	index := map[string]int32{} // parts repeat: a corpus has far fewer than quotes
	var segs []string
	var count []int32
	var last []*claim.Claim // the last quote placed in each part
	type placed struct {
		seg int32
		cl  *claim.Claim
	}
	var places []placed
	for _, cl := range qs {
		if sp.of(cl.Quote).key == "" {
			continue // no speaker, or a guess: nothing to set against a named one
		}
		text := cl.Quote.Match
		cut := strings.Contains(text, " | ")
		for text != "" {
			s := text
			if cut {
				s, text, _ = strings.Cut(text, " | ")
				if quotes.CountWords(s) < c.minWords {
					continue
				}
			} else {
				text = ""
			}
			i, ok := index[s]
			if !ok {
				i = int32(len(segs))
				index[s] = i
				segs = append(segs, s)
				count = append(count, 0)
				last = append(last, nil)
			}
			if last[i] == cl {
				continue // the same part twice in one quote
			}
			last[i] = cl
			places = append(places, placed{i, cl})
			count[i]++
		}
	}
	// start[i] is where part i's run begins in all.
	start := make([]int32, len(segs)+1)
	for i, n := range count {
		start[i+1] = start[i] + n
	}
	all := make([]*claim.Claim, len(places))
	fill := slices.Clone(start[:len(segs)])
	for _, p := range places {
		all[fill[p.seg]] = p.cl
		fill[p.seg]++
	}
	var out []finding.Finding
	seen := map[uint64]bool{}
	// statements maps the articles and speakers of a finding's quotes to the finding: the
	// parts of one statement (its sentences, its paragraphs) credited alike are one
	// finding, with the claims of every part.
	statements := map[uint64]int{}
	merged := false
	// Per speaker of a part: its first quote and the number of articles (the claims come
	// in the order of their articles, so an article is new when it differs from the last).
	type credit struct {
		id    speakerID
		first *claim.Claim
		arts  int
		last  int32
	}
	var by []credit
	canon := map[speakerID]int{} // speaker -> its credit: the speaker it spells
	for i := range segs {
		cls := all[start[i]:start[i+1]]
		if oneSpeaker(sp, cls) {
			continue // the usual case: every quote of these words credited alike
		}
		by = by[:0]
		clear(canon)
		for _, cl := range cls {
			id := sp.of(cl.Quote)
			k, ok := canon[id]
			if !ok {
				k = len(by)
				for o := range by {
					if by[o].id.samePerson(id) {
						k = o // a misspelling of a speaker already seen, or a surname alone
						break
					}
				}
				if k == len(by) {
					by = append(by, credit{id: id, first: cl, last: -1})
				}
				canon[id] = k
			}
			cr := &by[k]
			if cl.Article != cr.last {
				cr.last = cl.Article
				cr.arts++
			}
		}
		if len(by) < 2 {
			continue
		}
		var speakers []string
		for k := range by {
			cr := &by[k]
			who := speakerOf(cr.first, sp.name(cr.first))
			if n := cr.arts; n > 1 {
				who = fmt.Sprintf("%s (%d articles)", who[:strings.LastIndex(who, " in ")], n)
			}
			speakers = append(speakers, who)
		}
		// One finding per set of quotes: two quotes that share several parts are one
		// matter. The claims stay in their order, which is the report's (by path and
		// offset).
		sig := signature(cls)
		if seen[sig] {
			continue
		}
		seen[sig] = true
		st := statement(sp, cls)
		if k, ok := statements[st]; ok {
			out[k].Claims = append(out[k].Claims, cls...)
			merged = true
			continue
		}
		statements[st] = len(out)
		f := finding.Finding{Subject: "who said \"" + clip(cls[0].Text, 12) + "\"", Claims: make([]*claim.Claim, 0, len(cls))}
		for _, cl := range cls {
			f.Claims = append(f.Claims, cl)
		}
		f.Message = pass.Render(c.rule.Message, map[string]string{"quote": clip(cls[0].Text, 12), "speakers": listSpeakers(speakers)})
		out = append(out, f)
	}
	if merged {
		for i := range out {
			slices.SortFunc(out[i].Claims, claim.Compare)
			out[i].Claims = slices.Compact(out[i].Claims)
		}
	}
	return out
}

// statement identifies the quotes of a part (a hash of their articles, where each quote
// opens, and speakers): the other parts of the same quotes, credited alike, give the same;
// another statement of the same speakers does not.
func statement(sp speakers, cls []*claim.Claim) uint64 {
	h := fnv.New64a()
	var b [8]byte
	last, lastStart, lastKey := int32(-1), int32(-1), ""
	for _, cl := range cls {
		id := sp.of(cl.Quote)
		k := id.key + "\x00" + id.given
		if cl.Article == last && cl.Quote.Start == lastStart && k == lastKey {
			continue // another part of the same quote
		}
		last, lastStart, lastKey = cl.Article, cl.Quote.Start, k
		binary.LittleEndian.PutUint32(b[:4], uint32(cl.Article))
		binary.LittleEndian.PutUint32(b[4:], uint32(cl.Quote.Start))
		h.Write(b[:])
		h.Write([]byte(k))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// speakerOf is a quote's speaker for a message: the name (speakers.name), how it was found
// when it was not named with the quote, and the article.
func speakerOf(cl *claim.Claim, name string) string {
	q := cl.Quote
	s := name
	switch {
	case q.How == "pronoun" || q.How == "title":
		s += " (by a back-reference"
		if q.Unsure {
			s += ", unsure"
		}
		s += ")"
	case q.How == "continued":
		s += " (a continued quote)"
	case q.How == "label" && q.Unsure:
		s += " (a transcript's answer, unsure)"
	case q.How == "label":
		s += " (a transcript's answer)"
	}
	return s + " in " + cl.Path
}

// nearKey reports whether two folded surnames are one name: equal, or one letter apart
// in names of five letters or more.
func nearKey(a, b string) bool {
	return a == b || len(a) >= 5 && len(b) >= 5 && names.Distance(a, b) <= 1
}

// signature identifies a set of quotes by their places (a hash: findings of thousands
// of quotes are compared by it).
func signature(cls []*claim.Claim) uint64 {
	h := fnv.New64a()
	var b [8]byte
	for _, cl := range cls {
		binary.LittleEndian.PutUint32(b[:4], uint32(cl.Article))
		binary.LittleEndian.PutUint32(b[4:], uint32(cl.Offset))
		h.Write(b[:])
	}
	return h.Sum64()
}

// oneSpeaker reports whether every quote of cls has the same speaker: one surname and at
// most one given name.
func oneSpeaker(sp speakers, cls []*claim.Claim) bool {
	given := ""
	first := sp.of(cls[0].Quote).key
	for _, cl := range cls {
		id := sp.of(cl.Quote)
		if id.key != first {
			return false
		}
		if g := id.given; g != "" {
			if given != "" && g != given {
				return false
			}
			given = g
		}
	}
	return true
}

// clip returns the first n words of s, with "..." when there are more.
func clip(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + " ..."
}

// wording reports one statement quoted in different wordings: two quotes of the same
// speaker whose shorter one the longer repeats in part (at least the rule's similar share
// of its words, in order, with a run of three together), or two quotes of any speakers,
// one of them known, that share the near share. A quote that repeats part of another word
// for word is a shorter quote of it, not another wording. Wordings that match are gathered
// into one finding, however many there are: a corpus that repeats one statement in fifty
// wordings gets one finding, not a thousand pairs.
func (c *Check) wording(sp speakers, qs []*claim.Claim, arts []*article.Article) []finding.Finding {
	// Quotes with the same words and speaker are one entry: a corpus repeats them. Words
	// are numbered, so that runs, shares and equality compare integers, not strings.
	var es []entry
	v := vocab{}
	index := map[[3]int32][]int32{}
	type textKey struct {
		id         speakerID
		text, lead string
	}
	seenText := map[textKey]int32{}
	var rs [][3]int32
	for _, cl := range qs {
		k := textKey{sp.of(cl.Quote), cl.Quote.Match, cl.Quote.Lead}
		if i, ok := seenText[k]; ok {
			es[i].all = append(es[i].all, cl)
			continue
		}
		seenText[k] = int32(len(es))
		e := entry{cl: cl, key: k.id, all: []*claim.Claim{cl}, occasion: cl.Quote.Occasion}
		if a := int(cl.Article); a >= 0 && a < len(arts) {
			e.occasion = dated(e.occasion, arts[a].Published)
		}
		e.exact, e.words = v.words(cl.Quote.Match, true)
		_, e.lead = v.words(cl.Quote.Lead, false)
		es = append(es, e)
		rs = appendRuns(rs[:0], e.words)
		for _, g := range rs {
			if l := index[g]; len(l) == 0 || l[len(l)-1] != int32(len(es)-1) {
				index[g] = append(l, int32(len(es)-1))
			}
		}
	}
	u := newUnion(len(es))
	firstPair := map[int][3]float64{} // cluster root -> the first matching pair and its score
	shared := make([]int32, len(es))  // shared[o]: runs entry o shares with entry i
	var cands []int32
	var sc pairScratch
	for i := range es {
		e := &es[i]
		rs = appendRuns(rs[:0], e.words)
		cands = cands[:0]
		for j, g := range rs {
			l := index[g]
			if len(l) > maxPostings && j+1 < len(rs) {
				continue // words too common to tell statements apart ("we are ready")
			}
			for _, o := range l {
				if int(o) > i {
					if shared[o] == 0 {
						cands = append(cands, o)
					}
					shared[o]++
				}
			}
		}
		cands = mostShared(cands, shared)
		for _, o := range cands {
			shared[o] = 0
		}
		for _, o := range cands {
			if u.find(i) == u.find(int(o)) {
				continue
			}
			if score, ok := c.alike(&sc, e, &es[o]); ok {
				ri, ro := u.find(i), u.find(int(o))
				p, ok := firstPair[ri]
				if !ok {
					p, ok = firstPair[ro]
				}
				if !ok {
					p = [3]float64{float64(i), float64(o), score}
				}
				delete(firstPair, ri)
				delete(firstPair, ro)
				firstPair[u.union(i, int(o))] = p
			}
		}
	}
	// One finding per cluster, in the order of their first entries.
	members := map[int][]int{}
	var roots []int
	for i := range es {
		r := u.find(i)
		if _, ok := firstPair[r]; !ok {
			continue
		}
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	var out []finding.Finding
	for _, r := range roots {
		p := firstPair[r]
		var group []*entry
		for _, i := range members[r] {
			group = append(group, &es[i])
		}
		out = append(out, c.wordingFinding(sp, group, &es[int(p[0])], &es[int(p[1])], p[2]))
	}
	return out
}

// vocab numbers the words and stems of the quotes being compared.
type vocab map[string]int32

func (v vocab) id(w string) int32 {
	i, ok := v[w]
	if !ok {
		i = int32(len(v))
		v[w] = i
	}
	return i
}

// words returns the numbers of the words of a normalised quote, without its cuts ("|"),
// and of their stems: the first six letters, so that "killing" and "killings",
// "prosperity" and "prosperous" count as one word. Without exact (for a lead, the words
// before a quote, taken as they are) only the stems are returned. Both lists share one
// allocation.
func (v vocab) words(norm string, exact bool) (ws, stems []int32) {
	n := 0
	for w := range strings.FieldsSeq(norm) {
		if w != "|" || !exact {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	if !exact {
		stems = make([]int32, 0, n)
	} else {
		buf := make([]int32, 0, 2*n)
		ws, stems = buf[:0:n], buf[n:n]
	}
	for w := range strings.FieldsSeq(norm) {
		if w == "|" && exact {
			continue
		}
		if exact {
			ws = append(ws, v.id(w))
		}
		if len(w) > 6 {
			w = w[:6]
		}
		stems = append(stems, v.id(w))
	}
	return ws, stems
}

// noWord stands in a run of two for the missing third word.
const noWord = -1

// appendRuns appends the runs of three words that pair a quote with others, and for a
// short quote its runs of two as well (with noWord for the third).
func appendRuns(out [][3]int32, ws []int32) [][3]int32 {
	for i := 0; i+3 <= len(ws); i++ {
		out = append(out, [3]int32{ws[i], ws[i+1], ws[i+2]})
	}
	if len(ws) <= shortQuote {
		for i := 0; i+2 <= len(ws); i++ {
			out = append(out, [3]int32{ws[i], ws[i+1], noWord})
		}
	}
	return out
}

// pairScratch holds the buffers of the comparison of two wordings, reused from pair to pair.
type pairScratch struct {
	lead     []int32
	prev, cu []int
}

// maxPostings is how many quotes may share a run of three words before the run is too
// common to pair quotes by (a quote's last run is always used).
const maxPostings = 256

// maxCandidates is how many other wordings one is weighed against at most: those that
// share the most runs with it. In natural text a wording shares runs with few others;
// quotes of a small vocabulary share runs with thousands, and weighing them all took
// minutes (600 articles of 15,000 such quotes: 100 s).
const maxCandidates = 64

// mostShared returns the candidates, in the order they were found, cut to the
// maxCandidates that share the most runs (counted in shared) when there are more.
func mostShared(cands, shared []int32) []int32 {
	if len(cands) <= maxCandidates {
		return cands
	}
	ranked := slices.Clone(cands)
	slices.SortStableFunc(ranked, func(a, b int32) int { return cmp.Compare(shared[b], shared[a]) })
	least := shared[ranked[maxCandidates-1]]
	// Ties at the cut keep the candidates found first.
	room := 0
	for _, o := range ranked[:maxCandidates] {
		if shared[o] == least {
			room++
		}
	}
	kept := cands[:0]
	for _, o := range cands {
		if n := shared[o]; n > least || n == least && room > 0 {
			if n == least {
				room--
			}
			kept = append(kept, o)
		} else {
			shared[o] = 0 // dropped: no longer a candidate
		}
	}
	return kept
}

// entry is one wording: the quotes of one speaker with the same words.
type entry struct {
	cl    *claim.Claim
	key   speakerID      // the speaker; key.key is "" when unknown or unsure
	all   []*claim.Claim // every quote of these words by this speaker
	exact []int32        // the words
	words []int32        // their stems
	lead  []int32        // the stems of the words before the quote
	// occasion is when the words were spoken, a weekday dated by the publication date.
	occasion claim.Occasion
}

// dated returns o with the month and year of its weekday when it names one weekday and no
// month: the last such day on or before the article's publication date, as news reports
// what was said in the days before ("On Thursday, Bailey said" in an article of 1 August
// 2024 is in August, not in February).
func dated(o claim.Occasion, published string) claim.Occasion {
	if o.Months != 0 || o.Weekdays == 0 || o.Weekdays&(o.Weekdays-1) != 0 || len(published) != len("2006-01-02") {
		return o
	}
	t, err := time.Parse("2006-01-02", published)
	if err != nil {
		return o
	}
	back := (int(t.Weekday()) - bits.TrailingZeros8(o.Weekdays) + 7) % 7
	d := t.AddDate(0, 0, -back)
	o.Months = 1 << (d.Month() - 1)
	o.Days = 1 << (d.Day() - 1)
	if o.Year == 0 {
		o.Year = int16(d.Year())
	}
	return o
}

// alike reports whether two wordings are one statement, with the share of words that
// shows it.
func (c *Check) alike(sc *pairScratch, e, f *entry) (float64, bool) {
	if e.cl.Quote.Match == f.cl.Quote.Match {
		return 0, false // the same words: a matter for quote-attribution, if any
	}
	if e.key.key == "" && f.key.key == "" {
		return 0, false // two quotes of nobody known: nothing to say about who said what
	}
	if e.cl.Article == f.cl.Article && e.cl.Quote.Start == f.cl.Quote.Start {
		return 0, false // two sentences of one quote
	}
	if e.occasion.Differs(f.occasion) {
		return 0, false // "in March" and "by June": two statements, not two wordings
	}
	sameSpeaker := e.key.key != "" && f.key.key != "" && e.key.samePerson(f.key)
	s, l := e, f
	if len(s.words) > len(l.words) {
		s, l = l, s
	}
	// A shorter quote of the same words is no other wording; stems that agree are not the
	// same words ("American" and "Americans").
	if indexRun(l.exact, s.exact) >= 0 {
		return 0, false
	}
	score, _ := similarity(sc, s.words, l.words)
	if len(s.lead) > 0 {
		sc.lead = append(append(sc.lead[:0], s.lead...), s.words...)
		if sl, _ := similarity(sc, sc.lead, l.words); sl > score {
			score = sl
		}
	}
	if sameSpeaker && score == 0 && len(l.words) <= shortQuote {
		// "I did not kill her" against "I did kill her": short quotes of one speaker
		// that share no run of three, but nearly all their words in order.
		if sl := lcsShare(sc, s.words, l.words); sl >= 0.75 {
			score = sl
		}
	}
	limit := c.near
	if sameSpeaker {
		limit = c.similar
	}
	switch {
	case len(s.words) < 6:
		// "I will not resign" against "I will not raise taxes": a few words alike at
		// the start of two short statements prove nothing.
		limit = max(limit, 0.8)
	case len(s.words) < 7:
		// "We have to get them out" against "We have to do rapid DNA for data filing".
		limit = max(limit, 0.75)
	}
	if score < limit {
		return 0, false
	}
	if sameSpeaker && score < 0.6 && len(s.lead) == 0 {
		// Barely half the words alike between two whole sentences of one speaker ("This
		// is a tragedy ..." in a statement and at a news conference) is two remarks;
		// a fragment quoted inside the writer's sentence ("leaves Ukraine "sovereign,
		// independent ...") may say that little and still be one statement.
		return 0, false
	}
	// Stems can make different words ("weaponised", "weaponized") alike, not the same: a
	// message does not call such quotes wholly alike.
	if score > 0.99 {
		// Every word of the shorter in the longer, or stems alike: the share of the
		// longer's words as written.
		score = min(score, lcsShare(sc, s.exact, l.exact)*float64(len(s.exact))/float64(len(l.exact)))
	}
	return score, true
}

// shortQuote is the most words a quote may have for a run of two words to pair it.
const shortQuote = 8

// wordingFinding reports a cluster of wordings, with every quote of each; a and b are the
// first two that matched, and score their share of words alike.
func (c *Check) wordingFinding(sp speakers, group []*entry, a, b *entry, score float64) finding.Finding {
	if claim.Compare(b.cl, a.cl) < 0 {
		a, b = b, a
	}
	// The speakers, in the order of their first quotes.
	var speakers, keys []string
	seenSpeaker := map[string]bool{}
	var cls []*claim.Claim
	for _, e := range group {
		cls = append(cls, e.all...)
	}
	slices.SortFunc(cls, claim.Compare)
	for _, cl := range cls {
		d := describe(sp.name(cl))
		k := sp.of(cl.Quote).key
		if k == "" && cl.Quote.Key != "" {
			// A guess at someone named elsewhere in the group is listed with them, not
			// as a second person ("Pete Hegseth and Hegseth").
			k = sp.folder.Key(cl.Quote.Key)
		}
		if k == "" {
			k = "\x00" + d
		}
		// A speaker is listed once, by key and by name: a guess at a named speaker has
		// no key, but the same name; a misspelt surname is the same speaker (the name
		// rules report it: "Donnelly" and "Donelly").
		if !seenSpeaker[k] && !seenSpeaker["\x01"+d] && !slices.ContainsFunc(keys, func(o string) bool { return nearKey(o, k) }) {
			seenSpeaker[k], seenSpeaker["\x01"+d] = true, true
			speakers, keys = append(speakers, d), append(keys, k)
		}
	}
	speaker := listSpeakers(speakers)
	// The wordings are the group's distinct texts: one text credited to a speaker by name
	// in one place and through "she said" in another is one wording, and so is a text that
	// another repeats whole (a shorter quote of it).
	wordings := distinctWordings(group)
	count := "two"
	if len(wordings) > 2 {
		count = fmt.Sprint(len(wordings))
	}
	f := finding.Finding{Subject: "wording of \"" + clip(a.cl.Text, 8) + "\""}
	for i, cl := range cls {
		switch cl {
		case a.cl:
			f.Pair[0] = i
		case b.cl:
			f.Pair[1] = i
		}
		f.Claims = append(f.Claims, cl)
	}
	quotesText := fmt.Sprintf("\"%s\" (%s) against \"%s\" (%s), %d%% of the words alike", clip(a.cl.Text, 10), a.cl.Path, clip(b.cl.Text, 10), b.cl.Path, int(score*100+0.5))
	if n := len(wordings) - 2; n > 0 {
		quotesText += fmt.Sprintf(", and %d more wording", n)
		if n > 1 {
			quotesText += "s"
		}
	}
	f.Message = pass.Render(c.rule.Message, map[string]string{"speaker": speaker, "count": count, "quotes": quotesText})
	return f
}

// maxContained is the most distinct texts whose containment in one another is checked
// (pairwise); a larger group counts every distinct text.
const maxContained = 200

// distinctWordings returns the distinct texts of a group of wordings, without those that
// another of them contains word for word.
func distinctWordings(group []*entry) map[string]bool {
	wordings := map[string]bool{}
	for _, e := range group {
		wordings[e.cl.Quote.Match] = true
	}
	if len(wordings) > maxContained {
		return wordings
	}
	padded := make([]string, 0, len(wordings))
	for w := range wordings {
		padded = append(padded, " "+w+" ")
	}
	for _, p := range padded {
		for _, o := range padded {
			if len(o) > len(p) && strings.Contains(o, p) {
				delete(wordings, p[1:len(p)-1])
				break
			}
		}
	}
	return wordings
}

// speakerKey is the key of a quote's speaker for comparing, "" when it is not known or
// the back-reference that gives it is a guess.
func speakerKey(q *claim.Quote) string {
	if q.Unsure {
		return ""
	}
	return q.Key
}

// union is a union-find over wordings.
type union []int32

func newUnion(n int) union {
	u := make(union, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u union) find(i int) int {
	for int(u[i]) != i {
		u[i] = u[u[i]]
		i = int(u[i])
	}
	return i
}

// union joins the sets of i and j and returns the root.
func (u union) union(i, j int) int {
	ri, rj := u.find(i), u.find(j)
	if ri < rj {
		ri, rj = rj, ri
	}
	u[ri] = int32(rj)
	return rj
}

// describe names a speaker in a wording finding's message (speakers.name), or says that
// there is none.
func describe(name string) string {
	if name == "" {
		return "an unattributed quote"
	}
	return name
}

// similarity returns the share of s's words that l repeats in order (the longest common
// subsequence, within the part of l around their first shared run of three), and whether
// l holds s whole, word for word. A share counts only with a run of three words together.
func similarity(sc *pairScratch, s, l []int32) (float64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	if at := indexRun(l, s); at >= 0 {
		return 1, true
	}
	// The window of l around the first shared trigram.
	pos := -1
	for i := 0; i+3 <= len(s) && pos < 0; i++ {
		for j := 0; j+3 <= len(l); j++ {
			if s[i] == l[j] && s[i+1] == l[j+1] && s[i+2] == l[j+2] {
				pos = j - i
				break
			}
		}
	}
	if pos == -1 && len(s) >= 3 {
		return 0, false
	}
	lo, hi := max(0, pos-len(s)/2), min(len(l), pos+len(s)+len(s)/2+1)
	return lcsShare(sc, s, l[lo:hi]), false
}

// lcsShare returns the share of s's words that w repeats in order (their longest common
// subsequence).
func lcsShare(sc *pairScratch, s, w []int32) float64 {
	if len(s) == 0 {
		return 0
	}
	// Longest common subsequence of s and w.
	sc.prev = slices.Grow(sc.prev[:0], len(w)+1)[:len(w)+1]
	sc.cu = slices.Grow(sc.cu[:0], len(w)+1)[:len(w)+1]
	prev, cur := sc.prev, sc.cu
	clear(prev)
	clear(cur)
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(w); j++ {
			switch {
			case s[i-1] == w[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(w)]) / float64(len(s))
}

// indexRun returns where s stands whole in l, or -1.
func indexRun(l, s []int32) int {
	for i := 0; i+len(s) <= len(l); i++ {
		if slices.Equal(l[i:i+len(s)], s) {
			return i
		}
	}
	return -1
}

// listSpeakers joins speakers for a message: "A and B", "A, B and C", and the first few
// with a count of the others when there are many (the claims list them all).
func listSpeakers(ss []string) string {
	const most = 6
	switch {
	case len(ss) <= 2:
		return strings.Join(ss, " and ")
	case len(ss) <= most:
		return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
	}
	return strings.Join(ss[:most-1], ", ") + fmt.Sprintf(" and %d others", len(ss)-most+1)
}
