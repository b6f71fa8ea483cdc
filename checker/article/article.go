// Package article reads one article file: it checks that the file is text, parses optional
// YAML front matter, folds the body, splits it into sentences and tokens, and infers the
// title and publication date when the front matter does not give them.
package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"factcheck/checker/dates"
	"factcheck/checker/text"
)

// Article is one parsed article. Its text is kept only while claims are extracted.
type Article struct {
	// Path is the article's path relative to the corpus root, with forward slashes.
	Path string
	// Title, Source and URL come from front matter; Title is otherwise the first line.
	Title, Source, URL string
	// Published is YYYY-MM-DD, or "" when unknown.
	Published string
	// PublishedInferred reports that Published was inferred from the text.
	PublishedInferred bool
	// Size is the file size in bytes.
	Size int

	// Src is the original file content.
	Src string
	// Body is the folded text after the front matter; Body offsets map to Src through Orig.
	Body *text.Folded
	// BodyStart is the offset in Src where the body begins.
	BodyStart int
	// Lines indexes Src.
	Lines *text.Lines
	// Sentences are the body's sentences with their tokens.
	Sentences []Sentence
	// Dates are the explicit dates of the body, for publication-date inference.
	Dates []dates.Date
	// Uncompared counts the claims of this article that were counted but not built because
	// no comparison can use them.
	Uncompared int
	// LatestYear is the latest year the body names on its own ("the 2016 quake"), 0 if none:
	// the last resort for the year of a year-less dateline.
	LatestYear int
	// dateline is a date found in the first lines, if any.
	dateline *dates.Date
}

// Sentence is one sentence of the body.
type Sentence struct {
	text.Span
	Toks []text.Token
	// Classes is the union of its tokens' classes, with text.ClassDigits when a token is a
	// number in digits: extractors skip a sentence without the words they need on one test.
	Classes text.Class
}

// Classify marks the tokens of an article parsed without a Scratch.Classify with classify,
// and sets each sentence's Classes.
func (a *Article) Classify(classify func([]text.Token)) {
	for i := range a.Sentences {
		s := &a.Sentences[i]
		classify(s.Toks)
		s.Classes = unionOf(s.Toks)
	}
}

// unionOf returns the union of the tokens' classes (see Sentence.Classes).
func unionOf(toks []text.Token) text.Class {
	var u text.Class
	for i := range toks {
		u |= toks[i].Class
		if toks[i].Kind == text.Number {
			u |= text.ClassDigits
		}
	}
	return u
}

// Error is a problem with an input file, with its position when it has one.
type Error struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Scratch is memory one reader reuses from article to article: the file buffer, the folded
// text, the line index, the sentences and the tokens. An article parsed with a scratch
// aliases that memory, so it must be released before the scratch is used again; whatever
// outlives the article (claims, metadata) is copied.
type Scratch struct {
	toks   []text.Token
	buf    []byte
	fold   text.FoldBuffer
	starts []int
	spans  []text.Span
	bounds []int
	sents  []Sentence
	// Classify, when set, marks tokens with their lexical classes as soon as they exist,
	// before dates are read from them.
	Classify func([]text.Token)
}

// Poison overwrites the scratch's memory, as the next article would. Tests call it after
// each article to prove that nothing kept from an article aliases the scratch.
func (sc *Scratch) Poison() {
	for i := range sc.buf[:cap(sc.buf)] {
		sc.buf[:cap(sc.buf)][i] = '#'
	}
	sc.fold.Poison()
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.sents[:cap(sc.sents)])
}

// Parse parses the content of the article at path (relative to the corpus root).
func Parse(path string, data []byte) (*Article, error) { return ParseWith(nil, path, data) }

// ParseWith parses like Parse, with sc's memory when sc is not nil.
func ParseWith(sc *Scratch, path string, data []byte) (*Article, error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := text.NewLines(string(data[:i])).Pos(i)
		return nil, &Error{Path: path, Line: line, Col: col, Msg: "binary file (NUL byte); articles must be UTF-8 text"}
	}
	if !utf8.Valid(data) {
		i := invalidAt(data)
		line, col := text.NewLines(string(data[:i])).Pos(i)
		return nil, &Error{Path: path, Line: line, Col: col, Msg: fmt.Sprintf("not valid UTF-8 (byte 0x%02x); convert the file to UTF-8", data[i])}
	}
	var src string
	if sc != nil {
		// The article aliases data until it is released; see Scratch.
		src = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		src = string(data)
		sc = &Scratch{}
	}
	a := &Article{Path: path, Src: src, Size: len(data)}
	sc.starts = text.LineStarts(sc.starts[:0], src)
	a.Lines = text.LinesOf(src, sc.starts)
	fm, bodyStart, err := parseFrontMatter(src)
	if err != nil {
		err.Path = path
		return nil, err
	}
	a.BodyStart = bodyStart
	if fm != nil {
		// Front matter values may be slices of the file buffer.
		a.Title, a.Source = strings.Clone(fm.Title), strings.Clone(fm.Source)
		a.URL, a.Published = strings.Clone(fm.URL), strings.Clone(fm.Published)
	}
	a.Body = sc.fold.Fold(src[bodyStart:])
	body := a.Body.Text
	spans := text.AppendSentences(sc.spans[:0], body)
	sc.spans = spans
	toks := sc.toks[:0]
	if cap(toks) < len(body)/4 {
		toks = make([]text.Token, 0, len(body)/4)
	}
	bounds := sc.bounds[:0]
	for _, sp := range spans {
		n := len(toks)
		bounds = append(bounds, n)
		toks = text.AppendTokens(toks, body, sp.Start, sp.End)
		if sc.Classify != nil {
			// Each sentence's words are classified while they are still in the cache.
			sc.Classify(toks[n:])
		}
	}
	bounds = append(bounds, len(toks))
	sc.toks, sc.bounds = toks, bounds
	if cap(sc.sents) < len(spans) {
		sc.sents = make([]Sentence, len(spans), len(spans)+len(spans)/2)
	}
	a.Sentences = sc.sents[:len(spans)]
	for i, sp := range spans {
		st := toks[bounds[i]:bounds[i+1]:bounds[i+1]]
		a.Sentences[i] = Sentence{Span: sp, Toks: st, Classes: unionOf(st)}
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		// A date needs a month name or digits; a classified sentence without either is
		// skipped on its class union.
		if s.Classes&(text.ClassMonth|text.ClassDigits) == 0 && (len(s.Toks) == 0 || s.Toks[0].Class&text.ClassKnown != 0) {
			continue
		}
		a.Dates = append(a.Dates, dates.Find(s.Toks)...)
		if s.Classes&text.ClassDigits == 0 && len(s.Toks) > 0 && s.Toks[0].Class&text.ClassKnown != 0 {
			continue // no year without digits
		}
		for i := range s.Toks {
			if t := &s.Toks[i]; t.Kind == text.Number && len(t.Text) == 4 {
				if y := dates.Year(*t); y > a.LatestYear {
					a.LatestYear = y
				}
			}
		}
	}
	if a.Title == "" {
		a.Title = strings.Clone(inferTitle(body)) // not a slice of the text, which is released
	}
	a.dateline = findDateline(a)
	if a.Source == "" {
		a.Source = strings.Clone(datelineAgency(body))
	}
	return a, nil
}

