package rules

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// source is a YAML file being loaded: its name, bytes and syntax tree, so that any problem
// found after decoding can still be pointed at.
type source struct {
	name string
	data []byte
	ast  *ast.File
}

// decode parses data strictly into v. Syntax errors, unknown keys, duplicate keys and values
// of the wrong type come back as *Error with position and excerpt.
func decode(name string, data []byte, v any) (src *source, err error) {
	src = &source{name: name, data: data}
	defer func() {
		// goccy/go-yaml panics on some inputs (a self-referencing alias); no input may crash
		// factcheck, so such a panic becomes an error about the file.
		if p := recover(); p != nil {
			src, err = nil, &Error{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("cannot decode this YAML (%v); check anchors and aliases", p)}
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, src.yamlError(err)
	}
	src.ast = f
	if len(f.Docs) > 1 {
		return nil, src.errAt(f.Docs[1].GetToken(), "a rule or configuration file holds one YAML document")
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return src, nil
	}
	// Every unknown key at once; the rest is still decoded and validated, so that one run
	// reports all problems. A value of the wrong type stops the file.
	unknown := src.unknownKeys(f.Docs[0].Body, reflect.TypeOf(v))
	if err := yaml.NodeToValue(f.Docs[0].Body, v); err != nil {
		return nil, appendErr(unknown, src.yamlError(err))
	}
	if len(unknown) > 0 {
		return src, unknown
	}
	return src, nil
}

func (s *source) yamlError(err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		return s.errAt(ye.GetToken(), ye.GetMessage())
	}
	return &Error{File: s.name, Msg: err.Error()}
}

func (s *source) errAt(tk *token.Token, msg string) *Error {
	if tk == nil {
		return &Error{File: s.name, Msg: msg}
	}
	pos := tk.Position
	return &Error{File: s.name, Line: pos.Line, Col: pos.Column, Msg: msg, Excerpt: excerpt(s.data, pos.Line, pos.Column)}
}

// at returns an error positioned at the YAML node that path names, or at the nearest parent
// node that exists.
func (s *source) at(path, format string, args ...any) *Error {
	e := &Error{File: s.name, Msg: fmt.Sprintf(format, args...)}
	if s.ast == nil {
		return e
	}
	for p := path; p != "" && p != "$"; p = parentPath(p) {
		yp, err := yaml.PathString(p)
		if err != nil {
			continue
		}
		n, err := yp.FilterFile(s.ast)
		if err != nil || n == nil || n.GetToken() == nil {
			continue
		}
		// A mapping is pointed at by its first key, not by its first value.
		switch m := n.(type) {
		case *ast.MappingNode:
			if len(m.Values) > 0 {
				n = m.Values[0].Key
			}
		case *ast.MappingValueNode:
			n = m.Key
		}
		pos := n.GetToken().Position
		e.Line, e.Col = pos.Line, pos.Column
		e.Excerpt = excerpt(s.data, pos.Line, pos.Column)
		return e
	}
	return e
}

// parentPath strips the last element of a YAML path: "$.a[1].b" becomes "$.a[1]".
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i <= 0 {
		return ""
	}
	return p[:i]
}
