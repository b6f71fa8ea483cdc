package rules

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	idRe          = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	placeholderRe = regexp.MustCompile(`\{([a-zA-Z_-]+)\}`)
)

// validate checks every rule of f and records where each was defined.
func (s *source) validate(f *File) Errors {
	var errs Errors
	for i, r := range f.Rules {
		p := fmt.Sprintf("$.rules[%d]", i)
		if r == nil {
			errs = append(errs, s.at(p, "empty rule"))
			continue
		}
		if e := s.at(p, ""); e.Line > 0 {
			r.Origin = fmt.Sprintf("%s:%d:%d", s.name, e.Line, e.Col)
		} else {
			r.Origin = s.name
		}
		errs = append(errs, s.validateRule(p, r)...)
	}
	return append(errs, s.validateLexicon(f.Lexicon)...)
}

// validateLexicon checks a file's lexicon: no given name is both feminine and masculine
// (a name borne by both belongs in neither list), and no short form belongs to two full
// names.
func (s *source) validateLexicon(l *Lexicon) Errors {
	if l == nil {
		return nil
	}
	var errs Errors
	fullOf := map[string]string{}
	for i, g := range l.Nicknames {
		if len(g) < 2 {
			errs = append(errs, s.at(fmt.Sprintf("$.lexicon.nicknames[%d]", i), "a nickname group is a full name and its short forms, [Anthony, Tony]"))
			continue
		}
		for j, n := range g[1:] {
			k := strings.ToLower(strings.TrimSpace(n))
			if prev, ok := fullOf[k]; ok && !strings.EqualFold(prev, g[0]) {
				errs = append(errs, s.at(fmt.Sprintf("$.lexicon.nicknames[%d][%d]", i, j+1), "%q is a short form of %s and of %s: a short form of two names belongs in neither group", n, prev, g[0]))
			}
			fullOf[k] = g[0]
		}
	}
	if len(l.FeminineNames) == 0 || len(l.MasculineNames) == 0 {
		return errs
	}
	feminine := make(map[string]bool, len(l.FeminineNames))
	for _, n := range l.FeminineNames {
		feminine[strings.ToLower(strings.TrimSpace(n))] = true
	}
	for i, n := range l.MasculineNames {
		if feminine[strings.ToLower(strings.TrimSpace(n))] {
			errs = append(errs, s.at(fmt.Sprintf("$.lexicon.masculine-names[%d]", i), "%q is in both feminine-names and masculine-names: a name borne by both belongs in neither", n))
		}
	}
	return errs
}

