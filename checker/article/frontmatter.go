package article

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// FrontMatter is the metadata an article may declare. Other keys are allowed and ignored.
type FrontMatter struct {
	Title, Source, URL, Published string
}

// parseFrontMatter reads YAML front matter delimited by "---" lines at the top of src. It
// returns nil when there is none, and the offset where the body starts.
func parseFrontMatter(src string) (*FrontMatter, int, *Error) {
	start := 0
	if strings.HasPrefix(src, "\uFEFF") {
		start = len("\uFEFF")
	}
	rest := src[start:]
	if !strings.HasPrefix(rest, "---\n") && !strings.HasPrefix(rest, "---\r\n") {
		return nil, 0, nil
	}
	open := start + strings.IndexByte(rest, '\n') + 1
	end, bodyStart := -1, -1
	for i := open; i < len(src); {
		j := strings.IndexByte(src[i:], '\n')
		lineEnd := len(src)
		if j >= 0 {
			lineEnd = i + j
		}
		line := strings.TrimRight(src[i:lineEnd], "\r ")
		if line == "---" || line == "..." {
			end, bodyStart = i, min(lineEnd+1, len(src))
			break
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	if end < 0 {
		return nil, 0, &Error{Line: 1, Col: 1, Msg: "front matter opened with --- is never closed (no closing --- line)"}
	}
	fm, err := decodeFrontMatter(src[open:end])
	if err != nil {
		err.Line++ // the YAML starts on line 2
		return nil, 0, err
	}
	return fm, bodyStart, nil
}

func decodeFrontMatter(y string) (*FrontMatter, *Error) {
	if fm, ok := flatFrontMatter(y); ok {
		return fm, nil
	}
	return decodeFrontMatterYAML(y)
}

// decodeFrontMatterYAML decodes front matter with the YAML parser.
func decodeFrontMatterYAML(y string) (fm *FrontMatter, ferr *Error) {
	defer func() {
		// The YAML library can panic on hostile input; an article must never crash the run.
		if p := recover(); p != nil {
			fm, ferr = nil, &Error{Line: 1, Col: 1, Msg: fmt.Sprintf("front matter: cannot decode this YAML (%v)", p)}
		}
	}()
	fm = &FrontMatter{}
	if strings.TrimSpace(y) == "" {
		return fm, nil
	}
	file, err := parser.ParseBytes([]byte(y), 0)
	if err != nil {
		return nil, yamlErr(err)
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return fm, nil
	}
	m, ok := file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		if mv, ok2 := file.Docs[0].Body.(*ast.MappingValueNode); ok2 {
			m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
		} else {
			p := file.Docs[0].Body.GetToken().Position
			return nil, &Error{Line: p.Line, Col: p.Column, Msg: "front matter must be a YAML mapping of keys to values"}
		}
	}
	for _, kv := range m.Values {
		key := kv.Key.String()
		var dst *string
		switch key {
		case "title":
			dst = &fm.Title
		case "source":
			dst = &fm.Source
		case "url":
			dst = &fm.URL
		case "published", "date":
			dst = &fm.Published
		default:
			continue
		}
		p := kv.Value.GetToken().Position
		var v any
		if err := yaml.NodeToValue(kv.Value, &v); err != nil {
			return nil, yamlErr(err)
		}
		switch x := v.(type) {
		case string:
			*dst = strings.TrimSpace(x)
		case time.Time:
			*dst = x.Format("2006-01-02")
		case nil:
		case int, int64, uint64, float64, bool:
			*dst = fmt.Sprint(x)
		default:
			return nil, &Error{Line: p.Line, Col: p.Column, Msg: fmt.Sprintf("front matter key %q must be a single value", key)}
		}
		if dst == &fm.Published && fm.Published != "" {
			// A date and time ("2025-12-04T10:00:00Z", "2025-12-04 10:00") keeps its date.
			if d := fm.Published; len(d) > 10 && (d[10] == 'T' || d[10] == ' ') {
				fm.Published = d[:10]
			}
			if _, err := time.Parse("2006-01-02", fm.Published); err != nil {
				return nil, &Error{Line: p.Line, Col: p.Column, Msg: fmt.Sprintf("published %q is not a date in the form YYYY-MM-DD", fm.Published)}
			}
		}
	}
	return fm, nil
}

func yamlErr(err error) *Error {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		p := ye.GetToken().Position
		msg := "front matter: " + ye.GetMessage()
		if strings.Contains(msg, "mapping value is not allowed") {
			// The usual cause: a headline with a colon in it, unquoted.
			msg += ` (a value with ": " in it, such as a headline, needs quotation marks: title: "Bank cuts rates: what it means")`
		}
		return &Error{Line: p.Line, Col: p.Column, Msg: msg}
	}
	return &Error{Line: 1, Col: 1, Msg: "front matter: " + err.Error()}
}

