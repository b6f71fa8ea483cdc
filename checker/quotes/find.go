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
	lineStart := true
	for i := 0; i < len(body); i++ {
		if open < 0 {
			// Outside a quote only marks and line breaks matter: jump to the next one.
			j := strings.IndexAny(body[i:], "\"\n")
			if j < 0 {
				break
			}
			if j > 0 {
				lineStart = lineStart && strings.TrimLeft(body[i:i+j], " \t\r") == ""
				i += j
			}
		}
		c := body[i]
		if c == '\n' {
			if open >= 0 {
				// A paragraph that ends inside a quote: it goes on only when the next
				// paragraph opens with a mark.
				j := i + 1
				for j < len(body) && (body[j] == '\n' || body[j] == ' ' || body[j] == '\t' || body[j] == '\r') {
					j++
				}
				if j < len(body) && body[j] == '"' {
					if end := trimEnd(body, open, i); end > open {
						out = append(out, Span{Start: open, End: end, Continues: continues})
					}
					open, continues = j+1, true
					i = j
					lineStart = false
					continue
				}
				open = -1
			}
			lineStart = true
			continue
		}
		if c != '"' {
			if c != ' ' && c != '\t' && c != '\r' {
				lineStart = false
			}
			continue
		}
		prev := byte(' ')
		if i > 0 {
			prev = body[i-1]
		}
		next := byte(' ')
		if i+1 < len(body) {
			next = body[i+1]
		}
		opens := (lineStart || isSpace(prev) || strings.IndexByte("([{-/", prev) >= 0) && !isSpace(next)
		closes := !isSpace(prev) && (isSpace(next) || isPunct(next))
		atLineStart := lineStart
		lineStart = false
		switch {
		case open < 0 && opens:
			open = i + 1
			continues = len(out) > 0 && sameParagraph(body, out[len(out)-1].End, i)
			paragraphOpen = atLineStart
		case open >= 0 && closes:
			if end := trimEnd(body, open, i); end > open {
				out = append(out, Span{Start: open, End: end, Continues: continues, Opens: paragraphOpen})
			}
			paragraphOpen = false
			open, continues = -1, false
		case open >= 0 && opens:
			// A mark that opens while a quote is open: the first one was never closed
			// (a typo, or a mark used for inches). Start again here.
			open = i + 1
			continues = false
		}
	}
	return out
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
