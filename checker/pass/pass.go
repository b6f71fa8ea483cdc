// Package pass defines what a check sees: a Doc, the per-article pass in which a check
// extracts claims (run in parallel, one article at a time), and a Corpus, the corpus pass
// in which it compares the claims of every article. Checks are pure functions of their pass,
// as go/analysis analyzers are; the driver is package checker.
package pass

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/text"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// Check is one rule compiled for its kind.
type Check interface {
	// ExtractKey identifies what Extract reads: checks with equal keys share one extraction,
	// so that two rules of one kind read each article once.
	ExtractKey() string
	// Extract reads the claims of one article. It must be safe for concurrent use.
	Extract(d *Doc) []claim.Claim
	// Compare reports the findings among the claims of the corpus. The driver fills in rule,
	// class, severity and fingerprint.
	Compare(c *Corpus) []finding.Finding
}

// Requirer is a check whose comparison also reads the claims of other extractions: a
// roster rule reads the event mentions to know which event each roster is of. The driver
// runs each required extraction once, even when no rule of its own asks for it.
type Requirer interface {
	Requires() []Check
}

// Env is what every check may consult: the loaded rule set and its compiled lexicon.
type Env struct {
	Set *rules.Set
	Lex *lexicon.Lexicon

	memoMu sync.Mutex
	memo   map[string]*memoEntry
}

type memoEntry struct {
	once sync.Once
	v    any
}

// Memo returns the value of fn for key, computing it once per run: checks of one kind that
// derive the same thing from the same claims (two name rules clustering one set of
// mentions) share the work. fn must be a pure function of what key names.
func (e *Env) Memo(key string, fn func() any) any {
	e.memoMu.Lock()
	if e.memo == nil {
		e.memo = map[string]*memoEntry{}
	}
	m, ok := e.memo[key]
	if !ok {
		m = &memoEntry{}
		e.memo[key] = m
	}
	e.memoMu.Unlock()
	m.once.Do(func() { m.v = fn() })
	return m.v
}

// Doc is the per-article pass.
type Doc struct {
	*article.Article
	// Index is the article's index in the corpus.
	Index int
	Env   *Env

	// Mem is where claim strings are copied; nil means memory of the Doc's own. A reader
	// that extracts many articles passes the same Memory to each.
	Mem *Memory
	// window is the last evidence window cut from an over-long sentence.
	window evidenceWindow

	// times caches Times.
	times     [][]timex.Expr
	timesDone bool
	// mentions caches Mentions.
	mentions     [][]names.Mention
	mentionsDone bool

	// AllClaims asks for every claim, even those no comparison can use (factcheck claims);
	// otherwise a check may count such claims in Uncompared instead of building them.
	AllClaims bool
	// Uncompared counts the claims left unbuilt.
	Uncompared int
}

// Claim makes a claim of kind over body span [start, end) of sentence s.
func (d *Doc) Claim(kind string, s *article.Sentence, start, end int, value string) claim.Claim {
	var c claim.Claim
	d.Fill(&c, kind, s, start, end, value)
	return c
}

// Fill is Claim writing into c, which must be zero: claims are large, and a check that
// makes many fills them in place in their final slice.
func (d *Doc) Fill(c *claim.Claim, kind string, s *article.Sentence, start, end int, value string) {
	o0, o1 := d.Orig(start), d.Orig(end)
	// The fold writes some characters as others of the same length ("…" as "..."): a claim
	// that ends or starts inside one is cut to whole characters, so that its text is valid
	// UTF-8.
	for o1 > o0 && o1 < len(d.Src) && !utf8.RuneStart(d.Src[o1]) {
		o1--
	}
	for o0 < o1 && !utf8.RuneStart(d.Src[o0]) {
		o0++
	}
	line, col := d.Lines.Pos(o0)
	eline, ecol := d.Lines.Pos(o1)
	so0 := d.Orig(s.Start)
	hl := [2]int32{int32(o0 - so0), int32(o1 - so0)}
	var sentence string
	if raw := d.rawSentence(s); len(raw) <= maxSentence {
		sentence = d.sentence(s, raw)
	} else {
		// A run-on "sentence" (a file without punctuation) is cut into windows around its
		// claims: evidence, not the whole file. Neighbouring claims share a window.
		w := &d.window
		if w.text == "" || w.sentence != s.Start || int(hl[0])-w.a < context || w.b-int(hl[1]) < context {
			a := max(0, int(hl[0])-context)
			b := min(len(raw), a+maxSentence)
			for a > 0 && !utf8.RuneStart(raw[a]) {
				a--
			}
			for b < len(raw) && !utf8.RuneStart(raw[b]) {
				b++
			}
			*w = evidenceWindow{sentence: s.Start, a: a, b: b, text: d.mem().arena.copyFlat(raw[a:b])}
		}
		sentence = w.text
		hl = [2]int32{hl[0] - int32(w.a), hl[1] - int32(w.a)}
	}
	c.Kind, c.Path, c.Source = kind, d.Path, d.Source
	c.Line, c.Column, c.EndLine, c.EndColumn = int32(line), int32(col), int32(eline), int32(ecol)
	c.Text, c.Sentence = d.Intern(d.Src[o0:o1]), sentence
	if value == c.Text {
		c.Value = c.Text // a name as written is its own value: one lookup, not two
	} else {
		c.Value = d.Intern(value)
	}
	c.Highlight, c.Article, c.Offset = hl, int32(d.Index), int32(o0)
}

