package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// defaultPack is the built-in rule pack: generic rules and generic world knowledge only.
//
//go:embed default/*.yaml
var defaultPack embed.FS

// Set is the loaded rule pack: the rules in force and the merged lexicon.
type Set struct {
	// Rules are the enabled rules, in kind order and then by id.
	Rules []*Rule
	// Lexicon is the merged lexicon of every file and the configuration.
	Lexicon Lexicon
	// People are the known people from the configuration.
	People []Person
	// Places and Events are the configuration's places and declared events.
	Places []Place
	Events []NamedEvent
}

// Rule returns the rule with the given id, or nil.
func (s *Set) Rule(id string) *Rule {
	for _, r := range s.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// ParseFile decodes and validates one rule file.
func ParseFile(name string, data []byte) (*File, error) {
	var f File
	src, err := decode(name, data, &f)
	if src == nil {
		return nil, err
	}
	var errs Errors
	if err != nil {
		errs = appendErr(errs, err)
	}
	if errs = append(errs, src.validate(&f)...); len(errs) > 0 {
		return nil, errs
	}
	return &f, nil
}

// Default loads the embedded pack alone.
func Default() (*Set, error) { return Load(nil) }

// Load loads the embedded pack, then the rule files the configuration names, and applies
// the configuration's switches. cfg may be nil.
func Load(cfg *Config) (*Set, error) {
	entries, err := fs.Glob(defaultPack, "default/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(entries)
	// Files are parsed in parallel (YAML parsing is most of the start-up time) and merged
	// in order.
	type source struct {
		name string
		data []byte
		f    *File
		err  error
	}
	var srcs []*source
	var errs Errors
	for _, e := range entries {
		data, err := defaultPack.ReadFile(e)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, &source{name: "(built-in) " + e, data: data})
	}
	builtin := len(srcs)
	if cfg != nil {
		for i, rf := range cfg.Rules {
			p := rf
			if !filepath.IsAbs(p) {
				p = filepath.Join(filepath.Dir(cfg.Path), rf)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				errs = append(errs, cfg.src.at(fmt.Sprintf("$.rules[%d]", i), "cannot read rule file: %v", err))
				continue
			}
			srcs = append(srcs, &source{name: p, data: data})
		}
	}
	cache := cachedFiles()
	var wg sync.WaitGroup
	for i, src := range srcs {
		if i < builtin {
			if src.f = fromCache(cache, src.name, src.data); src.f != nil {
				continue
			}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			src.f, src.err = ParseFile(src.name, src.data)
		}()
	}
	wg.Wait()
	var files []*File
	var parseErrs Errors
	for _, src := range srcs {
		if src.err != nil {
			parseErrs = appendErr(parseErrs, src.err)
			continue
		}
		files = append(files, src.f)
	}
	errs = append(parseErrs, errs...)
	if len(errs) > 0 {
		return nil, errs
	}
	set := &Set{}
	origin := map[string]string{}
	for _, f := range files {
		for _, r := range f.Rules {
			if o, dup := origin[r.ID]; dup {
				errs = append(errs, &Error{File: r.Origin, Msg: fmt.Sprintf("rule %q is already defined at %s", r.ID, o)})
				continue
			}
			origin[r.ID] = r.Origin
			set.Rules = append(set.Rules, r)
		}
		set.Lexicon.Merge(f.Lexicon)
	}
	if cfg != nil {
		errs = append(errs, cfg.apply(set)...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	for _, r := range set.Rules {
		if r.Events != nil {
			for _, c := range r.Events.Classes {
				set.Lexicon.EventWords = append(set.Lexicon.EventWords, c.Words...)
			}
		}
		if r.Rosters != nil {
			o := r.Rosters
			set.Lexicon.GroupWords = append(set.Lexicon.GroupWords, o.Groups...)
			for _, ws := range [][]string{o.Exhaustive, o.Partial, o.Led, o.Leads, o.Absent, o.Met} {
				for _, w := range ws {
					if f := strings.Fields(w); len(f) > 0 {
						set.Lexicon.RosterWords = append(set.Lexicon.RosterWords, f[0])
					}
				}
			}
		}
	}
	kindOrder := map[string]int{}
	for i, k := range Kinds {
		kindOrder[k.Name] = i
	}
	sort.SliceStable(set.Rules, func(i, j int) bool {
		a, b := set.Rules[i], set.Rules[j]
		if kindOrder[a.Kind] != kindOrder[b.Kind] {
			return kindOrder[a.Kind] < kindOrder[b.Kind]
		}
		return a.ID < b.ID
	})
	return set, nil
}

func appendErr(errs Errors, err error) Errors {
	switch e := err.(type) {
	case nil:
		return errs
	case Errors:
		return append(errs, e...)
	case *Error:
		return append(errs, e)
	}
	return append(errs, &Error{Msg: err.Error()})
}

// ParseConfig decodes and validates a corpus configuration. When only validation fails,
// the configuration is returned with the error, so that callers can report more at once.
func ParseConfig(name string, data []byte) (*Config, error) {
	var c Config
	src, err := decode(name, data, &c)
	if src == nil {
		return nil, err
	}
	c.Path, c.src = name, src
	var errs Errors
	if err != nil {
		errs = appendErr(errs, err)
	}
	seenPerson := map[string]int{}
	for i, p := range c.People {
		pp := fmt.Sprintf("$.people[%d]", i)
		if strings.TrimSpace(p.Name) == "" {
			errs = append(errs, src.at(pp, "person has no name"))
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := strings.ToLower(strings.Join(strings.Fields(n), " "))
			if j, ok := seenPerson[k]; ok && j != i && k != "" {
				errs = append(errs, src.at(pp, "%q is already a name of people[%d]: one person, one entry", n, j))
			}
			seenPerson[k] = i
		}
		for j, a := range p.Aliases {
			if strings.TrimSpace(a) == "" {
				errs = append(errs, src.at(fmt.Sprintf("%s.aliases[%d]", pp, j), "empty alias"))
			}
		}
		for j, t := range p.Titles {
			tp := fmt.Sprintf("%s.titles[%d]", pp, j)
			if strings.TrimSpace(t.Title) == "" {
				errs = append(errs, src.at(tp, "title has no text"))
			}
			for _, d := range []struct{ key, v string }{{"from", t.From}, {"to", t.To}} {
				if _, err := time.Parse("2006-01-02", d.v); d.v != "" && err != nil {
					errs = append(errs, src.at(tp+"."+d.key, "%s %q is not a date in the form YYYY-MM-DD", d.key, d.v))
				}
			}
			if t.From != "" && t.To != "" && t.To < t.From {
				errs = append(errs, src.at(tp, "title %q ends (%s) before it starts (%s)", t.Title, t.To, t.From))
			}
		}
	}
	errs = append(errs, src.validatePlaces(&c)...)
	errs = append(errs, src.validateLexicon(c.Lexicon)...)
	for _, id := range sortedKeys(c.Severity) {
		if c.Severity[id].Rank() == 0 {
			errs = append(errs, src.at("$.severity."+id, "severity %q must be error, warning or info", c.Severity[id]))
		}
	}
	if len(errs) > 0 {
		return &c, errs // usable, so that Load can report its own problems too
	}
	return &c, nil
}

// LoadAll reads the configuration at path (none when path is "") and loads the rules it
// names, reporting the problems of both at once.
func LoadAll(path string) (*Set, *Config, error) {
	var cfg *Config
	var errs Errors
	if path != "" {
		var err error
		cfg, err = LoadConfig(path)
		if err != nil {
			errs = appendErr(errs, err)
		}
		if cfg == nil {
			return nil, nil, errs
		}
	}
	set, err := Load(cfg)
	if err != nil {
		errs = appendErr(errs, err)
	}
	if len(errs) > 0 {
		return nil, nil, errs
	}
	return set, cfg, nil
}

// LoadConfig reads and parses the configuration file at path.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("cannot read configuration: %v", err)}
	}
	return ParseConfig(path, data)
}

// apply switches rules off and re-levels them, and adds the configuration's knowledge.
func (c *Config) apply(set *Set) Errors {
	var errs Errors
	off := map[string]bool{}
	for i, id := range c.Disable {
		if set.Rule(id) == nil {
			errs = append(errs, c.src.at(fmt.Sprintf("$.disable[%d]", i), "unknown rule %q", id))
		}
		off[id] = true
	}
	for _, id := range sortedKeys(c.Severity) {
		r := set.Rule(id)
		if r == nil {
			errs = append(errs, c.src.at("$.severity."+id, "unknown rule %q", id))
			continue
		}
		r.Severity = c.Severity[id]
	}
	kept := set.Rules[:0]
	for _, r := range set.Rules {
		if !off[r.ID] {
			kept = append(kept, r)
		}
	}
	set.Rules = kept
	set.Lexicon.Merge(c.Lexicon)
	set.People = append(set.People, c.People...)
	set.Places = append(set.Places, c.Places...)
	// A declared event's class must be one the date rules know, or it never matches.
	classes := map[string]bool{}
	var names []string
	for _, r := range set.Rules {
		if r.Events != nil {
			for _, cl := range r.Events.Classes {
				if !classes[cl.Name] {
					classes[cl.Name] = true
					names = append(names, cl.Name)
				}
			}
		}
	}
	if len(classes) > 0 {
		for i, e := range c.Events {
			if e.Class != "" && !classes[e.Class] {
				errs = append(errs, c.src.at(fmt.Sprintf("$.events[%d].class", i), "unknown event class %q (the date rules know %s)", e.Class, strings.Join(names, ", ")))
			}
		}
	}
	// The first word of each configured place (and of its other names) marks a place for
	// the lexicon, so that extractors find sentences that name a place on a bit test.
	for _, p := range c.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if f := strings.Fields(n); len(f) > 0 {
				set.Lexicon.Places = append(set.Lexicon.Places, f[0])
			}
		}
	}
	set.Events = append(set.Events, c.Events...)
	return errs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
