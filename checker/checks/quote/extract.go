// Package quote implements kinds quote-attribution and quote-wording: one statement
// credited to two speakers, and one statement quoted in two wordings. Both read the quotes
// of each article with package quotes, in one extraction.
package quote

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/dates"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/quotes"
	"factcheck/checker/text"
	"factcheck/rules"
)

// Check is a quote rule.
type Check struct {
	rule     *rules.Rule
	minWords int
	// extractMin is the smallest min-words of the set's quote rules: the one extraction
	// they share keeps every quote part that one of them compares.
	extractMin int
	similar    float64
	near       float64
	folder     *names.Folder // speakers' names, folded for comparing
}

// New compiles a quote rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	c := &Check{rule: r, minWords: 4, similar: 0.5, near: 0.8}
	var fold [][]string
	if o := r.Quotes; o != nil {
		fold = o.Fold
		if o.MinWords > 0 {
			c.minWords = o.MinWords
		}
		if o.Similar > 0 {
			c.similar = o.Similar
		}
		if o.Near > 0 {
			c.near = o.Near
		}
	}
	c.folder = names.NewFolder(fold)
	c.extractMin = c.minWords
	if env != nil && env.Set != nil {
		for _, o := range env.Set.Rules {
			if o.Kind != "quote-attribution" && o.Kind != "quote-wording" {
				continue
			}
			m := 4
			if o.Quotes != nil && o.Quotes.MinWords > 0 {
				m = o.Quotes.MinWords
			}
			c.extractMin = min(c.extractMin, m)
		}
	}
	return c, nil
}

// ExtractKey implements pass.Check: every quote rule of a set reads the same quotes, down
// to the shortest any of them compares; each applies its own minimum when comparing.
func (c *Check) ExtractKey() string { return fmt.Sprintf("quotes/%d", c.extractMin) }

