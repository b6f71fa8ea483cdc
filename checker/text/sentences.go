package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range of a text.
type Span struct{ Start, End int }

// Abbreviations the splitter knows. neurosnap/sentences, the maintained Go splitter, was tried
// first: its Punkt model merges every sentence that ends in a date such as "Dec. 4.", and it
// knows nothing of news datelines and headlines, so this small rule splitter is used instead.
var (
	// titleAbbrevs always precede a name: never a sentence end.
	titleAbbrevs = set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
		"cmdr", "gov", "sen", "rep", "st", "prof", "rev", "hon", "pres", "supt", "insp", "det",
		"cpl", "pvt", "brig", "fr", "amb", "atty", "gens", "reps", "sens", "mt", "ft")
	// monthAbbrevs are no sentence end before a day number.
	monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "art", "vol", "p", "pp")
	// softAbbrevs end a sentence only before a word that usually starts one.
	softAbbrevs = set("inc", "corp", "ltd", "co", "jr", "sr", "etc", "vs", "approx", "dept", "est", "univ", "bros")
	// neverEnd are abbreviations after which a sentence never ends.
	neverEnd = set("e.g", "i.e", "cf", "viz")
	// dayAbbrevs are no sentence end before a month name or a day number: "Fri. Oct. 4".
	dayAbbrevs = set("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	// starters are words that commonly open a sentence.
	starters = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at",
		"but", "and", "this", "that", "these", "those", "there", "his", "her", "its", "their",
		"our", "as", "after", "before", "when", "while", "however", "meanwhile", "if", "for",
		"officials", "both", "some", "many", "no", "one", "two", "three", "according")
)

// Kinds of abbreviation, as bits of abbrevKinds.
const (
	abbrevNever uint8 = 1 << iota
	abbrevMonth
	abbrevSoft
	abbrevDay
)

// abbrevKinds joins the abbreviation sets into one map, so that a full stop costs one lookup.
var abbrevKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, g := range []struct {
		set  map[string]bool
		kind uint8
	}{{neverEnd, abbrevNever}, {titleAbbrevs, abbrevNever}, {monthAbbrevs, abbrevMonth}, {softAbbrevs, abbrevSoft}, {dayAbbrevs, abbrevDay}} {
		for w := range g.set {
			m[w] |= g.kind
		}
	}
	return m
}()

// TitleAbbrev reports whether w (without its full stop) is an abbreviation after which a
// sentence never ends: a title before a name ("Mr", "Dr", "Gen") or "e.g", "i.e".
func TitleAbbrev(w string) bool {
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	var buf [32]byte
	return abbrevKinds[string(LowerASCII(&buf, w))]&abbrevNever != 0
}

// monthStarts are the lower-case first three letters of month names.
var monthStarts = set("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences splits a folded text into sentences. Lines are sentence boundaries, except in
// hard-wrapped text (most long lines break mid-sentence), where only blank lines, list items
// and headings are. Within a line, a sentence ends at ".", "!" or "?" (after any closing
// quotes) followed by space and a capital, digit or opening quote, unless the word before the
// period is an abbreviation that cannot end a sentence there.
func Sentences(s string) []Span { return AppendSentences(make([]Span, 0, len(s)/100+1), s) }

// AppendSentences appends the sentences of s to out, so that a reader can reuse one buffer
// from text to text.
func AppendSentences(out []Span, s string) []Span {
	bufs := spanPool.Get().(*spanBufs)
	bufs.lines, bufs.blocks = blocks(s, bufs.lines[:0], bufs.blocks[:0])
	for _, b := range bufs.blocks {
		out = splitBlock(s, b, out)
	}
	spanPool.Put(bufs)
	return out
}

// spanBufs are the line and block lists of one text, reused from text to text.
type spanBufs struct{ lines, blocks []Span }

var spanPool = sync.Pool{New: func() any { return new(spanBufs) }}

// blocks returns the paragraphs (or lines) of s that sentences never cross, appended to
// out, and the lines of s, appended to lines.
func blocks(s string, lines, out []Span) ([]Span, []Span) {
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			lines = append(lines, Span{i, len(s)})
			break
		}
		lines = append(lines, Span{i, i + j})
		i += j + 1
	}
	wrapped := hardWrapped(s, lines)
	cur := Span{-1, -1}
	flush := func() {
		if cur.Start >= 0 {
			out = append(out, cur)
		}
		cur = Span{-1, -1}
	}
	for k, l := range lines {
		txt := s[l.Start:l.End]
		if strings.TrimSpace(txt) == "" {
			flush()
			continue
		}
		if startsBlock(txt) || !wrapped && !(k > 0 && continues(s[lines[k-1].Start:lines[k-1].End], txt)) {
			flush()
		}
		if cur.Start < 0 {
			cur.Start = l.Start
		}
		cur.End = l.End
	}
	flush()
	return lines, out
}

// hardWrapped reports whether most long lines of s break in the middle of a sentence: at
// least three lines of 20 characters or more, none over 120, and a third of them (two at
// least) ending mid-sentence before a line that is not blank.
func hardWrapped(s string, lines []Span) bool {
	long, broken := 0, 0
	for k, l := range lines {
		n := l.End - l.Start // bytes: at least as many as characters
		if n > 480 {
			return false // four bytes a character at most: surely over 120 characters
		}
		if n > 120 && utf8.RuneCountInString(s[l.Start:l.End]) > 120 {
			return false
		}
		if n < 20 {
			continue
		}
		long++
		t := strings.TrimRight(s[l.Start:l.End], " ")
		if t != "" && !strings.ContainsRune(".!?:;\"'", rune(t[len(t)-1])) &&
			k+1 < len(lines) && strings.TrimSpace(s[lines[k+1].Start:lines[k+1].End]) != "" {
			broken++
		}
	}
	return long >= 3 && broken >= 2 && broken*3 >= long
}