func (s *source) validateRule(p string, r *Rule) Errors {
	var errs Errors
	bad := func(field, format string, args ...any) {
		errs = append(errs, s.at(p+"."+field, format, args...))
	}
	switch {
	case r.ID == "":
		bad("id", "rule has no id")
	case !idRe.MatchString(r.ID):
		bad("id", "rule id %q must be lower-case letters, digits and dashes", r.ID)
	}
	spec, ok := Kind(r.Kind)
	if !ok {
		names := make([]string, len(Kinds))
		for i, k := range Kinds {
			names[i] = k.Name
		}
		if r.Kind == "" {
			bad("kind", "rule %q has no kind (one of %s)", r.ID, strings.Join(names, ", "))
		} else {
			bad("kind", "unknown kind %q (one of %s)", r.Kind, strings.Join(names, ", "))
		}
	}
	if r.Severity.Rank() == 0 {
		bad("severity", "severity %q must be error, warning or info", r.Severity)
	}
	if strings.TrimSpace(r.Message) == "" {
		bad("message", "rule %q has no message", r.ID)
	} else if ok {
		for _, m := range placeholderRe.FindAllStringSubmatch(r.Message, -1) {
			if !contains(spec.Placeholders, m[1]) {
				bad("message", "message uses unknown placeholder {%s} (kind %s fills %s)", m[1], r.Kind, braces(spec.Placeholders))
			}
		}
	}
	if strings.TrimSpace(r.Description) == "" {
		bad("description", "rule %q has no description", r.ID)
	}
	for i, a := range r.Example {
		if !strings.HasSuffix(a.File, ".txt") && !strings.HasSuffix(a.File, ".md") {
			bad(fmt.Sprintf("example[%d].file", i), "example file %q must end in .txt or .md", a.File)
		}
		if strings.TrimSpace(a.Text) == "" {
			bad(fmt.Sprintf("example[%d]", i), "example article has no text")
		}
	}
	blocks := map[string]bool{"quantity": r.Quantity != nil, "names": r.Names != nil, "events": r.Events != nil, "weekdays": r.Weekdays != nil, "roles": r.Roles != nil, "rosters": r.Rosters != nil, "quotes": r.Quotes != nil}
	for _, key := range []string{"quantity", "names", "events", "weekdays", "roles", "rosters", "quotes"} {
		if blocks[key] && ok && key != spec.Options && !contains(spec.Also, key) {
			bad(key, "option block %q does not belong to kind %s (its block is %q)", key, r.Kind, spec.Options)
		}
	}
	if r.Quantity != nil {
		errs = append(errs, s.validateQuantity(p+".quantity", r.Quantity, spec)...)
	}
	if r.Names != nil {
		errs = append(errs, s.validateNames(p+".names", r.Names, spec)...)
	}
	if r.Roles != nil {
		switch r.Roles.Report {
		case "conflicts", "variants":
		default:
			errs = append(errs, s.at(p+".roles.report", "report %q must be conflicts or variants", r.Roles.Report))
		}
	} else if ok && spec.Options == "roles" {
		bad("kind", "rule %q of kind role needs a roles block (report: conflicts or variants)", r.ID)
	}
	if r.Rosters != nil {
		errs = append(errs, s.validateRosters(p+".rosters", r.Rosters, r.Events != nil)...)
	} else if ok && spec.Options == "rosters" {
		bad("kind", "rule %q of kind roster needs a rosters block (exhaustive wordings)", r.ID)
	}
	if q := r.Quotes; q != nil {
		if q.MinWords < 0 || q.MinWords > 100 {
			errs = append(errs, s.at(p+".quotes.min-words", "min-words must be from 1 to 100"))
		}
		errs = append(errs, s.validateFold(p+".quotes", q.Fold)...)
		for _, t := range []struct {
			key string
			v   float64
		}{{"similar", q.Similar}, {"near", q.Near}} {
			if t.v < 0 || t.v > 1 {
				errs = append(errs, s.at(p+".quotes."+t.key, "%s must be a share from 0 to 1", t.key))
			}
		}
	}
	if r.Events != nil {
		errs = append(errs, s.validateEvents(p+".events", r.Events)...)
	} else if ok && spec.Options == "events" {
		bad("kind", "rule %q of kind %s needs an events block (its event classes)", r.ID, r.Kind)
	}
	return errs
}

func (s *source) validateEvents(p string, o *EventOptions) Errors {
	var errs Errors
	seen := map[string]bool{}
	if len(o.Classes) == 0 {
		errs = append(errs, s.at(p, "events block has no classes"))
	}
	for i, c := range o.Classes {
		cp := fmt.Sprintf("%s.classes[%d]", p, i)
		switch {
		case strings.TrimSpace(c.Name) == "":
			errs = append(errs, s.at(cp, "event class has no name"))
		case seen[c.Name]:
			errs = append(errs, s.at(cp+".name", "event class %q is defined twice", c.Name))
		case len(c.Words) == 0:
			errs = append(errs, s.at(cp, "event class %q has no words", c.Name))
		}
		seen[c.Name] = true
		for j, w := range c.Words {
			if strings.TrimSpace(w) == "" || strings.ContainsAny(w, " \t") {
				errs = append(errs, s.at(fmt.Sprintf("%s.words[%d]", cp, j), "event word %q must be one word", w))
			}
		}
	}
	errs = append(errs, s.validateHedges(p, o.Hedges, o.Tolerance)...)
	if o.Ahead < 0 || o.Ahead > 64 {
		errs = append(errs, s.at(p+".ahead", "ahead must be a number of tokens from 1 to 64"))
	}
	if o.Behind < 0 || o.Behind > 64 {
		errs = append(errs, s.at(p+".behind", "behind must be a number of tokens from 1 to 64"))
	}
	return errs
}

