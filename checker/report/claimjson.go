package report

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"factcheck/checker/claim"
)

// appendArticles appends the articles list with one article per line, each written as
// encoding/json would write it compactly, with a space after each colon and comma (the
// layout of the schema's example): a corpus of thousands of articles is slow to encode by
// reflection. TestArticlesJSON keeps the two in step.
func appendArticles(b []byte, as []jsonArticle, indent string) []byte {
	if len(as) == 0 {
		return append(b, "[]"...)
	}
	in := deeper(indent, 2)
	b = append(b, '[')
	for i := range as {
		a := &as[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '{')
		b = field(b, "path", true)
		b = appendString(b, a.Path)
		b = field(b, "title", false)
		b = appendString(b, a.Title)
		b = field(b, "source", false)
		b = appendString(b, a.Source)
		b = field(b, "published", false)
		b = appendString(b, a.Published)
		b = field(b, "published_inferred", false)
		b = strconv.AppendBool(b, a.PublishedInferred)
		b = append(b, '}')
	}
	b = append(b, '\n')
	b = append(b, indent...)
	return append(b, ']')
}

// appendClaim appends c on one line, as encoding/json would write it compactly (with
// SetEscapeHTML(false)) save for a space after each colon and comma: claims are most of the
// output, one claim per line keeps the report readable and greppable at half the size of
// an indented one, and reflection over thousands of claims costs more than the whole
// check. TestClaimJSON keeps the two in step, field for field. published is the claim's
// publication date: its article's, which the claims of the corpus pass do not carry.
func appendClaim(b []byte, c *claim.Claim, published string) []byte {
	b = append(b, '{')
	b = field(b, "kind", true)
	b = appendString(b, c.Kind)
	b = field(b, "path", false)
	b = appendString(b, c.Path)
	b = field(b, "line", false)
	b = strconv.AppendInt(b, int64(c.Line), 10)
	b = field(b, "column", false)
	b = strconv.AppendInt(b, int64(c.Column), 10)
	b = field(b, "end_line", false)
	b = strconv.AppendInt(b, int64(c.EndLine), 10)
	b = field(b, "end_column", false)
	b = strconv.AppendInt(b, int64(c.EndColumn), 10)
	b = field(b, "text", false)
	b = appendString(b, c.Text)
	b = field(b, "value", false)
	b = appendString(b, c.Value)
	b = field(b, "sentence", false)
	b = appendString(b, c.Sentence)
	b = field(b, "source", false)
	b = appendString(b, c.Source)
	b = field(b, "published", false)
	b = appendString(b, published)
	if len(c.Also) > 0 {
		b = field(b, "also", false)
		b = append(b, '[')
		for i, p := range c.Also {
			if i > 0 {
				b = append(b, ',', ' ')
			}
			b = append(b, '{')
			b = field(b, "line", true)
			b = strconv.AppendInt(b, int64(p.Line), 10)
			b = field(b, "column", false)
			b = strconv.AppendInt(b, int64(p.Column), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if q := c.Quantity; q != nil {
		b = field(b, "quantity", false)
		b = append(b, '{')
		b = field(b, "lo", true)
		b = appendFloat(b, q.Lo)
		b = field(b, "hi", false)
		b = appendFloat(b, q.Hi)
		b = optString(b, "hedge", q.Hedge)
		b = field(b, "unit", false)
		b = appendString(b, q.Unit)
		b = optString(b, "owner", q.Owner)
		b = optString(b, "predicate", q.Predicate)
		b = optString(b, "qualifier", q.Qualifier)
		b = optString(b, "stage", q.Stage)
		b = optString(b, "scope", q.Scope)
		b = optString(b, "period", q.Period)
		if q.Distinct {
			b = field(b, "distinct", false)
			b = append(b, "true"...)
		}
		b = optString(b, "event", q.Event)
		if q.Year != 0 {
			b = field(b, "year", false)
			b = strconv.AppendInt(b, int64(q.Year), 10)
		}
		if q.Listed {
			b = field(b, "listed", false)
			b = append(b, "true"...)
		}
		if q.OwnerInferred {
			b = field(b, "owner_inferred", false)
			b = append(b, "true"...)
		}
		b = append(b, '}')
	}
	if p := c.Person; p != nil {
		b = field(b, "person", false)
		b = append(b, '{')
		first := true
		if p.Given != "" {
			b = field(b, "given", true)
			b = appendString(b, p.Given)
			first = false
		}
		b = field(b, "surname", first)
		b = appendString(b, p.Surname)
		b = field(b, "cue", false)
		b = appendString(b, p.Cue)
		b = optString(b, "title", p.Title)
		b = optString(b, "title_form", p.TitleForm)
		b = append(b, '}')
	}
	// Event, weekday, reference and roster claims are few: encoding/json writes them, so
	// they cannot drift from the struct.
	if c.Event != nil {
		b = field(b, "event", false)
		b = appendJSON(b, c.Event)
	}
	if c.When != nil {
		b = field(b, "when", false)
		b = appendJSON(b, c.When)
	}
	if q := c.Quote; q != nil {
		// Quotes are many (a statement repeated in hundreds of articles is one finding):
		// written by hand like quantities and people.
		b = field(b, "quote", false)
		b = append(b, '{')
		b = field(b, "text", true)
		b = appendString(b, q.Text)
		b = field(b, "words", false)
		b = strconv.AppendInt(b, int64(q.Words), 10)
		if q.Short {
			b = field(b, "short", false)
			b = append(b, "true"...)
		}
		b = optString(b, "speaker", q.Speaker)
		b = optString(b, "verb", q.Verb)
		b = optString(b, "how", q.How)
		if q.Unsure {
			b = field(b, "unsure", false)
			b = append(b, "true"...)
		}
		b = append(b, '}')
	}
	if c.Reference != nil {
		b = field(b, "reference", false)
		b = appendJSON(b, c.Reference)
	}
	if c.Roster != nil {
		b = field(b, "roster", false)
		b = appendJSON(b, c.Roster)
	}
	return append(b, '}')
}

// spaces holds the indentation strings deeper cuts, so that indenting allocates nothing.
const spaces = "                                                                "

// deeper returns indent with n more spaces.
func deeper(indent string, n int) string {
	if k := len(indent) + n; k <= len(spaces) && indent == spaces[:len(indent)] {
		return spaces[:k]
	}
	return indent + spaces[:n]
}

// field starts a member: a comma and a space unless it is the first, then the key.
func field(b []byte, name string, first bool) []byte {
	if !first {
		b = append(b, ',', ' ')
	}
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"', ':', ' ')
}

func optString(b []byte, name, v string) []byte {
	if v == "" {
		return b
	}
	b = field(b, name, false)
	return appendString(b, v)
}

// appendFloat formats like encoding/json: shortest representation, exponent form only for
// very small or very large values.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// plain8 reports whether the 8 bytes of s need no escaping in a JSON string (a SWAR test:
// each byte is checked in parallel within one 64-bit word).
func plain8(s string) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	q := x ^ (lo * '"')
	bs := x ^ (lo * '\\')
	bad := x | (x - lo*0x20) | (q-lo)&^q | (bs-lo)&^bs
	return bad&hi == 0
}

// appendString quotes s as encoding/json does without HTML escaping.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight plain bytes at a time: none below 0x20, none a quote, backslash or part of
		// a multi-byte rune.
		for i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSON appends v as encoding/json writes it compactly, with a space after each
// colon and comma outside strings.
func appendJSON(b []byte, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return append(b, "null"...)
	}
	return appendSpaced(b, bytes.TrimRight(buf.Bytes(), "\n"))
}

// appendSpaced appends compact JSON with a space after each colon and comma that stands
// outside a string.
func appendSpaced(b, compact []byte) []byte {
	inString, escaped := false, false
	for _, c := range compact {
		b = append(b, c)
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ':' || c == ','):
			b = append(b, ' ')
		}
	}
	return b
}
