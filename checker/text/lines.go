package text

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Lines is a line index over a text: it turns byte offsets into 1-based line numbers and
// 1-based columns counted in Unicode characters. It is not safe for concurrent use.
type Lines struct {
	src    string
	starts []int
	// The last position asked for: claims come in order, so counting the characters of a
	// long line resumes from there instead of from the line's start.
	lastLine, lastOff, lastCol int
}

// NewLines indexes src.
func NewLines(src string) *Lines {
	return LinesOf(src, LineStarts(make([]int, 0, len(src)/64+1), src))
}

// LineStarts appends the offsets where the lines of src start to starts, so that a reader
// can reuse one buffer from text to text.
func LineStarts(starts []int, src string) []int {
	starts = append(starts, 0)
	for i := 0; ; {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// LinesOf returns the index of src whose line starts (from LineStarts) are starts.
func LinesOf(src string, starts []int) *Lines { return &Lines{src: src, starts: starts} }

// Pos returns the line and column of byte offset off. Offsets past the end are clamped.
func (l *Lines) Pos(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(l.src) {
		off = len(l.src)
	}
	k := l.lastLine - 1
	if k < 0 || off < l.starts[k] || k+1 < len(l.starts) && off >= l.starts[k+1] {
		k = sort.Search(len(l.starts), func(k int) bool { return l.starts[k] > off }) - 1
	}
	if l.lastLine == k+1 {
		// The same line as the last position: count the characters between the two, forward
		// or backward, when that is shorter than counting from the line's start (claims
		// come in order within a check, and each check starts again from the top).
		switch {
		case l.lastOff <= off:
			col = l.lastCol + RuneCount(l.src[l.lastOff:off])
			l.lastOff, l.lastCol = off, col
			return k + 1, col
		case l.lastOff-off < off-l.starts[k]:
			col = l.lastCol - RuneCount(l.src[off:l.lastOff])
			l.lastOff, l.lastCol = off, col
			return k + 1, col
		}
	}
	col = RuneCount(l.src[l.starts[k]:off]) + 1
	l.lastLine, l.lastOff, l.lastCol = k+1, off, col
	return k + 1, col
}

// Count returns the number of lines.
func (l *Lines) Count() int { return len(l.starts) }

// RuneCount returns the number of Unicode characters in s, as utf8.RuneCountInString
// does (an invalid byte counts one), but eight ASCII bytes at a time: columns are counted
// over whole paragraphs, which are mostly ASCII.
func RuneCount(s string) int {
	n := 0
	for len(s) > 0 {
		if len(s) >= 8 && (uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24|
			uint64(s[4])<<32|uint64(s[5])<<40|uint64(s[6])<<48|uint64(s[7])<<56)&0x8080808080808080 == 0 {
			n, s = n+8, s[8:]
			continue
		}
		if s[0] < utf8.RuneSelf {
			n, s = n+1, s[1:]
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		n, s = n+1, s[size:]
	}
	return n
}
