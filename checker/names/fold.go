// Package names finds mentions of people in sentences and compares name spellings: accent
// removal, transliteration folding by rule, and an edit distance that counts a transposition
// as one edit.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Folder folds names for comparison with an ordered list of rewrite rules. It remembers
// the keys it has computed; it is safe for concurrent use.
type Folder struct {
	rules [][2]string
	cache *stringCache // name -> key
}

// NewFolder builds a folder from [from, to] pairs; a trailing "$" anchors from at the end.
func NewFolder(pairs [][]string) *Folder {
	f := &Folder{cache: new(stringCache)}
	for _, p := range pairs {
		if len(p) == 2 {
			f.rules = append(f.rules, [2]string{strings.ToLower(p[0]), strings.ToLower(p[1])})
		}
	}
	return f
}

// Key returns the comparison key of a name: lower case, accents removed (golang.org/x/text
// decomposes and drops combining marks), letters only, then the folding rules in order.
func (f *Folder) Key(name string) string {
	if k, ok := f.cache.load(name); ok {
		return k
	}
	// Names may be slices of an article's reused buffer: the cache keeps copies.
	name = strings.Clone(name)
	k := strings.Clone(f.key(name))
	f.cache.store(name, k)
	return k
}

func (f *Folder) key(name string) string {
	s := Plain(name)
	for _, r := range f.rules {
		if from, ok := strings.CutSuffix(r[0], "$"); ok {
			if strings.HasSuffix(s, from) && len(s) > len(from)+1 {
				s = s[:len(s)-len(from)] + r[1]
			}
			continue
		}
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return s
}

// Plain returns the lower-case letters of a name without accents: "Zelens'kyi" -> "zelenskyi".
func Plain(name string) string {
	if p, ok := plainCache.load(name); ok {
		return p
	}
	name = strings.Clone(name) // it may be a slice of an article's reused buffer
	p := strings.Clone(plain(name))
	plainCache.store(name, p)
	return p
}

func plain(name string) string {
	s := name
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			t, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), name)
			if err == nil {
				s = t
			}
			break
		}
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Distance is the optimal string alignment distance between a and b: insertions, deletions,
// substitutions and transpositions of adjacent letters each count one. ASCII names are
// compared byte by byte, others rune by rune.
func Distance(a, b string) int {
	if isASCII(a) && isASCII(b) {
		return osa([]byte(a), []byte(b))
	}
	return osa([]rune(a), []rune(b))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// osa computes the distance over letters of any kind, with its rows on the stack for names
// of up to 32 letters.
func osa[E byte | rune](a, b []E) int {
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	var stack [3][33]int
	rows := [3][]int{stack[0][:], stack[1][:], stack[2][:]}
	if len(b) > 32 {
		for k := range rows {
			rows[k] = make([]int, len(b)+1)
		}
	}
	prev2, prev, cur := rows[0], rows[1], rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