// Extract implements pass.Check: one claim per sentence of a quote, with the quote's
// attribution. An article without a quotation mark or an apostrophe costs two byte searches; quotes too
// short to compare are counted, not kept (save for `factcheck claims`), and their speakers
// are not looked for.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	body := d.Body.Text
	if len(d.Sentences) == 0 {
		return nil
	}
	turns := transcript(d)
	if len(turns) == 0 && strings.IndexByte(body, '"') < 0 && strings.IndexByte(body, '\'') < 0 {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer func() {
		sc.at.Reset(nil, nil, nil, nil) // no hold on this article once it is done
		scratchPool.Put(sc)
	}()
	spans := quotes.AppendFindKinds(sc.spans[:0], body, func(j int) byte { return markKind(d, j) })
	if len(turns) > 0 {
		spans = withTurns(spans, turns)
	}
	sc.spans = spans
	if len(spans) == 0 {
		return nil
	}
	sc.reset(len(spans))
	// First the parts, normalised into one buffer; then the attributions of the quotes
	// that have a part to keep; then the claims, allocated once, at their number.
	kept := 0
	for i, q := range spans {
		sc.segs = quotes.AppendSplit(sc.segs[:0], body, q.Start, q.End)
		for k, seg := range sc.segs {
			from := len(sc.norm)
			var n int
			var text string
			text, sc.dash = dashesApart(d, sc.dash, seg)
			sc.norm, n = sc.normal(sc.norm, text)
			if n == 0 {
				continue
			}
			short := n < c.extractMin || len(sc.segs) == 1 && isTerm(d, q.Start)
			if short && !d.AllClaims {
				d.Uncompared++
				continue
			}
			sc.parts = append(sc.parts, part{quote: int32(i), seg: seg, first: k == 0, short: short, words: int32(n), norm: [2]int32{int32(from), int32(len(sc.norm))}})
			sc.need[i] = true
			kept++
		}
	}
	if kept == 0 {
		return nil
	}
	sc.at.Reset(d.Sentences, d.Env.Lex, names.Plain, d.Mentions)
	at := sc.at.Attribute(spans, sc.need)
	for _, t := range turns {
		// A transcript's answer is its label's: nothing around it says otherwise.
		if i, ok := slices.BinarySearchFunc(spans, t.span.Start, func(s quotes.Span, start int) int { return s.Start - start }); ok && spans[i].End == t.span.End {
			at[i] = t.at
		}
	}
	out := d.NewClaims(kept)[:0]
	qs := d.NewQuotes(kept)
	// The parts of one quote share its attribution and occasion: interned and read once.
	var shared claim.Quote
	prev := int32(-1)
	// The parts of a quote split around its attribution ("...," Green said. "...") or
	// carried on in the same paragraph are one quote: they share where the first opens.
	opens := sc.opens[:0]
	for i, q := range spans {
		o := int32(q.Start)
		if i > 0 && q.Continues {
			o = opens[i-1]
		}
		opens = append(opens, o)
	}
	sc.opens = opens
	for _, p := range sc.parts {
		a, seg := &at[p.quote], p.seg
		if p.quote != prev {
			prev = p.quote
			shared = claim.Quote{Speaker: d.Intern(a.Speaker), Verb: d.Intern(a.Verb), How: a.How, Unsure: a.Unsure,
				Key: d.Intern(a.Key), Given: d.Intern(a.Given), Occasion: occasion(d, spans[p.quote]), Start: opens[p.quote]}
		}
		// The evidence is every sentence the part touches.
		first, last := sentenceOf(d.Sentences, seg[0]), sentenceOf(d.Sentences, seg[1]-1)
		if first < 0 || last < first {
			continue
		}
		s := article.Sentence{Span: d.Sentences[first].Span}
		s.End = d.Sentences[last].End
		out = append(out, claim.Claim{})
		cl := &out[len(out)-1]
		d.Fill(cl, "quote", &s, seg[0], seg[1], d.InternBytes(sc.norm[p.norm[0]:p.norm[1]]))
		ld := ""
		if p.first {
			ld = lead(d, first, spans[p.quote].Start)
		}
		q := &qs[len(out)-1]
		*q = shared
		q.Text, q.Words, q.Short, q.Lead = cl.Value, int(p.words), p.short, d.Intern(ld)
		if q.Match = quotes.FoldSpelling(q.Text); q.Match != q.Text {
			q.Match = d.Intern(q.Match)
		}
		cl.Quote = q
	}
	return out
}

// part is one sentence of a quote that is kept: its body span, its word count and where
// its normalised text stands in the scratch buffer.
type part struct {
	quote int32
	words int32
	first bool // the quote's first part: its lead is read
	short bool // a characterisation or a term, never compared
	seg   [2]int
	norm  [2]int32
}

// scratch holds one article's working buffers, reused from article to article.
type scratch struct {
	spans []quotes.Span
	parts []part
	segs  [][2]int
	norm  []byte
	dash  []byte // dashesApart's copy of a part
	need  []bool
	opens []int32 // where the quote each span is part of opens
	at    quotes.Attributor
	// normals remembers the normal forms of the parts this scratch has read: a corpus
	// quotes its statements again and again (a wire story's quotes run in every paper
	// that prints it), and normalising a part costs twenty times looking it up.
	// normalBytes is what they hold, in bytes.
	normals     map[string]normal
	normalBytes int
}

// normal is a part's normal form and its number of words.
type normal struct {
	text  string
	words int
}

// maxNormalBytes bounds the memory of scratch.normals. Once it is full, new parts are
// normalised without being remembered: without garbage collection, a memory that started
// again would leave its old entries on the heap, and a corpus of many distinct quotes
// grew by their size twice over.
const maxNormalBytes = 1 << 20