// flatFrontMatter reads the common case, one "key: value" per line with plain or simply
// quoted values, without the YAML parser, which costs more than the rest of reading an
// article. It declines (ok false) anything else, which goes to the parser, so that errors
// and their positions come from one place.
func flatFrontMatter(y string) (*FrontMatter, bool) {
	if !utf8.ValidString(y) || strings.Count(y, "\r") != strings.Count(y, "\r\n") {
		return nil, false // a lone carriage return is a line break to YAML, not to us
	}
	fm := &FrontMatter{}
	seen := map[string]bool{}
	for _, line := range strings.Split(y, "\n") {
		line = strings.TrimRight(line, "\r ")
		if line == "" {
			continue
		}
		colon := strings.Index(line, ":")
		if colon <= 0 || !isKey(line[:colon]) || seen[line[:colon]] {
			return nil, false
		}
		key := line[:colon]
		seen[key] = true
		rest := line[colon+1:]
		if rest != "" && rest[0] != ' ' {
			return nil, false
		}
		raw := strings.TrimSpace(rest)
		v, ok := flatValue(raw)
		if !ok {
			if key == "title" || key == "source" || key == "url" || key == "published" || key == "date" || !flatList(raw) {
				return nil, false
			}
		}
		switch key {
		case "title":
			fm.Title = v
		case "source":
			fm.Source = v
		case "url":
			fm.URL = v
		case "published", "date":
			if len(v) > 10 && (v[10] == 'T' || v[10] == ' ') {
				v = v[:10]
			}
			if _, err := time.Parse("2006-01-02", v); v != "" && err != nil {
				return nil, false // the parser reports it, with its position
			}
			fm.Published = v
		}
	}
	return fm, true
}

// flatList reports whether v is a flow sequence of plain items ("[floods, weather]"), as
// tags and categories often are; its items are not read.
func flatList(v string) bool {
	if len(v) < 2 || v[0] != '[' || v[len(v)-1] != ']' {
		return false
	}
	inner := strings.TrimSpace(v[1 : len(v)-1])
	if inner == "" {
		return true
	}
	for _, item := range strings.Split(inner, ",") {
		item = strings.TrimSpace(item)
		if item == "" || strings.ContainsAny(item, "[]{}\"'") {
			return false
		}
		if _, ok := flatValue(item); !ok {
			return false
		}
	}
	return true
}

func isKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// flatValue reads a plain scalar or a quoted string without escapes.
func flatValue(v string) (string, bool) {
	if v == "" {
		return "", true
	}
	switch v[0] {
	case '"':
		if len(v) < 2 || v[len(v)-1] != '"' || strings.ContainsAny(v[1:len(v)-1], "\\\"") {
			return "", false
		}
		return v[1 : len(v)-1], true
	case '\'':
		if len(v) < 2 || v[len(v)-1] != '\'' || strings.Contains(v[1:len(v)-1], "'") {
			return "", false
		}
		return v[1 : len(v)-1], true
	case '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '#', '-', '?', ',', '+', '.':
		return "", false
	}
	if c := v[0]; c >= '0' && c <= '9' && !isoDate(v) {
		return "", false // YAML reads numbers as numbers (012 is 10)
	}
	if strings.Contains(v, " #") || strings.ContainsAny(v, "\t") ||
		strings.Contains(v, ":") && (strings.Contains(v, ": ") || v[0] == ':' || v[len(v)-1] == ':' || !strings.Contains(v, "://")) {
		return "", false // colons are YAML's business, but for a URL's
	}
	switch strings.ToLower(v) {
	case "null", "~", "true", "false", "yes", "no", "on", "off":
		return "", false // YAML gives these other types
	}
	return v, true
}

// isoDate reports whether v starts with YYYY-MM-DD and holds nothing but an optional time.
func isoDate(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return len(v) == 10 || v[10] == 'T' || v[10] == ' '
}
