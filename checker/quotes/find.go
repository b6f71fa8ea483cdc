// Package quotes finds the quotations of an article and who they are credited to. A quote
// is text between double quotation marks (curly marks and guillemets are folded to
// straight ones first); one that the writer splits around an attribution ("A," he wrote.
// "B.") is two quotes of one speaker, and one that runs on into the next paragraph (a
// paragraph that ends inside the quote and a next one that opens with a mark) continues
// with the same speaker. Quotes of fewer words than a rule's minimum are characterisations
// ("productive and constructive"), kept apart from full quotes.
package quotes

import (
	"sort"
	"strings"
)

// Span is one quotation: the body offsets of the text between its marks.
type Span struct {
	Start, End int
	// Continues marks a quote that carries on the one before it: in the same paragraph
	// after its attribution, or at the start of the next paragraph when that one ended
	// inside the quote. Opens marks a quote that opens its paragraph: with no attribution
	// of its own, it is the last speaker's (a quote paragraph after "..., she said.").
	Continues, Opens bool
	// runOn marks a quote that carries on over a paragraph break.
	runOn bool
}

// Find returns the quotations of a folded body text, in order. A mark opens a quote after
// a space, a line break, an opening bracket or a dash, and closes one before a space, a line
// break or punctuation; a quote never runs past its paragraph unless the next paragraph
// opens with a mark, the convention for a quote that continues. An unclosed quote is
// dropped: its end cannot be told.
//
// Single marks ('...', British style; curly ones are folded to the apostrophe) are quotes
// too, when they are not apostrophes: an opening mark stands before a letter at the start
// of a word and is no elision ("'90s", "'em"), a closing one after a word and not in the
// middle of a plural possessive ("the players' union"). A quote inside another (double
// marks inside single ones, or the reverse) belongs to the outer quote and is not one of
// its own.
func Find(body string) []Span {
	return AppendFind(nil, body)
}

// AppendFind appends the quotations of Find(body) to dst, using dst's spare capacity as
// working space: a reader that keeps one buffer allocates nothing.
func AppendFind(dst []Span, body string) []Span { return AppendFindKinds(dst, body, nil) }

// Mark kinds that the folded text no longer shows: a double mark written curly, opening
// (“, „) or closing (”).
const (
	CurlyOpen  byte = 'o'
	CurlyClose byte = 'c'
)

// AppendFindKinds is AppendFind for a folded body whose double marks were written curly
// or straight: kind(j) gives CurlyOpen or CurlyClose for the mark at body[j] when the
// article wrote it curly, 0 when straight. A quote inside a quote written with the other
// kind of mark ("Yesterday he told us, “We are standing up for families.” Nobody believes
// it," Plibersek said) belongs to the outer one. kind may be nil.
func AppendFindKinds(dst []Span, body string, kind func(j int) byte) []Span {
	base := len(dst)
	dst = scan(dst, body, '"', kind)
	if strings.IndexByte(body, '\'') < 0 {
		return dst
	}
	doubles := len(dst)
	dst = scan(dst, body, '\'', nil)
	if len(dst) == doubles {
		return dst
	}
	return append(dst[:base], merge(body, dst[base:doubles], dst[doubles:])...)
}

// merge returns the quotes of a and b in order, without those that lie inside (or
// overlap) an earlier one; a quote continues the one before it when both stand in one
// paragraph, or when it carried on over a paragraph break.
func merge(body string, a, b []Span) []Span {
	all := a[:len(a)+len(b)] // b follows a in one array
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End // the outer quote first
	})
	out := all[:0]
	for _, q := range all {
		if n := len(out); n > 0 && q.Start < out[n-1].End {
			continue // inside the quote before it
		}
		if !q.runOn {
			q.Continues = len(out) > 0 && sameParagraph(body, out[len(out)-1].End, q.Start)
		}
		out = append(out, q)
	}
	return out
}

