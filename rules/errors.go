package rules

import (
	"fmt"
	"strings"
)

// Error is a problem in a rule or configuration file, with its position and an excerpt of the
// source around it.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	Excerpt   string
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d:%d", e.Line, e.Col)
	}
	s += ": " + e.Msg
	if e.Excerpt != "" {
		s += "\n" + e.Excerpt
	}
	return s
}

// Errors is a list of problems, reported together so that one run shows them all.
type Errors []*Error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// excerpt shows up to two lines before line and the line itself, with a caret under col.
func excerpt(src []byte, line, col int) string {
	if line < 1 {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if line > len(lines) {
		return ""
	}
	var b strings.Builder
	for n := max(1, line-2); n <= line; n++ {
		mark := "  "
		if n == line {
			mark = "> "
		}
		fmt.Fprintf(&b, "%s%4d | %s\n", mark, n, sanitizeLine(lines[n-1]))
	}
	fmt.Fprintf(&b, "%s^", strings.Repeat(" ", 9+max(col-1, 0)))
	return b.String()
}

// sanitizeLine replaces control characters so that an excerpt cannot drive a terminal.
func sanitizeLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return '?'
		}
		return r
	}, s)
}
