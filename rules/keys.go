package rules

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// unknownKeys walks a YAML tree against the Go type it decodes into and reports every key
// the type does not have, with its position, so that one run shows all of them (the
// decoder's strict mode stops at the first).
func (s *source) unknownKeys(n ast.Node, t reflect.Type) Errors {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs Errors
	switch t.Kind() {
	case reflect.Struct:
		fields := map[string]reflect.Type{}
		var names []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if name == "" || name == "-" || !f.IsExported() {
				continue
			}
			fields[name] = f.Type
			names = append(names, name)
		}
		sort.Strings(names)
		for _, kv := range mappingValues(n) {
			key := kv.Key.String()
			ft, ok := fields[key]
			if !ok {
				pos := kv.Key.GetToken().Position
				errs = append(errs, &Error{File: s.name, Line: pos.Line, Col: pos.Column,
					Msg:     fmt.Sprintf("unknown field %q (known: %s)", key, strings.Join(names, ", ")),
					Excerpt: excerpt(s.data, pos.Line, pos.Column)})
				continue
			}
			errs = append(errs, s.unknownKeys(kv.Value, ft)...)
		}
	case reflect.Slice:
		if seq, ok := n.(*ast.SequenceNode); ok {
			for _, v := range seq.Values {
				errs = append(errs, s.unknownKeys(v, t.Elem())...)
			}
		}
	case reflect.Map:
		for _, kv := range mappingValues(n) {
			errs = append(errs, s.unknownKeys(kv.Value, t.Elem())...)
		}
	}
	return errs
}

// mappingValues returns the key-value pairs of a mapping node (nil for anything else,
// aliases included: an anchor is checked where it is defined).
func mappingValues(n ast.Node) []*ast.MappingValueNode {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}
	}
	return nil
}
