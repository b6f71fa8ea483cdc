package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"factcheck/checker"
)

// spellingCount is one way a person's name is written, with how often and where.
type spellingCount struct {
	Spelling string   `json:"spelling"`
	Mentions int      `json:"mentions"`
	Articles []string `json:"articles"`
}

// titleBy is a title one source gives a person.
type titleBy struct {
	Title string `json:"title"`
	Form  string `json:"form"`
	Path  string `json:"path"`
	Line  int32  `json:"line"`
}

type jsonPerson struct {
	Name string `json:"name"`
	// Side and Registered come from the corpus configuration's people, when it has the
	// person.
	Side       string          `json:"side,omitempty"`
	Registered []string        `json:"registered_titles,omitempty"`
	Spellings  []spellingCount `json:"spellings"`
	Titles     []titleBy       `json:"titles"`
	Events     []string        `json:"events"`
	Rosters    []rosterBy      `json:"rosters"`
	References []referenceBy   `json:"references"`
	Findings   []string        `json:"findings"`
}

// referenceBy is a back-reference one source makes to a person: "the minister", "she".
type referenceBy struct {
	Words  string `json:"words"`
	Form   string `json:"form"`
	Path   string `json:"path"`
	Line   int32  `json:"line"`
	Unsure bool   `json:"unsure,omitempty"`
}

// rosterBy is a place one source gives a person in a side: "member", "leader", "absent".
type rosterBy struct {
	Role  string `json:"role"`
	Side  string `json:"side,omitempty"`
	Group string `json:"group,omitempty"`
	Path  string `json:"path"`
	Line  int32  `json:"line"`
}

// person summarises one who's-who entry: spellings most used first, titles in corpus order
// (each title once per article), event titles, finding fingerprints with messages.
func person(res *checker.Result, e checker.PersonEntry) jsonPerson {
	p := jsonPerson{Name: e.Name, Spellings: []spellingCount{}, Titles: []titleBy{}, Events: []string{}, Rosters: []rosterBy{}, References: []referenceBy{}, Findings: []string{}}
	for _, kp := range res.Set.People {
		if strings.EqualFold(kp.Name, e.Name) || slices.ContainsFunc(kp.Aliases, func(a string) bool { return strings.EqualFold(a, e.Name) }) {
			p.Side = kp.Side
			for _, t := range kp.Titles {
				r := t.Title
				if t.From != "" || t.To != "" {
					r += " (" + t.From + ".." + t.To + ")"
				}
				p.Registered = append(p.Registered, r)
			}
		}
	}
	idx := map[string]int{}
	for _, m := range e.Mentions {
		sp := strings.TrimSpace(m.Person.Given + " " + m.Person.Surname)
		i, ok := idx[sp]
		if !ok {
			i = len(p.Spellings)
			idx[sp] = i
			p.Spellings = append(p.Spellings, spellingCount{Spelling: sp, Articles: []string{}})
		}
		s := &p.Spellings[i]
		s.Mentions++
		if !slices.Contains(s.Articles, m.Path) {
			s.Articles = append(s.Articles, m.Path)
		}
		if m.Person.Title != "" && !slices.ContainsFunc(p.Titles, func(t titleBy) bool { return t.Path == m.Path && t.Title == m.Person.Title }) {
			p.Titles = append(p.Titles, titleBy{Title: m.Person.Title, Form: m.Person.TitleForm, Path: m.Path, Line: m.Line})
		}
	}
	slices.SortStableFunc(p.Spellings, func(a, b spellingCount) int { return b.Mentions - a.Mentions })
	for _, ev := range e.Events {
		p.Events = append(p.Events, ev.Title())
	}
	for _, c := range e.Rosters {
		role := "member"
		switch {
		case c.Roster.Form == "leader" || c.Roster.Form == "absent":
			role = c.Roster.Form
		case c.Roster.Side == "":
			role = "took part" // "A met with B": no side named
		}
		rb := rosterBy{Role: role, Side: c.Roster.Side, Group: c.Roster.Group, Path: c.Path, Line: c.Line}
		if !slices.Contains(p.Rosters, rb) {
			p.Rosters = append(p.Rosters, rb)
		}
	}
	for _, c := range e.References {
		p.References = append(p.References, referenceBy{Words: c.Text, Form: c.Reference.Form, Path: c.Path, Line: c.Line, Unsure: c.Reference.Unsure})
	}
	for _, f := range e.Findings {
		p.Findings = append(p.Findings, f.Rule+": "+f.Message)
	}
	return p
}

// People writes the who's-who: each person the name rules find, most mentioned first, with
// every spelling (mentions and articles), every title each source gives, the events that
// name them and the findings about them.
func People(w io.Writer, res *checker.Result, ps []checker.PersonEntry, st Style) error {
	pr := &printer{w: w, st: st, res: res}
	for i, e := range ps {
		p := person(res, e)
		if i > 0 {
			pr.printf("\n")
		}
		head := st.bold(Sanitize(p.Name))
		if p.Side != "" {
			head += st.faint(" (" + Sanitize(p.Side) + ")")
		}
		pr.printf("%s\n", head)
		for _, r := range p.Registered {
			pr.printf("  %s %s\n", st.faint("registered:"), Sanitize(r))
		}
		for _, s := range p.Spellings {
			pr.printf("  %s  %s\n", Sanitize(s.Spelling), st.faint(fmt.Sprintf("%s in %s", count(s.Mentions, "mention"), Sanitize(strings.Join(s.Articles, ", ")))))
		}
		for _, t := range p.Titles {
			pr.printf("  %s  %s\n", st.pos(fmt.Sprintf("%s:%d", Sanitize(t.Path), t.Line)), Sanitize(t.Title))
		}
		for _, ev := range p.Events {
			pr.printf("  %s %s\n", st.faint("event:"), Sanitize(ev))
		}
		for _, r := range p.Rosters {
			what := r.Role
			if r.Side != "" {
				what += ", " + r.Side + " " + r.Group
			}
			pr.printf("  %s  %s\n", st.pos(fmt.Sprintf("%s:%d", Sanitize(r.Path), r.Line)), Sanitize(what))
		}
		for _, r := range p.References {
			what := "referred to as \"" + Sanitize(r.Words) + "\""
			if r.Unsure {
				what += " (unsure)"
			}
			pr.printf("  %s  %s\n", st.pos(fmt.Sprintf("%s:%d", Sanitize(r.Path), r.Line)), st.faint(what))
		}
		for _, f := range p.Findings {
			pr.printf("  %s %s\n", st.severity("finding:"), Sanitize(f))
		}
	}
	if len(ps) > 0 {
		pr.printf("\n")
	}
	people := fmt.Sprintf("%d people", len(ps))
	if len(ps) == 1 {
		people = "1 person"
	}
	pr.printf("%s\n", st.bold(count(len(res.Articles), "article")+", "+people))
	return pr.err
}

// PeopleJSON writes the who's-who as JSON: {"version", "corpus", "articles", "people":
// [{"name", "spellings", "titles", "events", "findings"}], "input_errors"}.
func PeopleJSON(w io.Writer, res *checker.Result, ps []checker.PersonEntry) error {
	out := struct {
		Version     int           `json:"version"`
		Corpus      string        `json:"corpus"`
		Articles    []jsonArticle `json:"articles"`
		People      []jsonPerson  `json:"people"`
		InputErrors []string      `json:"input_errors"`
	}{SchemaVersion, res.Corpus, articles(res.Articles), []jsonPerson{}, inputErrors(res)}
	for _, e := range ps {
		out.People = append(out.People, person(res, e))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
