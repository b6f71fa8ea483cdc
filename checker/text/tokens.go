package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters (with digits, internal apostrophes and acronym dots: "U.S.",
	// "Ukraine's", "G7").
	Word Kind = iota
	// Number is a run of digits with internal thousands separators or a decimal point.
	Number
	// Punct is any other single non-space rune.
	Punct
)

// Token is one token of a folded text.
type Token struct {
	// Start and End are byte offsets in the folded text.
	Start, End int
	// Text is the token's folded text.
	Text string
	// Kind is the token's kind.
	Kind Kind
	// Space reports whether white space comes right before the token.
	Space bool
}

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokenize splits s[start:end] into tokens with offsets into s.
func Tokenize(s string, start, end int) []Token {
	toks := make([]Token, 0, (end-start)/5+1)
	space := true
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:end])
		switch {
		case r == ' ' || r == '\n' || unicode.IsSpace(r):
			space = true
			i += size
			continue
		case isDigit(r):
			j := i + size
			for j < end {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			// Digits glued to letters ("G7" is handled below; "3rd", "1990s") form one word.
			if j < end {
				if r2, _ := utf8.DecodeRuneInString(s[j:end]); unicode.IsLetter(r2) {
					k := wordEnd(s, j, end)
					toks = append(toks, Token{Start: i, End: k, Text: s[i:k], Kind: Word, Space: space})
					i, space = k, false
					continue
				}
			}
			toks = append(toks, Token{Start: i, End: j, Text: s[i:j], Kind: Number, Space: space})
			i, space = j, false
		case unicode.IsLetter(r):
			j := acronymEnd(s, i, end)
			if j == i {
				j = wordEnd(s, i, end)
			}
			toks = append(toks, Token{Start: i, End: j, Text: s[i:j], Kind: Word, Space: space})
			i, space = j, false
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: s[i : i+size], Kind: Punct, Space: space})
			i, space = i+size, false
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// wordEnd returns the end of the word that starts at i: letters, digits and marks, with
// apostrophes between letters.
func wordEnd(s string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(s[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '\'' && j+1 < end {
			if r2, _ := utf8.DecodeRuneInString(s[j+1 : end]); unicode.IsLetter(r2) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// acronymEnd returns the end of a dotted acronym such as "U.S." or "a.m." starting at i, or i
// when there is none.
func acronymEnd(s string, i, end int) int {
	j, n := i, 0
	for j+1 < end {
		r, size := utf8.DecodeRuneInString(s[j:end])
		if !unicode.IsLetter(r) || j+size >= end || s[j+size] != '.' {
			break
		}
		// The letter must stand alone: "U.S." yes, "Gen." no.
		if j > i && s[j-1] != '.' {
			break
		}
		j += size + 1
		n++
		if j < end {
			if r2, _ := utf8.DecodeRuneInString(s[j:end]); !unicode.IsLetter(r2) {
				break
			}
			if k := j + utf8.RuneLen(r); k < end && s[k] != '.' {
				break
			}
		}
	}
	if n < 2 {
		return i
	}
	return j
}
