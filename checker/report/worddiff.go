package report

import (
	"strings"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Edit is one run of a word diff: words both texts share, or words only one of them has.
type Edit struct {
	// Op is '=' for shared words, '-' for words only the first text has, '+' for words only
	// the second has.
	Op byte
	// Words are the words as the text writes them (the first text's, for shared words).
	Words []string
}

// WordDiff compares two texts word by word: each word is one symbol, compared without its
// case and punctuation ("Killing," and "killing" are the same word), so the diff shows which
// words changed, never which letters. go-diff's Myers diff runs over one rune per distinct
// word, the technique its DiffLinesToRunes uses for lines.
func WordDiff(a, b string) []Edit {
	wa, wb := strings.Fields(a), strings.Fields(b)
	ids := map[string]rune{}
	code := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			k := wordKey(w)
			r, ok := ids[k]
			if !ok {
				// Symbols from the private use area up: any rune is fine, as long as
				// each word has its own.
				r = rune(0xE000 + len(ids))
				if r >= 0xF900 {
					r += 0x10000 - 0xF900 // past the BMP's private use area
				}
				ids[k] = r
			}
			out[i] = r
		}
		return out
	}
	ra, rb := code(wa), code(wb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // quotes are short: the exact diff, whatever it costs
	// No semantic clean-up: it is made for letters, and would fold a shared word between
	// two changed ones into the change.
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []Edit
	ia, ib := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		var e Edit
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			e = Edit{Op: '=', Words: wa[ia : ia+n]}
			ia, ib = ia+n, ib+n
		case diffmatchpatch.DiffDelete:
			e = Edit{Op: '-', Words: wa[ia : ia+n]}
			ia += n
		case diffmatchpatch.DiffInsert:
			e = Edit{Op: '+', Words: wb[ib : ib+n]}
			ib += n
		}
		if n > 0 {
			out = append(out, e)
		}
	}
	return out
}

// Overlap keeps the part of a word diff where both quotes run: a run of words (three or
// more) that one of them has before the other starts, or after it ends, is no change of
// wording (a quote taken up mid-sentence, or cut short) and becomes "...". Shorter runs
// stay: "prosperity {+of Ukraine+}" is how the sentence ends. A diff with no change
// inside that part is returned whole.
func Overlap(es []Edit) []Edit {
	const cut = 3 // the fewest words an end run needs to be read as a cut
	if len(es) < 2 {
		return es
	}
	from, to := 0, len(es)
	if es[0].Op != '=' && es[1].Op == '=' && len(es[0].Words) >= cut {
		from = 1
	}
	if es[to-1].Op != '=' && es[to-2].Op == '=' && len(es[to-1].Words) >= cut {
		to--
	}
	if from == 1 && to == len(es)-1 && es[0].Op != es[len(es)-1].Op {
		// Words only the second has before, words only the first has after: two
		// statements that overlap, not one inside the other. Show them whole.
		return es
	}
	if from >= to || from == 0 && to == len(es) {
		return es
	}
	changed := false
	for _, e := range es[from:to] {
		changed = changed || e.Op != '='
	}
	if !changed {
		return es
	}
	dots := Edit{Op: '=', Words: []string{"..."}}
	out := make([]Edit, 0, to-from+2)
	if from > 0 {
		out = append(out, dots)
	}
	out = append(out, es[from:to]...)
	if to < len(es) {
		out = append(out, dots)
	}
	return out
}

// wordKey is a word without its case and the punctuation around it, with a curly
// apostrophe as a straight one ("isn’t" and "isn't" are one word).
func wordKey(w string) string {
	k := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if k == "" {
		return w // punctuation standing alone ("-") is a word of its own
	}
	return strings.ToLower(strings.ReplaceAll(k, "\u2019", "'"))
}

// diffLine renders a word diff on one line: removed words struck through in red and added
// words in green on a terminal, between [- -] and {+ +} otherwise (git's --word-diff
// markers). A long run of shared words is cut to its ends.
func (s Style) diffLine(es []Edit) string {
	var parts []string
	for i, e := range es {
		ws := e.Words
		switch e.Op {
		case '=':
			const keep = 4
			if len(ws) > 2*keep+1 {
				var cut []string
				if i > 0 {
					cut = append(cut, ws[:keep]...)
				}
				cut = append(cut, "...")
				if i < len(es)-1 {
					cut = append(cut, ws[len(ws)-keep:]...)
				}
				ws = cut
			}
			parts = append(parts, Sanitize(strings.Join(ws, " ")))
		case '-':
			parts = append(parts, s.removed(Sanitize(strings.Join(ws, " "))))
		case '+':
			parts = append(parts, s.added(Sanitize(strings.Join(ws, " "))))
		}
	}
	return strings.Join(parts, " ")
}
