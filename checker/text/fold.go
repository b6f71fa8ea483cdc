package text

import (
	"sort"
	"unicode/utf8"
	"unsafe"
)

// foldTable maps the typographic runes that news copy uses to their plain ASCII forms. A rune
// mapped to "" is dropped. golang.org/x/text offers width and case folding, but no table of
// quotes, dashes and spaces, so this one is ours.
var foldTable = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`, '\u00AB': `"`, '\u00BB': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u00A0': " ", '\u2002': " ", '\u2003': " ", '\u2004': " ", '\u2005': " ", '\u2006': " ",
	'\u2007': " ", '\u2008': " ", '\u2009': " ", '\u200A': " ", '\u202F': " ", '\u205F': " ", '\u3000': " ",
	'\t': " ", '\r': "",
	'\u200B': "", '\u200C': "", '\u200D': "", '\u2060': "", '\uFEFF': "", '\u00AD': "",
	'\u2026': "...",
}

// Folded is a text with typographic runes folded to ASCII, together with the information
// needed to map any offset in Text back to the original string.
type Folded struct {
	// Text is the folded text.
	Text string
	// marks records, at every point where the folded and original offsets drift apart, the
	// folded offset and the original offset that corresponds to it.
	marks []mark
}

type mark struct{ fold, orig int }

// Fold folds src. Every rune keeps its place: offsets in the result map back to the start of
// the original rune they came from.
func Fold(src string) *Folded {
	var fb FoldBuffer // used once: nothing else writes to it
	return fb.Fold(src)
}

// FoldBuffer is memory that Fold reuses from text to text. A text folded with a buffer
// aliases it until the next Fold call.
type FoldBuffer struct {
	text  []byte
	marks []mark
}

// Poison overwrites the buffer's memory, as the next text would (for tests).
func (fb *FoldBuffer) Poison() {
	b := fb.text[:cap(fb.text)]
	for i := range b {
		b[i] = '#'
	}
}

// Fold folds src like the function Fold, into fb's memory. A text with nothing to fold is
// returned as it is.
func (fb *FoldBuffer) Fold(src string) *Folded {
	if isPlain(src) {
		return &Folded{Text: src}
	}
	b := fb.text[:0]
	if cap(b) < len(src) {
		b = make([]byte, 0, len(src)+len(src)/8)
	}
	marks := fb.marks[:0]
	delta := 0 // original offset minus folded offset
	for i := 0; i < len(src); {
		// Plain ASCII runs are copied as they are.
		j := i
		for j < len(src) && src[j] < utf8.RuneSelf && src[j] != '\t' && src[j] != '\r' {
			j++
		}
		if j > i {
			b = append(b, src[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		i += size
		rep, ok := foldTable[r]
		if !ok {
			// Other runes, and invalid bytes (the loader rejects such files before folding),
			// are kept as they are.
			b = append(b, src[i-size:i]...)
			continue
		}
		b = append(b, rep...)
		if d := delta + size - len(rep); d != delta {
			delta = d
			marks = append(marks, mark{fold: len(b), orig: i})
		}
	}
	fb.text, fb.marks = b, marks
	return &Folded{Text: unsafe.String(unsafe.SliceData(b), len(b)), marks: marks[:len(marks):len(marks)]}
}

// Orig returns the original offset of folded offset off.
func (f *Folded) Orig(off int) int {
	k := sort.Search(len(f.marks), func(k int) bool { return f.marks[k].fold > off })
	if k == 0 {
		return off
	}
	m := f.marks[k-1]
	return m.orig + off - m.fold
}

// FoldString returns the folded form of s without a position map.
func FoldString(s string) string {
	if isPlain(s) {
		return s
	}
	return Fold(s).Text
}

func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\t' || s[i] == '\r' {
			return false
		}
	}
	return true
}