// continues reports whether line carries on the sentence of prev, whatever the layout: prev
// does not end a sentence and line starts with a lower-case letter or a digit ("The plan has
// 19 / points, he said").
func continues(prev, line string) bool {
	p := strings.TrimRight(prev, " ")
	t := strings.TrimLeft(line, " ")
	if p == "" || t == "" || strings.ContainsRune(".!?:;\"'", rune(p[len(p)-1])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) || isDigit(r)
}

// startsBlock reports whether a line opens a new block even in hard-wrapped text.
func startsBlock(line string) bool {
	t := strings.TrimLeft(line, " ")
	if t == "" {
		return false
	}
	switch t[0] {
	case '#', '>', '|':
		return true
	case '-', '*', '+':
		return len(t) > 1 && t[1] == ' '
	}
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(t) && (t[k] == '.' || t[k] == ')') && t[k+1] == ' '
}

// splitBlock appends the sentences of block b to out.
func splitBlock(s string, b Span, out []Span) []Span {
	start := b.Start
	var ends terminals
	ends.init(s[:b.End], b.Start)
	for i := b.Start; i < b.End; i++ {
		if i = ends.next(i); i < 0 {
			break
		}
		c := s[i]
		j := i + 1
		for j < b.End && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		for j < b.End && strings.IndexByte(`"')]`, s[j]) >= 0 {
			j++
		}
		if j >= b.End || (s[j] != ' ' && s[j] != '\n') {
			continue
		}
		k := j
		for k < b.End && (s[k] == ' ' || s[k] == '\n') {
			k++
		}
		if k >= b.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:b.End])
		if !(unicode.IsUpper(r) || isDigit(r) || r == '"' || r == '\'' || r == '(' || r == '[') {
			continue
		}
		if c == '.' && j == i+1 && !endsAfter(s, b.Start, i, k, b.End) {
			continue
		}
		out = appendTrimmed(s, out, start, j)
		start = k
		i = k - 1
	}
	return appendTrimmed(s, out, start, b.End)
}

// terminals finds the next '.', '!' or '?' in a block. It keeps the next position of each
// mark and searches again for one only once the scan has passed it: three vectorised
// IndexByte scans of the block in all, where strings.IndexAny(".!?") from every mark built
// its byte set and tested the text a byte at a time.
type terminals struct {
	s   string
	pos [3]int // next '.', '!', '?' at or after the last search; len(s) when none
}

var terminalMarks = [3]byte{'.', '!', '?'}

func (t *terminals) init(s string, from int) {
	t.s = s
	for k := range t.pos {
		t.pos[k] = t.find(k, from)
	}
}

func (t *terminals) find(k, from int) int {
	if j := strings.IndexByte(t.s[from:], terminalMarks[k]); j >= 0 {
		return from + j
	}
	return len(t.s)
}

// next returns the position of the first mark at or after i, or -1 when there is none.
func (t *terminals) next(i int) int {
	best := len(t.s)
	for k := range t.pos {
		if t.pos[k] < i {
			t.pos[k] = t.find(k, i)
		}
		best = min(best, t.pos[k])
	}
	if best == len(t.s) {
		return -1
	}
	return best
}

// endsAfter decides whether the period at dot ends a sentence, given the next word at next.
func endsAfter(s string, lo, dot, next, hi int) bool {
	w := dot
	for w > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= size
	}
	if w == dot {
		return true
	}
	var buf, nbuf [32]byte
	lw := LowerASCII(&buf, s[w:dot]) // looked up as string(lw): no allocation
	nextDigit := next < hi && isDigit(rune(s[next]))
	kind := abbrevKinds[string(lw)]
	switch {
	case kind&abbrevNever != 0:
		return false
	case kind&abbrevMonth != 0 && nextDigit:
		return false
	case kind&abbrevDay != 0 && !afterThe(s, lo, w) && (nextDigit || next+3 <= hi && monthStarts[string(LowerASCII(&nbuf, s[next:next+3]))]):
		return false // "Fri. Oct. 4", but not "told The Sun. 4 October was..."
	case utf8.RuneCountInString(s[w:dot]) == 1 && unicode.IsUpper([]rune(s[w:dot])[0]):
		return false // an initial
	case strings.IndexByte(s[w:dot], '.') >= 0 || kind&abbrevSoft != 0:
		return starters[string(LowerASCII(&nbuf, s[next:wordEnd(s, next, hi)]))]
	}
	return true
}

// afterThe reports whether the word before s[w:] is "the": "The Sun." names a newspaper.
func afterThe(s string, lo, w int) bool {
	e := w
	for e > lo && s[e-1] == ' ' {
		e--
	}
	return e-3 >= lo && strings.EqualFold(s[e-3:e], "the") && (e-3 == lo || s[e-4] == ' ' || s[e-4] == '\n')
}

func appendTrimmed(s string, out []Span, a, b int) []Span {
	for a < b && (s[a] == ' ' || s[a] == '\n') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\n') {
		b--
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}
