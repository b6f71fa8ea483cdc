package quotes

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"factcheck/checker/text"
)

// Normalize returns a quote's words in lower case, joined by single spaces, with " | "
// where a sentence ends or an ellipsis cuts the quote: the text that two quotes of one
// statement share, whatever their punctuation. An apostrophe or a hyphen inside a word
// stays ("ukraine's", "long-term"); a full stop after a single letter ("U.S.") or before a
// digit ("1.5") is no cut.
func Normalize(s string) string {
	norm, _ := NormalizeCount(s)
	return norm
}

// NormalizeCount is Normalize, with the number of words.
func NormalizeCount(s string) (string, int) {
	b, n := AppendNormal(make([]byte, 0, len(s)), s)
	return string(b), n
}

// AppendNormal appends Normalize(s) to b and returns it with the number of words: a
// reader that keeps only some quotes normalises into one buffer and copies what it keeps.
func AppendNormal(b []byte, s string) ([]byte, int) {
	base := len(b)
	inWord, cut := false, false
	wordLen, words := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		next := i + size
		// Currency signs and per cent belong to their numbers: "$2 billion" is not
		// "£2 billion", nor "12%" "12".
		letter := asciiWord[c] || c == '$' || c == '%' ||
			c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '£' || r == '€')
		joiner := (c == '\'' || c == '-') && inWord && next < len(s) && isLetterAt(s, next)
		switch {
		case letter || joiner:
			if !inWord {
				if cut && len(b) > base {
					b = append(b, " | "...)
				} else if len(b) > base {
					b = append(b, ' ')
				}
				cut, wordLen = false, 0
				if !joiner {
					words++
				}
			}
			switch {
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			case c < utf8.RuneSelf:
				b = append(b, c)
			default:
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			inWord = true
			wordLen++
		case c == '!' || c == '?' || c == ';' || r == '\u2026':
			cut, inWord = true, false
		case c == '.':
			end := next >= len(s) || s[next] == ' ' || s[next] == '.' || s[next] == '"' || s[next] == '\n'
			if end && (wordLen >= 2 || !inWord) && !(inWord && next < len(s) && s[next] == ' ' && wordLen <= i && text.TitleAbbrev(s[i-wordLen:i])) {
				cut = true // not after "Mr" before a name
			}
			inWord = false
		default:
			inWord = false
		}
		i = next
	}
	// British spellings are folded apart, by FoldSpelling: their rule makes words that
	// are no words ("precise" would read "precize"), which a normalised text that people
	// read must not show.
	return foldWords(b, base, words, false)
}

// foldWords rewrites the words of b[base:] that house styles write differently, so that
// two quotes of the same words compare equal: contractions written out ("we're", "we
// are"; "don't", "do not") and "bn" for billion ("$3.5bn"), or with spelling, British
// spellings in their American form (see FoldSpelling). It returns b and the number of
// words.
func foldWords(b []byte, base, words int, spelling bool) ([]byte, int) {
	// Most words are kept as they are: the text is copied only from the first word that
	// changes.
	first := firstFold(b[base:], spelling)
	if first < 0 {
		return b, words
	}
	start := base + first
	var buf [256]byte
	rest := append(buf[:0], b[start:]...)
	b = b[:start]
	for len(rest) > 0 {
		w := rest
		if j := bytes.IndexByte(rest, ' '); j >= 0 {
			w, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if len(b) > base && b[len(b)-1] != ' ' {
			b = append(b, ' ')
		}
		var extra int
		if !spelling && isVerbS(w) {
			// "there's been" is "there has been", "it's late" "it is late": the word
			// after the 's tells which.
			next := rest
			if j := bytes.IndexByte(next, ' '); j >= 0 {
				next = next[:j]
			}
			full := " is"
			switch string(next) {
			case "been", "got", "gotten", "had":
				full = " has"
			}
			b = append(append(b, w[:len(w)-2]...), full...)
			words++
			continue
		}
		b, extra = appendFolded(b, w, spelling)
		words += extra
	}
	return b, words
}

// firstFold returns the offset of the first word of s (words are parted by single
// spaces) that appendFolded changes, or -1 when it changes none.
func firstFold[T string | []byte](s T, spelling bool) int {
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' {
			continue
		}
		if i > start && folds(string(s[start:i]), spelling) {
			return start
		}
		start = i + 1
	}
	return -1
}

// contractions and the words they stand for; spellings are British endings and their
// American forms.
var (
	contractions = [...]struct{ suffix, full string }{{"'re", " are"}, {"'ve", " have"}, {"'ll", " will"}, {"'m", " am"}}
	multipliers  = [...]struct{ suffix, full string }{{"bn", " billion"}, {"tn", " trillion"}, {"mn", " million"}}
	spellings    = [...]struct{ uk, us string }{
		{"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"},
		{"our", "or"}, {"ours", "ors"}, {"tre", "ter"}, {"tres", "ters"},
	}
)

// spellingLast marks the last letters of the British endings: a word that ends otherwise
// is not compared with each of them.
var spellingLast = func() (t [256]bool) {
	for _, c := range spellings {
		t[c.uk[len(c.uk)-1]] = true
	}
	return t
}()

