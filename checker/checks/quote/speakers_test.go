package quote

import (
	"strings"
	"testing"

	"factcheck/checker/claim"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// TestSpeakers: how quotes' speakers are told apart, from the attribution's names.
func TestSpeakers(t *testing.T) {
	fold := names.NewFolder([][]string{{"ya$", "ia"}, {"yy$", "y"}, {"y", "i"}})
	set := &rules.Set{People: []rules.Person{{Name: "Oleksandr Syrskyi", Aliases: []string{"Alexander Syrsky"}}}}
	lex := lexicon.Compile(rules.Lexicon{Nicknames: [][]string{{"Anthony", "Tony"}, {"Michael", "Mike"}}})
	sp := (&Check{folder: fold}).speakersOf(&pass.Corpus{Env: &pass.Env{Set: set, Lex: lex}})
	quote := func(speaker string) *claim.Quote {
		q := &claim.Quote{Speaker: speaker}
		f := strings.Fields(speaker)
		q.Key = names.Plain(f[len(f)-1])
		if len(f) > 1 {
			q.Given = names.Plain(f[0])
		}
		return q
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Iryna Sokolova", "Irina Sokolova", true},  // transliteration, folded
		{"Volodymyr Zelenskyy", "Zelensky", true},   // no given name on one side
		{"Robert Ellison", "Anne Ellison", false},   // two first names
		{"Lula", "Luiz Inacio Lula da Silva", true}, // a name among the words of a long one
		{"Robert", "Robert Ellison", true},          // a first name alone
		{"Keir", "Keir Starmer", true},              // "Sir Keir"
		{"Xi", "Xi Jinping", true},                  // family name first
		{"Rishi", "Keir Starmer", false},
		{"Brad Ventura", "Bradford Ventura", true},           // a short form that begins the name
		{"Ann Ellison", "Anne Ellison", true},                // likewise
		{"Al Ventura", "Alexander Ventura", false},           // too short to tell
		{"Christopher Ellison", "Chris Ellison", true},       // either order
		{"Silva", "Luiz Inacio Lula da Silva", true},         // the surname itself
		{"Inacio Costa", "Luiz Inacio Lula da Silva", false}, // a given name is no bare name
		{"Alexander Syrsky", "Oleksandr Syrskyi", true},      // the configuration's alias
		{"Syrskyi", "Alexander Syrsky", true},                // a surname only one configured person has
		{"Alexander Syrsky", "Alexander Fomin", false},
		{"Jean-Jacques Muyembe-Tamfum", "Muyembe", true}, // the first part of a double surname
		{"Muyembe-Tamfum", "Jean-Jacques Muyembe", true},
		{"Ana Smith-Jones", "Ana Jones", true},   // with the same given name, either part of a double surname
		{"Luiz Inacio Lula da", "Lula da", true}, // another given name of the long name (surname "da Silva" in the test's one-word keys)
		{"Recep Tayyip Erdogan", "Tayyip Erdogan", true},
		{"Kishida Fumio", "Fumio Kishida", true},          // family name first
		{"Mohammed Salman", "Mohammad Salman", true},      // a given name one letter apart
		{"S Jaishankar", "Subrahmanyam Jaishankar", true}, // an initial
		{"Robert Ellison", "Roberta Ellison", true},       // one letter apart: the misspelling rules say more
		{"Anne Ellison", "Robert Ellison", false},
		{"Van Kerkhove", "Maria Vankerkhove", true}, // a particle read as a given name (the test's keys are one word)
		{"Van Jones", "Jones", true},
		{"Yoon Suk-yeol", "Yoon Yeol", true}, // "Yoon Suk Yeol": the test's keys are the last word
		{"Yoon Suk-yeol", "Yeol", true},      // a back-reference carries no given name
		{"Tony Holt", "Anthony Holt", true},  // the lexicon's nicknames
		{"Mike Bouchard", "Michael Bouchard", true},
	} {
		a, b := sp.of(quote(tc.a)), sp.of(quote(tc.b))
		if got := a.samePerson(b); got != tc.same {
			t.Errorf("%q and %q: same person = %v, want %v (%+v, %+v)", tc.a, tc.b, got, tc.same, a, b)
		}
		if got := b.samePerson(a); got != tc.same {
			t.Errorf("%q and %q: not symmetric", tc.b, tc.a)
		}
	}
	if n := sp.name(&claim.Claim{Quote: quote("Alexander Syrsky")}); n != "Oleksandr Syrskyi" {
		t.Errorf("a configured person is named %q in messages", n)
	}
	if n := sp.name(&claim.Claim{Quote: &claim.Quote{Speaker: "Tom Reed", Key: "reed", Given: "tom", Unsure: true}}); n != "Tom Reed" {
		t.Errorf("a guessed speaker is named %q", n)
	}
	if id := sp.of(&claim.Quote{Speaker: "Tom Reed", Key: "reed", Given: "tom", Unsure: true}); id != (speakerID{}) {
		t.Errorf("a guessed speaker is compared: %+v", id)
	}
}
