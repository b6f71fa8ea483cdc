package roster_test

import (
	"testing"
	"unicode/utf8"

	"factcheck/checker/article"
	"factcheck/checker/checks/roster"
	"factcheck/checker/lexicon"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// FuzzStatements: no article text makes the roster readers panic, and every statement
// they keep names its members consistently and lies inside its own scope.
func FuzzStatements(f *testing.F) {
	set, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	env := &pass.Env{Set: set, Lex: lex}
	var checks []pass.Check
	for _, id := range []string{"roster-conflict", "roster-count"} {
		c, err := roster.New(set.Rule(id), env)
		if err != nil {
			f.Fatal(err)
		}
		checks = append(checks, c)
	}
	for _, s := range []string{
		"LISBON, May 12, 2025 (Reuters) - Talks opened in Lisbon on May 12. The Spanish delegation consisted of three officials: Ana Ruiz, Jorge Marin and Luis Vega.",
		"Rustem Umerov, who leads the Ukrainian delegation, met Marco Rubio. The U.S. side was led by Rubio and Vance and included Witkoff.",
		"A three-member Polish delegation attended. Jan Nowak did not attend the talks. Umerov's delegation included Hnatov.",
		"the the team team's side - side of of 3-member , , and and led by led by was made up of",
		"Ana and Jorge met with Luis at the talks in Porto. The delegation of five ministers was headed by",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		a, err := article.Parse("a.txt", []byte(src))
		if err != nil {
			return
		}
		a.Classify(lex.Classify)
		d := &pass.Doc{Article: a, Env: env}
		for _, c := range checks {
			for _, cl := range c.Extract(d) {
				r := cl.Roster
				if r == nil {
					t.Fatalf("roster claim without a roster: %+v", cl)
				}
				if len(r.Members) != len(r.Keys) && r.Keys != nil {
					t.Fatalf("%d members, %d keys: %+v", len(r.Members), len(r.Keys), r)
				}
				if r.Scope[2] != 0 && (r.Scope[0] > r.Scope[1] || r.Scope[1] > r.Scope[2]) {
					t.Fatalf("scope out of order: %v", r.Scope)
				}
				if cl.Line < 1 || cl.EndLine < cl.Line {
					t.Fatalf("bad position %d..%d", cl.Line, cl.EndLine)
				}
			}
		}
	})
}