// maxSentence is the longest evidence sentence kept whole, in bytes; context is how much
// of a longer one is kept before a claim.
const (
	maxSentence = 2000
	context     = 300
)

// evidenceWindow is a piece of an over-long sentence, shared by the claims it covers.
type evidenceWindow struct {
	sentence, a, b int
	text           string
}

// sentence returns the original text of s on one line (hard-wrapped text keeps its byte
// offsets: line breaks become spaces). Only the sentences that carry claims are copied, once
// each, so memory grows with the claims and not with the text.
func (d *Doc) sentence(s *article.Sentence, raw string) string {
	m := d.mem()
	if m.doc != d {
		m.doc = d
		clear(m.sentences)
	}
	// A claim's evidence may span several sentences (a quote the splitter cut): it shares
	// a start with the first one's, so the length tells the two apart.
	if v, ok := m.sentences[s.Start]; ok && len(v) == len(raw) {
		return v
	}
	v := m.arena.copyFlat(raw)
	if _, ok := m.sentences[s.Start]; !ok {
		m.sentences[s.Start] = v
	}
	return v
}

// rawSentence returns the original text of s without trailing white space.
func (d *Doc) rawSentence(s *article.Sentence) string {
	return strings.TrimRight(d.Src[d.Orig(s.Start):d.Orig(s.End)], " \t\r\n")
}

// InternBytes is Intern of string(b), without the conversion's copy when b is interned.
func (d *Doc) InternBytes(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	m := d.mem()
	if v, ok := m.interned[string(b)]; ok {
		return v
	}
	return m.intern(string(b))
}

// Intern returns a copy of s that holds no reference to the article's text (which is
// released after extraction), shared with equal strings the same Memory interned before.
// Memory is one reader's own: extraction runs in parallel without shared state.
func (d *Doc) Intern(s string) string {
	if s == "" {
		return ""
	}
	m := d.mem()
	if v, ok := m.interned[s]; ok {
		return v
	}
	return m.intern(s)
}

// intern copies s into the arena and remembers it.
func (m *Memory) intern(s string) string {
	c := m.arena.copy(s)
	m.interned[c] = c
	return c
}

func (d *Doc) mem() *Memory {
	if d.Mem == nil {
		d.Mem = NewMemory()
	}
	return d.Mem
}

// Memory holds the strings that claims keep after their article's text is released: one
// reader's interned words and evidence sentences, copied into large blocks instead of one
// allocation each. It is not safe for concurrent use.
type Memory struct {
	arena arena
	// Claims and their values, cut from large blocks.
	claims     slab[claim.Claim]
	persons    slab[claim.Person]
	quantities slab[claim.Quantity]
	quotes     slab[claim.Quote]
	interned   map[string]string
	sentences  map[int]string // evidence of the current Doc, by sentence start
	doc        *Doc
	// timeSents and times are Doc.Times's buffers, reused from article to article.
	timeSents []timex.Sentence
	times     [][]timex.Expr
	// mentions, flat and bounds are Doc.Mentions's buffers.
	mentions [][]names.Mention
	flat     []names.Mention
	bounds   []int
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{interned: map[string]string{}, sentences: map[int]string{}}
}

// arena hands out immutable strings from append-only blocks: a block is never written
// again below its length, so the strings cut from it stay valid for as long as they live.
type arena struct{ block []byte }

const arenaBlock = 64 << 10

// alloc returns n writable bytes at the end of the current block, starting a new block
// when the current one is full.
func (a *arena) alloc(n int) []byte {
	if len(a.block)+n > cap(a.block) {
		a.block = make([]byte, 0, max(arenaBlock, n))
	}
	start := len(a.block)
	a.block = a.block[:start+n]
	return a.block[start : start+n : start+n]
}