// datelinePlace reports whether s looks like the place (and date) of a dateline: a few
// words, each capitalised or a number ("NEW YORK", "New York", "PARIS, May 28, 2023").
func datelinePlace(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// datelineAgency returns the agency a wire dateline names in parentheses near the start of
// one of the first lines: "KARACHI (Reuters) -", "PARIS, May 28, 2023 (AFP) -". It
// returns "" when there is none.
func datelineAgency(body string) string {
	for n, line := range strings.SplitN(body, "\n", 6) {
		if n == 5 {
			break
		}
		open := strings.IndexByte(line, '(')
		if open < 0 || open > 60 {
			continue
		}
		end := strings.IndexByte(line[open:], ')')
		if end < 0 {
			continue
		}
		agency := strings.TrimSpace(line[open+1 : open+end])
		after := strings.TrimLeft(line[open+end+1:], " ")
		words := strings.Fields(agency)
		if len(words) == 0 || len(words) > 4 || !strings.HasPrefix(after, "-") {
			continue
		}
		if !datelinePlace(strings.TrimSpace(line[:open])) {
			continue
		}
		ok := true
		for _, w := range words {
			if r := w[0]; !(r >= 'A' && r <= 'Z') {
				ok = false
			}
		}
		if ok {
			return agency
		}
	}
	return ""
}

// Orig returns the offset in Src of body offset off.
func (a *Article) Orig(off int) int { return a.BodyStart + a.Body.Orig(off) }

// Pos returns the line and column in the file of body offset off.
func (a *Article) Pos(off int) (line, col int) { return a.Lines.Pos(a.Orig(off)) }

// OrigText returns the original text of body span [start, end).
func (a *Article) OrigText(start, end int) string { return a.Src[a.Orig(start):a.Orig(end)] }

// Release drops the article's text once its claims are extracted, so that memory grows with
// the claims and not with the corpus.
func (a *Article) Release() {
	a.Src, a.Body, a.Lines, a.Sentences = "", nil, nil, nil
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// inferTitle returns the first line of at least two words (a lone word is a section label
// such as "Politics"), or the first non-empty line.
func inferTitle(body string) string {
	first := ""
	for n, line := range strings.SplitN(body, "\n", 12) {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if t == "" || n == 11 {
			continue
		}
		if first == "" {
			first = t
		}
		if len(strings.Fields(t)) >= 2 {
			return clip(t, 120)
		}
	}
	return clip(first, 120)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "..."
}

// findDateline returns the date of a dateline in the first lines: a short line with a full
// date ("London, UK, December 1, 2025"), or a date right after a place in capitals at the
// start of a line ("NEW YORK, Nov 2 (Reuters) -"), whose year may be missing.
func findDateline(a *Article) *dates.Date {
	first, _ := a.Pos(0)
	for _, d := range a.Dates {
		line, _ := a.Pos(d.Start)
		if line-first > 4 {
			break
		}
		ls := lineStart(a.Body.Text, d.Start)
		lineText := a.Body.Text[ls:lineEnd(a.Body.Text, d.Start)]
		if d.Year != 0 && len(strings.Fields(lineText)) <= 8 || capsPlaceBefore(a.Body.Text[ls:d.Start]) {
			dd := d
			return &dd
		}
	}
	return nil
}

// capsPlaceBefore reports whether s (the start of a line up to a date) is a dateline place:
// words in capitals followed by a comma, with little else.
func capsPlaceBefore(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, ',')
	if i <= 0 || len(s) > 60 {
		return false
	}
	place := strings.TrimSpace(s[:i])
	return len(place) >= 3 && place == strings.ToUpper(place) && strings.ToLower(place) != place
}

func lineStart(s string, i int) int { return strings.LastIndexByte(s[:i], '\n') + 1 }

func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}