// validatePlaces checks the configuration's places and events: names given, places an
// event or a "within" names declared, no place within itself.
func (s *source) validatePlaces(c *Config) Errors {
	var errs Errors
	ep := func(i int) string { return fmt.Sprintf("$.events[%d]", i) }
	known := map[string]string{} // folded name or alias -> name
	for i, pl := range c.Places {
		pp := fmt.Sprintf("$.places[%d]", i)
		if strings.TrimSpace(pl.Name) == "" {
			errs = append(errs, s.at(pp, "place has no name"))
			continue
		}
		for _, n := range append([]string{pl.Name}, pl.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(n))
			if prev, dup := known[k]; dup && prev != pl.Name {
				errs = append(errs, s.at(pp, "%q already names place %q", n, prev))
			}
			known[k] = pl.Name
		}
	}
	// Nesting must not loop: follow "within" from every place, through other names.
	canon := func(n string) string {
		k := strings.ToLower(strings.TrimSpace(n))
		if c, ok := known[k]; ok {
			return strings.ToLower(c)
		}
		return k
	}
	within := map[string][]string{}
	for _, pl := range c.Places {
		for _, w := range pl.Within {
			within[canon(pl.Name)] = append(within[canon(pl.Name)], canon(w))
		}
	}
	for i, pl := range c.Places {
		for j, w := range pl.Within {
			if strings.TrimSpace(w) == "" {
				errs = append(errs, s.at(fmt.Sprintf("$.places[%d].within[%d]", i, j), "empty place"))
			}
		}
		self := canon(pl.Name)
		seen := map[string]bool{}
		stack := []string{self}
	walk:
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, w := range within[n] {
				if w == self {
					errs = append(errs, s.at(fmt.Sprintf("$.places[%d].within", i), "place %q ends up within itself", pl.Name))
					break walk
				}
				if !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
	}
	names := map[string]bool{}
	uniqueAt := map[string]string{} // class and place of a unique event -> its name
	for i, e := range c.Events {
		if e.Unique {
			k := e.Class + "\x00" + canon(e.Place)
			if prev, dup := uniqueAt[k]; dup {
				errs = append(errs, s.at(ep(i), "event %q is a second unique %s at %s (after %q): it could never match", e.Name, e.Class, e.Place, prev))
			}
			uniqueAt[k] = e.Name
		}
		ep := ep(i)
		switch {
		case strings.TrimSpace(e.Name) == "":
			errs = append(errs, s.at(ep, "event has no name"))
		case names[e.Name]:
			errs = append(errs, s.at(ep+".name", "event %q is declared twice", e.Name))
		}
		names[e.Name] = true
		if strings.TrimSpace(e.Place) == "" {
			errs = append(errs, s.at(ep, "event %q has no place: mentions are matched by class and place", e.Name))
		}
		if strings.TrimSpace(e.Class) == "" {
			errs = append(errs, s.at(ep, "event %q has no class (meeting, address, visit...)", e.Name))
		}
		for j, w := range e.Words {
			if strings.TrimSpace(w) == "" || strings.ContainsAny(w, " \t") {
				errs = append(errs, s.at(fmt.Sprintf("%s.words[%d]", ep, j), "event word %q must be one word", w))
			}
		}
		if e.Days < 0 || e.Days > 366 {
			errs = append(errs, s.at(ep+".days", "days must be the event's length, from 1 to 366"))
		}
	}
	return errs
}

func (s *source) validatePatterns(p string, pats []Pattern, spec KindSpec) Errors {
	var errs Errors
	for i, pat := range pats {
		if _, err := pat.Compile(spec.Slots, spec.Required); err != nil {
			errs = append(errs, s.at(fmt.Sprintf("%s.patterns[%d]", p, i), "%v", err))
		}
	}
	return errs
}

func (s *source) validateQuantity(p string, q *QuantityOptions, spec KindSpec) Errors {
	errs := s.validatePatterns(p, q.Patterns, spec)
	seen := map[string]bool{}
	for i, st := range q.Stages {
		sp := fmt.Sprintf("%s.stages[%d]", p, i)
		switch {
		case st.Name == "":
			errs = append(errs, s.at(sp, "stage has no name"))
		case seen[st.Name]:
			errs = append(errs, s.at(sp+".name", "stage %q is defined twice", st.Name))
		case len(st.Words) == 0:
			errs = append(errs, s.at(sp, "stage %q has no words", st.Name))
		}
		seen[st.Name] = true
	}
	errs = append(errs, s.validateHedges(p, q.Hedges, q.Tolerance)...)
	for i, g := range q.Predicates {
		if len(g) == 0 {
			errs = append(errs, s.at(fmt.Sprintf("%s.predicates[%d]", p, i), "empty predicate group"))
		}
	}
	return errs
}

