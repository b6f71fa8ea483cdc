package report

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"factcheck/checker/claim"
)

// appendArticles appends the articles list as indented JSON exactly as encoding/json would
// write it with SetIndent(indent, "  "): a corpus of thousands of articles is slow to
// indent by reflection. TestArticlesJSON keeps the two in step.
func appendArticles(b []byte, as []jsonArticle, indent string) []byte {
	if len(as) == 0 {
		return append(b, "[]"...)
	}
	in, in2 := deeper(indent, 2), deeper(indent, 4)
	b = append(b, '[')
	for i := range as {
		a := &as[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '{')
		b = field(b, in2, "path", true)
		b = appendString(b, a.Path)
		b = field(b, in2, "title", false)
		b = appendString(b, a.Title)
		b = field(b, in2, "source", false)
		b = appendString(b, a.Source)
		b = field(b, in2, "published", false)
		b = appendString(b, a.Published)
		b = field(b, in2, "published_inferred", false)
		b = strconv.AppendBool(b, a.PublishedInferred)
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '}')
	}
	b = append(b, '\n')
	b = append(b, indent...)
	return append(b, ']')
}

// appendClaim appends c as indented JSON exactly as encoding/json would write it (with
// SetEscapeHTML(false) and SetIndent(indent, "  ")): claims are most of the output, and
// reflection over thousands of them costs more than the whole check. TestClaimJSON keeps
// the two in step, field for field.
func appendClaim(b []byte, c *claim.Claim, indent string) []byte {
	in, in2, in4 := deeper(indent, 2), deeper(indent, 4), deeper(indent, 6)
	b = append(b, '{')
	b = field(b, in, "kind", true)
	b = appendString(b, c.Kind)
	b = field(b, in, "path", false)
	b = appendString(b, c.Path)
	b = field(b, in, "line", false)
	b = strconv.AppendInt(b, int64(c.Line), 10)
	b = field(b, in, "column", false)
	b = strconv.AppendInt(b, int64(c.Column), 10)
	b = field(b, in, "end_line", false)
	b = strconv.AppendInt(b, int64(c.EndLine), 10)
	b = field(b, in, "end_column", false)
	b = strconv.AppendInt(b, int64(c.EndColumn), 10)
	b = field(b, in, "text", false)
	b = appendString(b, c.Text)
	b = field(b, in, "value", false)
	b = appendString(b, c.Value)
	b = field(b, in, "sentence", false)
	b = appendString(b, c.Sentence)
	b = field(b, in, "source", false)
	b = appendString(b, c.Source)
	b = field(b, in, "published", false)
	b = appendString(b, c.Published)
	if len(c.Also) > 0 {
		b = field(b, in, "also", false)
		b = append(b, '[')
		for i, p := range c.Also {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			b = append(b, in2...)
			b = append(b, '{')
			b = field(b, in4, "line", true)
			b = strconv.AppendInt(b, int64(p.Line), 10)
			b = field(b, in4, "column", false)
			b = strconv.AppendInt(b, int64(p.Column), 10)
			b = append(b, '\n')
			b = append(b, in2...)
			b = append(b, '}')
		}
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, ']')
	}
	if q := c.Quantity; q != nil {
		qi := in2
		b = field(b, in, "quantity", false)
		b = append(b, '{')
		b = field(b, qi, "lo", true)
		b = appendFloat(b, q.Lo)
		b = field(b, qi, "hi", false)
		b = appendFloat(b, q.Hi)
		b = optString(b, qi, "hedge", q.Hedge)
		b = field(b, qi, "unit", false)
		b = appendString(b, q.Unit)
		b = optString(b, qi, "owner", q.Owner)
		b = optString(b, qi, "predicate", q.Predicate)
		b = optString(b, qi, "qualifier", q.Qualifier)
		b = optString(b, qi, "stage", q.Stage)
		b = optString(b, qi, "scope", q.Scope)
		b = optString(b, qi, "period", q.Period)
		if q.Distinct {
			b = field(b, qi, "distinct", false)
			b = append(b, "true"...)
		}
		b = optString(b, qi, "event", q.Event)
		if q.Year != 0 {
			b = field(b, qi, "year", false)
			b = strconv.AppendInt(b, int64(q.Year), 10)
		}
		if q.Listed {
			b = field(b, qi, "listed", false)
			b = append(b, "true"...)
		}
		if q.OwnerInferred {
			b = field(b, qi, "owner_inferred", false)
			b = append(b, "true"...)
		}
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '}')
	}
	if p := c.Person; p != nil {
		pi := in2
		b = field(b, in, "person", false)
		b = append(b, '{')
		first := true
		if p.Given != "" {
			b = field(b, pi, "given", true)
			b = appendString(b, p.Given)
			first = false
		}
		b = field(b, pi, "surname", first)
		b = appendString(b, p.Surname)
		b = field(b, pi, "cue", false)
		b = appendString(b, p.Cue)
		b = optString(b, pi, "title", p.Title)
		b = optString(b, pi, "title_form", p.TitleForm)
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '}')
	}
	// Event and weekday claims are few: encoding/json writes them, so they cannot drift
	// from the struct.
	if c.Event != nil {
		b = field(b, in, "event", false)
		b = appendJSON(b, c.Event, in)
	}
	if c.When != nil {
		b = field(b, in, "when", false)
		b = appendJSON(b, c.When, in)
	}
	if c.Reference != nil {
		b = field(b, in, "reference", false)
		b = appendJSON(b, c.Reference, in)
	}
	if c.Roster != nil {
		b = field(b, in, "roster", false)
		b = appendJSON(b, c.Roster, in)
	}
	b = append(b, '\n')
	b = append(b, indent...)
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

// field starts a member: a comma unless it is the first, a new line, the indent and the key.
func field(b []byte, indent, name string, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = append(b, '\n')
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"', ':', ' ')
}

func optString(b []byte, indent, name, v string) []byte {
	if v == "" {
		return b
	}
	b = field(b, indent, name, false)
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

// appendJSON appends v as encoding/json indents it at indent.
func appendJSON(b []byte, v any, indent string) []byte {
	out, err := json.MarshalIndent(v, indent, "  ")
	if err != nil {
		return append(b, "null"...)
	}
	// MarshalIndent escapes <, > and & as \u003c...; the report does not.
	out = bytes.ReplaceAll(out, []byte(`\u003c`), []byte("<"))
	out = bytes.ReplaceAll(out, []byte(`\u003e`), []byte(">"))
	out = bytes.ReplaceAll(out, []byte(`\u0026`), []byte("&"))
	return append(b, out...)
}
