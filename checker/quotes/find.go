// Package quotes finds the quotations of an article and who they are credited to. A quote
// is text between double quotation marks (curly marks and guillemets are folded to
// straight ones first); one that the writer splits around an attribution ("A," he wrote.
// "B.") is two quotes of one speaker, and one that runs on into the next paragraph (a
// paragraph that ends inside the quote and a next one that opens with a mark) continues
// with the same speaker. Quotes of fewer words than a rule's minimum are characterisations
// ("productive and constructive"), kept apart from full quotes.
package quotes

import "strings"

// Span is one quotation: the body offsets of the text between its marks.
type Span struct {
	Start, End int
	// Continues marks a quote that carries on the one before it: in the same paragraph
	// after its attribution, or at the start of the next paragraph when that one ended
	// inside the quote. Opens marks a quote that opens its paragraph: with no attribution
	// of its own, it is the last speaker's (a quote paragraph after "..., she said.").
	Continues, Opens bool
}

// Find returns the quotations of a folded body text, in order. A mark opens a quote after
// a space, a line break, an opening bracket or a dash, and closes one before a space, a line
// break or punctuation; a quote never runs past its paragraph unless the next paragraph
// opens with a mark, the convention for a quote that continues. An unclosed quote is
// dropped: its end cannot be told.
func Find(body string) []Span {
	var out []Span
	open := -1
	continues, paragraphOpen := false, false
	emit := func(start, end int) {
		if end = trimEnd(body, start, end); end > start {
			out = append(out, Span{Start: start, End: end, Continues: continues, Opens: paragraphOpen})
		}
	}
	// Marks are found with IndexByte: the text between them is not read byte by byte.
	for i := 0; i < len(body); {
		j := strings.IndexByte(body[i:], '"')
		if j < 0 {
			break
		}
		j += i
		if open >= 0 {
			if nl := strings.IndexByte(body[i:j], '\n'); nl >= 0 {
				nl += i
				// The quote's paragraph ended: it goes on only when the next paragraph
				// opens with this mark.
				if strings.TrimLeft(body[nl:j], " \t\r\n") == "" {
					emit(open, nl)
					open, continues, paragraphOpen = j+1, true, false
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
		switch {
		case open < 0 && opens:
			open = j + 1
			continues = len(out) > 0 && sameParagraph(body, out[len(out)-1].End, j)
			paragraphOpen = atLineStart
		case open >= 0 && closes:
			emit(open, j)
			open, continues, paragraphOpen = -1, false, false
		case open >= 0 && opens:
			// A mark that opens while a quote is open: the first one was never closed
			// (a typo, or a mark used for inches). Start again here.
			open = j + 1
			continues = false
			paragraphOpen = atLineStart
		}
		i = j + 1
	}
	return out
}

// lineStartAt reports whether only spaces stand between the start of its line and body[j].
func lineStartAt(body string, j int) bool {
	for k := j - 1; k >= 0; k-- {
		switch body[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
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

func isPunct(c byte) bool { return strings.IndexByte(".,;:!?)]}-'", c) >= 0 }
