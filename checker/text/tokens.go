package text

import (
	"strings"
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
	// Class holds the lexical classes of the word (Class* bits), set once per article by
	// lexicon.Classify so that extractors test bits instead of looking words up.
	Class Class
}

// Class is a set of lexical classes of a word.
type Class uint32

// Lexical classes.
const (
	ClassGiven    Class = 1 << iota // a common given name
	ClassTitle                      // a word of a title or office
	ClassOrg                        // makes a capitalised run an organisation or place
	ClassNotName                    // never part of a person's name
	ClassSpeech                     // a speech verb
	ClassPlace                      // a country, region or major city
	ClassNumber                     // may start a number written in words
	ClassMonth                      // a month name or abbreviation
	ClassTime                       // may start or carry a temporal expression ("yesterday", "early")
	ClassEvent                      // names an event ("talks", "summit", "met")
	ClassTimeWeak                   // starts a temporal expression only before a time word ("the", "in")
	ClassTimeNext                   // may follow such a word in one ("next", "week", "past")
	ClassWeekday                    // a weekday name or abbreviation
	// ClassDigits is set only in the union of a sentence's classes (article.Sentence): the
	// sentence has a number written in digits.
	ClassDigits

	// ClassUpper marks a word that starts with an upper-case letter; Classify sets it so
	// that Upper is a bit test.
	ClassUpper Class = 1 << 14
	// ClassKnown marks a word that has been classified, so that no class bits means "none".
	ClassKnown Class = 1 << 15
	// ClassGroup names a group of people that takes part in an event ("delegation",
	// "team", "side"), from the roster rules.
	ClassGroup Class = 1 << 16
	// ClassRoster starts a wording of the roster rules ("consisted", "led", "did"), so
	// that their readers test a bit before they look a word up.
	ClassRoster Class = 1 << 17
	// ClassTitleMod qualifies a title ("military", "foreign"): in lower case it may open
	// one ("military intelligence chief").
	ClassTitleMod Class = 1 << 18
	// ClassCompany is a designator that follows a company's name ("Inc", "Ltd"); it is
	// an organisation word too.
	ClassCompany Class = 1 << 19
	// ClassFeminine and ClassMasculine mark a given name that is one gender's ("Rachel",
	// "Andrew"), so that "she" is not resolved to Andrew Bailey.
	ClassFeminine  Class = 1 << 20
	ClassMasculine Class = 1 << 21
	// ClassOrgTail ends a name of the lexicon's org-names ("Sachs" of "Goldman Sachs"): a
	// name that ends in it is looked up whole.
	ClassOrgTail Class = 1 << 22
)

// Is reports whether the token has any of the classes in c.
func (t Token) Is(c Class) bool { return t.Class&c != 0 }

// Upper reports whether the token starts with an upper-case letter.
func (t *Token) Upper() bool {
	if t.Class&ClassKnown != 0 {
		return t.Class&ClassUpper != 0
	}
	return startsUpper(t.Text)
}

func startsUpper(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// UpperClass returns ClassUpper when s starts with an upper-case letter, else 0.
func UpperClass(s string) Class {
	if startsUpper(s) {
		return ClassUpper
	}
	return 0
}

// Tokenize splits s[start:end] into tokens with offsets into s.
func Tokenize(s string, start, end int) []Token {
	return AppendTokens(make([]Token, 0, (end-start)/5+1), s, start, end)
}

// AppendTokens appends the tokens of s[start:end] to toks, so that a caller can reuse one
// buffer for many sentences.
func AppendTokens(toks []Token, s string, start, end int) []Token {
	space := true
	i := start
	for i < end {
		// ASCII fast paths: spaces, plain words and punctuation.
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n':
				space = true
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				j := i + 1
				for j < end && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
					j++
				}
				// Where the general path would end the word too: not before a letter, digit,
				// apostrophe or multi-byte rune, nor in a one-letter acronym ("U.S.").
				if j >= end || s[j] < utf8.RuneSelf && !isASCIIAlnum(s[j]) && s[j] != '\'' && !(j-i == 1 && s[j] == '.') {
					toks = append(toks, Token{Start: i, End: j, Text: s[i:j], Kind: Word, Space: space})
					i, space = j, false
					continue
				}
			case c < '0' || c > '9':
				if c > ' ' && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					toks = append(toks, Token{Start: i, End: i + 1, Text: s[i : i+1], Kind: Punct, Space: space})
					i, space = i+1, false
					continue
				}
			}
		}
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

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

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

// LowerASCII writes the lower case of s into buf and returns it, without allocating when s
// is short ASCII; use it for map lookups (m[string(b)] does not allocate). Other strings
// are lowered with strings.ToLower.
func LowerASCII(buf *[32]byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// Join returns the text of toks[i:j] as it reads: tokens with a space between them where
// the text has one ("special envoy Steve Witkoff", "U.S.-led").
// The result is a new string, never a slice of the text: callers keep it after the text's
// buffer is reused. Its size is counted first, so it takes one allocation.
func Join(toks []Token, i, j int) string {
	n := 0
	for k := i; k < j; k++ {
		if k > i && toks[k].Space {
			n++
		}
		n += len(toks[k].Text)
	}
	var b strings.Builder
	b.Grow(n)
	for k := i; k < j; k++ {
		if k > i && toks[k].Space {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