// normal is quotes.AppendNormal with a memory of the parts normalised before.
func (sc *scratch) normal(b []byte, part string) ([]byte, int) {
	if nm, ok := sc.normals[part]; ok {
		return append(b, nm.text...), nm.words
	}
	from := len(b)
	b, n := quotes.AppendNormal(b, part)
	if size := len(part) + len(b) - from; sc.normalBytes+size <= maxNormalBytes {
		if sc.normals == nil {
			sc.normals = make(map[string]normal, 256)
		}
		// The part is a slice of the article's text, whose buffer the next article
		// reuses; the normal form a slice of b, which the caller reuses.
		sc.normals[strings.Clone(part)] = normal{string(b[from:]), n}
		sc.normalBytes += size
	}
	return b, n
}

func (sc *scratch) reset(quotes int) {
	sc.parts, sc.segs, sc.norm = sc.parts[:0], sc.segs[:0], sc.norm[:0]
	sc.need = slices.Grow(sc.need[:0], quotes)[:quotes]
	clear(sc.need)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// dashesApart returns the part of the body at seg, with the hyphens that stand for em
// dashes in the original text turned to spaces: folding made every dash a hyphen, but
// "state—in this case" has the words of "state - in this case", and only a hyphen joins
// two words into one ("long-term"). An en dash stays a hyphen: unspaced, it joins a range
// that plain text writes with a hyphen ("2014–2022", "2014-2022"). A part without a
// hyphen is returned as it is.
func dashesApart(d *pass.Doc, buf []byte, seg [2]int) (string, []byte) {
	part := d.Body.Text[seg[0]:seg[1]]
	if strings.IndexByte(part, '-') < 0 {
		return part, buf
	}
	buf = append(buf[:0], part...)
	changed := false
	for k, c := range buf {
		if c != '-' {
			continue
		}
		if o := d.Orig(seg[0] + k); o >= 0 && o < len(d.Src) {
			if r, _ := utf8.DecodeRuneInString(d.Src[o:]); r == '\u2014' || r == '\u2015' {
				buf[k], changed = ' ', true
			}
		}
	}
	if !changed {
		return part, buf
	}
	return string(buf), buf
}

// isTerm reports whether the quote that opens at body offset start names a term rather
// than quoting a statement: it stands inside its sentence right after an article, a
// demonstrative or a possessive, or after "so-called" (a "coalition of the willing" would
// meet; the "28-point plan"; his "peace through strength" approach). Whoever is credited
// nearby did not say such words as a statement, and many speakers use the same term, so
// it is kept apart like a characterisation.
func isTerm(d *pass.Doc, start int) bool {
	si := sentenceOf(d.Sentences, start)
	if si < 0 {
		return false
	}
	toks := d.Sentences[si].Toks
	k := 0
	for k < len(toks) && toks[k].End <= start {
		k++
	}
	// toks[k-1] is the opening mark itself when the tokenizer keeps it.
	for k > 0 && (toks[k-1].Text == `"` || toks[k-1].Text == "'") {
		k--
	}
	if k == 0 || toks[k-1].Kind != text.Word {
		return false
	}
	w := toks[k-1].Text
	if strings.EqualFold(w, "called") && k >= 3 && toks[k-2].Text == "-" && strings.EqualFold(toks[k-3].Text, "so") {
		return true
	}
	return termWords[strings.ToLower(w)]
}

// termWords are the words after which a quotation mark opens a term: articles,
// demonstratives, possessives, "so-called". Not "that", which more often introduces
// reported words than points at a term (said that "a lot of progress" was made).
var termWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"so-called": true,
}