// folds reports whether appendFolded changes w, on a look at its last letters: most words
// it keeps. spelling asks about British spellings only, and not about the other folds.
func folds(w string, spelling bool) bool {
	n := len(w)
	switch {
	case n == 0:
		return false
	case spelling:
		if n > 5 && spellingLast[w[n-1]] {
			for _, c := range spellings {
				if strings.HasSuffix(w, c.uk) {
					return true
				}
			}
		}
		return false
	case strings.IndexByte(w, '\'') >= 0 || w == "cannot":
		return true // a contraction
	case n >= 3 && w[n-1] == 'n' && (w[n-2] == 'b' || w[n-2] == 't' || w[n-2] == 'm') && '0' <= w[n-3] && w[n-3] <= '9':
		return true // "3.5bn"
	}
	return false
}

// FoldSpelling returns a normalised quote (see Normalize) with the words that end the
// British way in their American form ("weaponised", "colour", "centre": "weaponized",
// "color", "center"), so that two papers' quotes of one statement compare equal whatever
// their house spelling. The rule goes by endings and makes some words that are no words
// ("precise": "precize"), the same in both quotes: the result is for comparing, not for
// showing. It returns norm itself when no word changes.
func FoldSpelling(norm string) string {
	if firstFold(norm, true) < 0 {
		return norm
	}
	b, _ := foldWords([]byte(norm), 0, 0, true)
	return string(b)
}

// isVerbS reports whether w is a word whose 's is "is" or "has", never a possessive
// ("there's", "it's", "that's", "he's").
func isVerbS(w []byte) bool {
	switch string(w) {
	case "it's", "that's", "there's", "here's", "what's", "who's", "where's", "he's", "she's", "how's", "when's":
		return true
	}
	return false
}

// appendFolded appends the folded form of one lower-case word, and how many words it
// adds: its contraction or multiplier written out, or, with spelling, its American
// spelling.
func appendFolded(b, w []byte, spelling bool) ([]byte, int) {
	if spelling {
		if len(w) > 5 {
			for _, c := range spellings {
				if bytes.HasSuffix(w, []byte(c.uk)) {
					return append(append(b, w[:len(w)-len(c.uk)]...), c.us...), 0
				}
			}
		}
		return append(b, w...), 0
	}
	switch {
	case string(w) == "won't":
		return append(b, "will not"...), 1
	case string(w) == "can't" || string(w) == "cannot":
		return append(b, "can not"...), 1
	case string(w) == "shan't":
		return append(b, "shall not"...), 1
	case len(w) > 3 && bytes.HasSuffix(w, []byte("n't")):
		return append(append(b, w[:len(w)-3]...), " not"...), 1
	}
	for _, c := range contractions {
		if len(w) > len(c.suffix) && bytes.HasSuffix(w, []byte(c.suffix)) {
			return append(append(b, w[:len(w)-len(c.suffix)]...), c.full...), 1
		}
	}
	for _, c := range multipliers {
		if n := len(w) - len(c.suffix); n > 0 && bytes.HasSuffix(w, []byte(c.suffix)) && '0' <= w[n-1] && w[n-1] <= '9' {
			return append(append(b, w[:n]...), c.full...), 1
		}
	}
	return append(b, w...), 0
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Segments returns the parts of a normalised quote between its cuts.
func Segments(norm string) []string {
	return strings.Split(norm, " | ")
}

// Words returns the words of a normalised quote, without its cuts.
func Words(norm string) []string {
	f := strings.Fields(norm)
	out := f[:0]
	for _, w := range f {
		if w != "|" {
			out = append(out, w)
		}
	}
	return out
}

// Split returns the sentences of the quote body[start:end] as spans: cut where a sentence
// ends (a full stop after a word of two letters or more, "!", "?", ";") or an ellipsis
// stands, so that each can be compared and shown on its own. The cuts are the ones
// Normalize marks.
func Split(body string, start, end int) [][2]int {
	return AppendSplit(nil, body, start, end)
}

// AppendSplit appends the spans of Split(body, start, end) to out.
func AppendSplit(out [][2]int, body string, start, end int) [][2]int {
	segStart := start
	wordLen := 0
	flush := func(at int) {
		a, b := segStart, at
		for a < b && (body[a] == ' ' || body[a] == '.' || body[a] == '\n' || body[a] == ']') {
			a++ // "[...] a private jet": the bracket of an elision
		}
		for b > a && (body[b-1] == ' ' || body[b-1] == '\n' || body[b-1] == '[') {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	for i := start; i < end; {
		c := body[i]
		if asciiWord[c] {
			// Most of a quote is ASCII letters: no decoding, no Unicode tables.
			wordLen++
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(body[i:])
		}
		next := i + size
		switch {
		case c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			wordLen++
		case r == '!' || r == '?' || r == ';' || r == '\u2026':
			flush(next)
			segStart, wordLen = next, 0
		case r == '.':
			atEnd := next >= end || body[next] == ' ' || body[next] == '.' || body[next] == '\n'
			if atEnd && wordLen >= 2 && wordLen <= i && text.TitleAbbrev(body[i-wordLen:i]) && next < end && body[next] == ' ' {
				// "Mr. Bankman-Fried": a title's full stop ends nothing.
			} else if atEnd && wordLen >= 2 {
				flush(next)
				segStart = next
			} else if atEnd && wordLen == 0 && next < end && body[next] == '.' {
				flush(i) // an ellipsis after a space ("the year ... and"): what came before
				segStart = next
			}
			wordLen = 0
		default:
			wordLen = 0
		}
		i = next
	}
	flush(end)
	return out
}

// CountWords returns how many words a normalised quote has, without its cuts.
func CountWords(norm string) int {
	n := 0
	in := false
	for i := 0; i < len(norm); i++ {
		switch c := norm[i]; {
		case c == ' ':
			in = false
		case c == '|' && !in:
		default:
			if !in {
				n++
			}
			in = true
		}
	}
	return n
}