// scan finds the quotes between marks of one kind.
func scan(out []Span, body string, mark byte, kind func(int) byte) []Span {
	base := len(out) // the spans before are not this scan's
	elided := -1     // where the last elided word starts ("'n'")
	open := -1
	curly := false // the open quote's mark was curly
	nested := 0    // quotes of the other kind of mark open inside it
	continues, paragraphOpen, runOn := false, false, false
	emit := func(start, end int) {
		if end = trimEnd(body, start, end); end > start {
			out = append(out, Span{Start: start, End: end, Continues: continues, Opens: paragraphOpen, runOn: runOn})
		}
	}
	// Marks are found with IndexByte: the text between them is not read byte by byte.
	for i := 0; i < len(body); {
		j := strings.IndexByte(body[i:], mark)
		if j < 0 {
			break
		}
		j += i
		if open >= 0 && kind != nil {
			// A mark of the other kind inside an open quote opens or closes a quote
			// within it; one that closes with nothing nested closes the quote (a typo,
			// “We are ready," he said).
			if k := kind(j); (k != 0) != curly && !strings.Contains(body[i:j], "\n") {
				if k == CurlyOpen || k == 0 && nested == 0 && j > 0 && isSpace(body[j-1]) && j+1 < len(body) && !isSpace(body[j+1]) {
					nested++
					i = j + 1
					continue
				}
				if nested > 0 {
					nested--
					i = j + 1
					continue
				}
			}
		}
		if open >= 0 {
			if nl := strings.IndexByte(body[i:j], '\n'); nl >= 0 {
				nl += i
				// The quote's paragraph ended: it goes on only when the next paragraph
				// opens with this mark.
				if strings.TrimLeft(body[nl:j], " \t\r\n") == "" {
					emit(open, nl)
					open, continues, paragraphOpen, runOn = j+1, true, false, true
					curly, nested = kind != nil && kind(j) != 0, 0
					i = j + 1
					continue
				}
				open = -1
			}
		}
		prev, next := byte(' '), byte(' ')
		if j > 0 {
			prev = body[j-1]
		}
		if j+1 < len(body) {
			next = body[j+1]
		}
		atLineStart := lineStartAt(body, j)
		opens := (atLineStart || isSpace(prev) || strings.IndexByte("([{-/", prev) >= 0) && !isSpace(next)
		closes := !isSpace(prev) && (isSpace(next) || isPunct(next))
		if mark == '\'' {
			if opens && elision(body, j+1) {
				opens, elided = false, j+1
			}
			// The mark after an elided word ("rock 'n' roll") closes nothing.
			closes = closes && !possessive(body, j) && wordStart(body, j) != elided
		}
		switch {
		case open < 0 && opens:
			open, nested = j+1, 0
			curly = kind != nil && kind(j) != 0
			continues = len(out) > base && sameParagraph(body, out[len(out)-1].End, j)
			paragraphOpen, runOn = atLineStart, false
		case open >= 0 && closes:
			emit(open, j)
			open, continues, paragraphOpen, runOn = -1, false, false, false
		case open >= 0 && opens:
			// A mark that opens while a quote is open: the first one was never closed
			// (a typo, or a mark used for inches). Start again here.
			open, nested = j+1, 0
			curly = kind != nil && kind(j) != 0
			continues, runOn = false, false
			paragraphOpen = atLineStart
		}
		i = j + 1
	}
	return out
}

// elision reports whether the apostrophe before body[i] starts an elided word rather than
// a quote: a year ("'90s", "class of '24"), "'em", "'til", "'cause", "'n'", or a mark before
// neither a word nor what a quote can open with. A quote can open with an editor's bracket
// ("'[The] decision ...'"), a quotation inside it ("'"Gradual" is ...'"), an ellipsis or a
// number that is no year ("'2% inflation ...'").
func elision(body string, i int) bool {
	if i >= len(body) {
		return true
	}
	switch c := body[i]; {
	case c == '[' || c == '"':
		return false
	case c == '.':
		return !strings.HasPrefix(body[i:], "...")
	case '0' <= c && c <= '9':
		// Two digits, an optional "s", and the word ends: a year.
		k := i
		for k < len(body) && '0' <= body[k] && body[k] <= '9' {
			k++
		}
		digits := k - i
		if k < len(body) && body[k] == 's' {
			k++
		}
		return digits == 2 && (k == len(body) || !isWordByte(body[k]))
	case !isWordByte(c):
		return true
	}
	end := i
	for end < len(body) && isWordByte(body[end]) {
		end++
	}
	switch strings.ToLower(body[i:end]) {
	case "em", "til", "tis", "twas", "cause", "n", "bout", "round":
		return true
	}
	return false
}

// possessive reports whether the apostrophe at body[j] ends a plural possessive ("the
// players' union", "three years' time") rather than a quote: after an s, before a word in
// lower case that is no speech verb or pronoun of an attribution.
func possessive(body string, j int) bool {
	if j == 0 || body[j-1] != 's' || j+2 >= len(body) || body[j+1] != ' ' {
		return false
	}
	k := j + 2
	end := k
	for end < len(body) && isWordByte(body[end]) {
		end++
	}
	w := body[k:end]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "he", "she", "they", "we", "it", "said", "says", "told", "added", "wrote", "according", "and", "or", "but", "the", "a", "an":
		return false
	}
	return true
}

// wordStart returns where the word that ends at body[j] starts.
func wordStart(body string, j int) int {
	for j > 0 && isWordByte(body[j-1]) {
		j--
	}
	return j
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// lineStartAt reports whether only spaces, or a list's bullet and a space ("- ", "* "),
// stand between the start of its line and body[j].
func lineStartAt(body string, j int) bool {
	bullet := false
	for k := j - 1; k >= 0; k-- {
		switch c := body[k]; {
		case c == '\n':
			return true
		case c == ' ' || c == '\t' || c == '\r':
		case (c == '-' || c == '*') && !bullet && k+1 < j && body[k+1] == ' ':
			bullet = true
		default:
			return false
		}
	}
	return true
}

// trimEnd returns the end of a quote's text at close, without the spaces and the comma
// that stand inside the closing mark ("peace," he wrote).
func trimEnd(body string, start, close int) int {
	end := close
	for end > start && (isSpace(body[end-1]) || body[end-1] == ',') {
		end--
	}
	return end
}

// sameParagraph reports whether no line break stands between offsets a and b.
func sameParagraph(body string, a, b int) bool {
	return a <= b && strings.IndexByte(body[a:b], '\n') < 0
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isPunct(c byte) bool { return strings.IndexByte(".,;:!?)]}-'\"", c) >= 0 }