// sentenceOf returns the index of the sentence that holds body offset off (or the next
// one, when off falls between sentences), or -1.
func sentenceOf(ss []article.Sentence, off int) int {
	// sort.Search by hand: its closure call per step showed in profiles.
	lo, hi := 0, len(ss)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ss[mid].End > off {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if lo == len(ss) {
		return -1
	}
	return lo
}

// lead returns up to three words before a quote's opening mark in its sentence,
// normalised; none when a colon, a comma or a speech verb stands right before the mark
// (the quote is then a statement of its own, not a fragment of the sentence).
func lead(d *pass.Doc, si, start int) string {
	s := &d.Sentences[si]
	toks := s.Toks
	k := 0
	for k < len(toks) && toks[k].End < start {
		k++
	}
	// toks[k-1] is the mark itself when the tokenizer keeps it.
	j := k
	for j > 0 && (toks[j-1].Text == `"` || toks[j-1].Text == "'") {
		j--
	}
	if j == 0 || toks[j-1].Kind != text.Word || toks[j-1].Is(text.ClassSpeech) {
		return ""
	}
	from := max(0, j-3)
	for i := j - 1; i >= from; i-- {
		if toks[i].Kind != text.Word {
			from = i + 1
			break
		}
	}
	// Compared with the quotes' Match: British spellings folded like theirs.
	return quotes.FoldSpelling(quotes.Normalize(d.Body.Text[toks[from].Start:toks[j-1].End]))
}

// markKind tells whether the double mark at body offset j was written curly in the article
// (the folded body writes every double mark straight).
func markKind(d *pass.Doc, j int) byte {
	o := d.Orig(j)
	if o+3 > len(d.Src) || d.Src[o] != 0xE2 || d.Src[o+1] != 0x80 {
		return 0
	}
	switch d.Src[o+2] {
	case 0x9C, 0x9E: // “ „
		return quotes.CurlyOpen
	case 0x9D: // ”
		return quotes.CurlyClose
	}
	return 0
}

// withTurns adds a transcript's answers to the quotes of a body, in order, without the
// quotations inside an answer (they are part of it).
func withTurns(spans []quotes.Span, turns []turn) []quotes.Span {
	kept := spans[:0]
	for _, s := range spans {
		inside := false
		for _, t := range turns {
			if s.Start >= t.span.Start && s.Start < t.span.End {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, s)
		}
	}
	for _, t := range turns {
		kept = append(kept, t.span)
	}
	slices.SortStableFunc(kept, func(a, b quotes.Span) int { return a.Start - b.Start })
	return kept
}

// occasion reads when the words of quote q were spoken: the months, weekdays and year that
// the sentences around it name outside the quote (its own, the one where it ends, and the
// one before when the quote opens its sentence: "By June her tone had hardened. "...,"
// she said").
func occasion(d *pass.Doc, q quotes.Span) claim.Occasion {
	var o claim.Occasion
	first, last := sentenceOf(d.Sentences, q.Start), sentenceOf(d.Sentences, q.End)
	if first < 0 {
		return o
	}
	if last < first {
		last = first
	}
	if s := &d.Sentences[first]; first > 0 && q.Start-s.Start <= 1 && !strings.Contains(d.Body.Text[d.Sentences[first-1].End:s.Start], "\n") {
		first-- // the sentence before, in the same paragraph
	}
	for si := first; si <= last; si++ {
		s := &d.Sentences[si]
		if s.Classes&(text.ClassMonth|text.ClassWeekday|text.ClassDigits) == 0 {
			continue
		}
		for i := range s.Toks {
			t := &s.Toks[i]
			if t.Start >= q.Start && t.End <= q.End {
				continue // the quote's own words
			}
			if m := dates.Month(*t); m > 0 {
				o.Months |= 1 << (m - 1)
				// "Aug. 7", "August 14," or "14 August": the day.
				for _, k := range []int{i - 1, i + 1, i + 2} {
					if k >= 0 && k < len(s.Toks) && s.Toks[k].Kind == text.Number && (k != i+2 || s.Toks[i+1].Text == ".") {
						if d, err := strconv.Atoi(s.Toks[k].Text); err == nil && d >= 1 && d <= 31 {
							o.Days |= 1 << (d - 1)
							break
						}
					}
				}
			} else if t.Is(text.ClassWeekday) {
				if wd, ok := weekdays[strings.ToLower(t.Text[:min(3, len(t.Text))])]; ok {
					o.Weekdays |= 1 << wd
				}
			} else if y := dates.Year(*t); y != 0 && o.Year == 0 {
				o.Year = int16(y)
			}
		}
	}
	return o
}

var weekdays = map[string]uint8{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