// validateHedges checks the hedges and tolerance of kinds quantity, date and duration.
func (s *source) validateHedges(p string, hedges []Hedge, tolerance float64) Errors {
	var errs Errors
	for i, h := range hedges {
		hp := fmt.Sprintf("%s.hedges[%d]", p, i)
		if len(h.Words) == 0 {
			errs = append(errs, s.at(hp, "hedge has no words"))
		}
		if h.Below < -1 || h.Above < -1 || h.Below > 1 {
			errs = append(errs, s.at(hp, "hedge bounds must be fractions of the value (0 to 1), or -1 for no bound"))
		}
	}
	if tolerance < 0 || tolerance >= 1 {
		errs = append(errs, s.at(p+".tolerance", "tolerance must be a fraction from 0 up to 1"))
	}
	return errs
}

// validateFold checks the transliteration rewrites of a block at p.
func (s *source) validateFold(p string, fold [][]string) Errors {
	var errs Errors
	for i, f := range fold {
		if len(f) != 2 || f[0] == "" || f[0] == "$" {
			errs = append(errs, s.at(fmt.Sprintf("%s.fold[%d]", p, i), "a fold rule is a pair [from, to] with a non-empty from"))
		}
	}
	return errs
}

func (s *source) validateNames(p string, n *NameOptions, spec KindSpec) Errors {
	errs := s.validatePatterns(p, n.Patterns, spec)
	if n.Report != "variants" && n.Report != "misspellings" {
		errs = append(errs, s.at(p+".report", "report %q must be variants or misspellings", n.Report))
	}
	errs = append(errs, s.validateFold(p, n.Fold)...)
	for i, g := range n.GenderedSuffixes {
		if len(g) < 2 {
			errs = append(errs, s.at(fmt.Sprintf("%s.gendered-suffixes[%d]", p, i), "a suffix group lists at least two endings"))
		}
	}
	last := -1
	for i, d := range n.Distance {
		if d.MinLength <= last || d.Edits < 0 || d.Edits > 3 {
			errs = append(errs, s.at(fmt.Sprintf("%s.distance[%d]", p, i), "distance steps need increasing min-length and 0 to 3 edits"))
		}
		last = d.MinLength
	}
	return errs
}

// validateRosters checks a rosters block: a report it knows, the wordings each report
// needs, one-word groups, and sides with a name and words, none claimed twice.
func (s *source) validateRosters(p string, o *RosterOptions, hasEvents bool) Errors {
	var errs Errors
	switch o.Report {
	case "", "counts":
		if len(o.Exhaustive) == 0 {
			errs = append(errs, s.at(p, "rosters block has no exhaustive wordings"))
		}
	case "conflicts":
		if !hasEvents {
			errs = append(errs, s.at(p+".report", "report conflicts compares the rosters of one event: the rule needs an events block"))
		}
		if len(o.Groups) == 0 {
			errs = append(errs, s.at(p, "report conflicts needs groups (the words that name a side: delegation, team)"))
		}
	default:
		errs = append(errs, s.at(p+".report", "report %q must be counts or conflicts", o.Report))
	}
	for i, w := range o.Groups {
		if strings.TrimSpace(w) == "" || strings.ContainsAny(w, " \t") {
			errs = append(errs, s.at(fmt.Sprintf("%s.groups[%d]", p, i), "group word %q must be one word", w))
		}
	}
	for _, l := range []struct {
		key   string
		words []string
	}{{"exhaustive", o.Exhaustive}, {"partial", o.Partial}, {"led", o.Led}, {"leads", o.Leads}, {"absent", o.Absent}, {"met", o.Met}} {
		for i, w := range l.words {
			if strings.TrimSpace(w) == "" {
				errs = append(errs, s.at(fmt.Sprintf("%s.%s[%d]", p, l.key, i), "empty wording"))
			}
		}
	}
	owner := map[string]string{}
	for i, sd := range o.Sides {
		sp := fmt.Sprintf("%s.sides[%d]", p, i)
		if strings.TrimSpace(sd.Name) == "" {
			errs = append(errs, s.at(sp, "side has no name"))
			continue
		}
		if len(sd.Words) == 0 {
			errs = append(errs, s.at(sp, "side %q has no words", sd.Name))
		}
		for j, w := range sd.Words {
			k := strings.ToLower(strings.TrimSpace(w))
			if prev, ok := owner[k]; ok && prev != sd.Name {
				errs = append(errs, s.at(fmt.Sprintf("%s.words[%d]", sp, j), "side word %q already stands for %q", w, prev))
			}
			owner[k] = sd.Name
		}
	}
	return errs
}