func (a *arena) copy(s string) string {
	b := a.alloc(len(s))
	copy(b, s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// copyFlat copies s with line breaks and tabs as spaces (byte for byte, so offsets hold).
func (a *arena) copyFlat(s string) string {
	if s == "" {
		return ""
	}
	b := a.alloc(len(s))
	copy(b, s)
	// Line breaks are rare in a sentence: find them with IndexByte, which scans many bytes
	// at a time, rather than testing every byte.
	for _, c := range [...]byte{'\n', '\r', '\t'} {
		for i := bytes.IndexByte(b, c); i >= 0; {
			b[i] = ' '
			j := bytes.IndexByte(b[i+1:], c)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Corpus is the corpus pass.
type Corpus struct {
	// Articles are the corpus's articles (metadata only: their text is released).
	Articles []*article.Article
	// Claims are the claims of the check's extraction, ordered by path and offset. They are
	// shared with other checks: read them, never write them.
	Claims []*claim.Claim
	Env    *Env
	// Extractions are the claims of every extraction of the run, by extraction key.
	Extractions map[string][]*claim.Claim
}

// Extraction returns the claims of the extraction with the given key: one the check
// requires (see Requirer). Read them, never write them.
func (c *Corpus) Extraction(key string) []*claim.Claim { return c.Extractions[key] }

// Render fills the {placeholders} of a message template.
func Render(tmpl string, vals map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		if v, ok := vals[tmpl[i+1:i+j]]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}

// Times returns the temporal expressions of each sentence, resolved against the article's
// own publication date (Article.OwnPublished) and the paragraph's explicit dates. It is
// computed once per article, for every check that asks. Only the sentences the checks that
// use it can need are tagged: those with an event word or a weekday name, and those before
// them in their paragraph that may give a calendar date to count from (a month name, a
// year or a numeric date). Others get no expressions.
func (d *Doc) Times() [][]timex.Expr {
	if d.timesDone {
		return d.times
	}
	d.timesDone = true
	pub, _ := timex.ParseDay(d.OwnPublished())
	m := d.mem()
	sents := m.timeSents[:0]
	if cap(sents) < len(d.Sentences) {
		sents = make([]timex.Sentence, len(d.Sentences))
	}
	sents = sents[:len(d.Sentences)]
	text := d.Body.Text
	prev := 0
	for i := range d.Sentences {
		s := &d.Sentences[i]
		gap := ""
		if s.Start >= prev && s.Start <= len(text) {
			gap = text[prev:s.Start]
		}
		sents[i] = timex.Sentence{Toks: s.Toks, Text: text, NewParagraph: i == 0 || strings.IndexByte(gap, '\n') >= 0}
		prev = s.End
	}
	// Tag a sentence only when a check needs its expressions, or when it may give a date
	// that anchors a needed sentence after it in its paragraph.
	needLater := false
	for i := len(sents) - 1; i >= 0; i-- {
		need, anchor := needsTimes(&d.Sentences[i])
		sents[i].Skip = !need && !(anchor && needLater)
		needLater = needLater || need
		if sents[i].NewParagraph {
			needLater = false
		}
	}
	m.times = timex.ResolveInto(m.times, sents, pub)
	m.timeSents = sents
	d.times = m.times
	return d.times
}

// HasClass reports whether any word of the article has one of the classes c: a check whose
// words the article lacks skips it before any other work.
func (d *Doc) HasClass(c text.Class) bool {
	for i := range d.Sentences {
		if d.Sentences[i].Classes&c != 0 {
			return true
		}
	}
	return false
}

// needsTimes reports whether a sentence has words some check needs the expressions of (an
// event word with a place, a weekday), and whether it may name a calendar date (a month or
// a number in digits: a year, "2025-12-05", "06.12.2025").
func needsTimes(s *article.Sentence) (need, anchor bool) {
	all := s.Classes
	need = all&text.ClassWeekday != 0 || all&text.ClassEvent != 0 && all&text.ClassPlace != 0
	return need, all&(text.ClassMonth|text.ClassDigits) != 0
}

// Mentions returns the names of people in each sentence (names.AppendFind), read once per
// article for every check that needs them: the name rules, the roster readers and the
// quote attribution. They are valid until the next article; a check copies what it keeps.
func (d *Doc) Mentions() [][]names.Mention {
	if d.mentionsDone {
		return d.mentions
	}
	d.mentionsDone = true
	m := d.mem()
	flat := m.flat[:0]
	bounds := slices.Grow(m.bounds[:0], len(d.Sentences)+1)[:len(d.Sentences)+1]
	bounds[0] = 0
	for i := range d.Sentences {
		flat = names.AppendFind(flat, d.Sentences[i].Toks, d.Env.Lex)
		bounds[i+1] = len(flat)
	}
	out := m.mentions[:0]
	for i := range d.Sentences {
		out = append(out, flat[bounds[i]:bounds[i+1]:bounds[i+1]])
	}
	m.flat, m.mentions, m.bounds = flat, out, bounds
	d.mentions = out
	return out
}
