package report

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"

	"factcheck/checker"
	"factcheck/rules"
)

// Rules lists the rules in force, one line each.
func Rules(w io.Writer, set *rules.Set, st Style) error {
	p := &printer{w: w, st: st}
	width := 0
	for _, r := range set.Rules {
		width = max(width, len(r.ID))
	}
	for _, r := range set.Rules {
		p.printf("%s  %-14s %-8s %s\n", st.bold(fmt.Sprintf("%-*s", width, r.ID)), r.Kind, st.severity(string(r.Severity)), firstSentence(r.Description))
	}
	p.printf("\n%d rules. `factcheck explain ID` documents one with an example.\n", len(set.Rules))
	return p.err
}

// firstSentence returns the first sentence of s, cut at a word before 90 characters.
func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	if r := []rune(s); len(r) > 90 {
		cut := string(r[:90])
		if i := strings.LastIndexByte(cut, ' '); i > 40 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, ",;:") + "..."
	}
	return s
}

// Explain documents one rule: what it does, its options, and its example run through the
// engine with the report it produces.
func Explain(w io.Writer, set *rules.Set, r *rules.Rule, example *checker.Result, st Style) error {
	p := &printer{w: w, st: st}
	p.printf("%s  kind %s, severity %s\n", st.bold(r.ID), r.Kind, st.severity(string(r.Severity)))
	p.printf("%s\n\n", st.faint("defined at "+r.Origin))
	p.printf("%s\n\n", strings.TrimSpace(r.Description))
	p.printf("%s %s\n", st.bold("Message:"), r.Message)
	var opts any
	key := ""
	switch {
	case r.Quantity != nil:
		opts, key = r.Quantity, "quantity"
	case r.Names != nil:
		opts, key = r.Names, "names"
	case r.Events != nil:
		opts, key = r.Events, "events"
	case r.Weekdays != nil:
		opts, key = r.Weekdays, "weekdays"
	}
	if opts != nil {
		p.printf("\n%s\n  %s:\n", st.bold("Options:"), key)
		v := reflect.ValueOf(opts).Elem()
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			name := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if name == "" || v.Field(i).IsZero() {
				continue
			}
			out, err := yaml.MarshalWithOptions(v.Field(i).Interface(), yaml.Flow(true))
			if err != nil {
				continue
			}
			p.printf("    %s: %s\n", name, wrapFlow(strings.TrimSpace(string(out)), 96, "      "))
		}
	}
	if len(r.Example) == 0 {
		return p.err
	}
	p.printf("\n%s\n", st.bold("Example:"))
	for _, a := range r.Example {
		p.printf("  %s\n%s", st.pos(a.File), indent(strings.TrimRight(a.Text, "\n")+"\n", "    "))
	}
	if example == nil {
		return p.err
	}
	p.printf("\n%s\n", st.bold("factcheck reports:"))
	if len(example.Findings) == 0 {
		p.printf("  (nothing: the example does not trigger the rule)\n")
		return p.err
	}
	var b strings.Builder
	ep := &printer{w: &b, st: st, res: example}
	for i := range example.Findings {
		ep.finding(&example.Findings[i])
	}
	p.printf("%s", indent(strings.TrimRight(b.String(), "\n")+"\n", "  "))
	return p.err
}

func indent(s, pre string) string {
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	for _, l := range lines {
		if l == "" {
			continue
		}
		if l != "\n" {
			b.WriteString(pre)
		}
		b.WriteString(l)
	}
	return b.String()
}

// wrapFlow breaks a one-line flow value after commas so that lines stay under width.
func wrapFlow(s string, width int, pre string) string {
	var b strings.Builder
	line := 0
	for _, part := range strings.SplitAfter(s, ", ") {
		if line > 0 && line+len(part) > width {
			b.WriteString("\n" + pre)
			line = len(pre)
		}
		b.WriteString(part)
		line += len(part)
	}
	return b.String()
}
