package coref_test

import (
	"fmt"
	"strings"
	"testing"

	"factcheck/checker/coref"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/text"
	"factcheck/rules"
)

// resolve splits src into sentences, finds the people it names and resolves its
// back-references, written as "words=Surname" with "?" after an unsure one.
func resolve(t *testing.T, lex *lexicon.Lexicon, src string) string {
	t.Helper()
	sents, named := read(lex, src)
	var out []string
	for _, r := range coref.Resolve(sents, named) {
		toks := sents[r.Sentence]
		w := src[toks[r.Start].Start:toks[r.End-1].End]
		s := fmt.Sprintf("%s=%s", w, named[r.To].Name)
		if r.Unsure {
			s += "?"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// TestResolve: pronouns go to the last person named, with gender from honorifics and
// from earlier sure resolutions; definite titles go to the last person with that title;
// unsure when two people fit.
func TestResolve(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	tests := []struct{ name, src, want string }{
		{"one person", "Foreign Minister Ana Ruiz arrived in Lima. She met officials.", "She=Ruiz"},
		{"speaker of said he", "Officials met Ana Ruiz. Defence Minister Tomas Aveiro said he was hopeful.", "he=Aveiro"},
		{"two people: unsure", "Alex Ruiz met Sam Aveiro in Lima. He said the talks went well.", "He=Aveiro?"},
		{"given names settle it", "Ana Ruiz met Tomas Aveiro in Lima. He said the talks went well.", "He=Aveiro"},
		{"a given name against the nearest", "Rachel Reeves met Andrew Bailey on Thursday. She said it was welcome.", "She=Reeves"},
		{"a surname alone keeps its given name's gender", "Rachel Reeves met Andrew Bailey. Bailey spoke first. She said it was welcome.", "She=Reeves?"},
		{"honorific settles it", "Mrs Ruiz met Mr Aveiro in Lima. She said the talks went well.", "She=Ruiz"},
		{"gender learnt from a sure pronoun", "Ana Ruiz arrived on Monday. She was tired. Later Tomas Aveiro joined Ruiz. She smiled.", "She=Ruiz She=Ruiz"},
		{"named long before: unsure", "Ana Ruiz arrived on Monday. The talks began. Delegates were tired. She left early.", "She=Ruiz?"},
		{"nobody named", "He arrived on Monday.", ""},
		{"definite title", "Foreign Minister Ana Ruiz arrived. The talks began. The minister said they were useful.", "The minister=Ruiz"},
		{"definite title, two candidates", "Foreign Minister Ana Ruiz met Defence Minister Tomas Aveiro. The minister said it went well.", "The minister=Aveiro?"},
		{"the speaker of a definite title", "Foreign Minister Ana Ruiz arrived. Tomas Aveiro stayed home. The minister said she was pleased.", "The minister=Ruiz she=Ruiz"},
		{"a title before a name is no reference", "The minister Ana Ruiz arrived. The envoy Tomas Aveiro left.", ""},
		{"an apposition is no reference", "Ana Ruiz, the deputy minister, met Tomas Aveiro.", ""},
		{"he and she in one sentence", "Alex Cruz met Sam Marin in Lisbon. He said she had prepared well.", "He=Marin? she=Cruz?"},
		{"he and she, given names known", "Elena Cruz met Jorge Marin in Lisbon. He said she had prepared well.", "He=Marin she=Cruz"},
		{"him is not the subject", "Ana Ruiz met Jorge Marin in Lisbon. Ruiz thanked him.", "him=Marin"},
		{"him after said", "Jorge Marin said the minister had called him.", "him=Marin"},
		{"a possessive is a guess", "Alex Marin arrived. Marin's wife said she was tired.", "she=Marin?"},
		{"the sentence's own person first", "Vladimir Putin met the envoys. JD Vance said progress was made and he expects results.", "he=Vance?"},
		{"she is not a man named before", "Jorge Marin arrived. Marin's wife said she was tired.", ""},
		{"a title no one had", "Ana Ruiz arrived. The minister said so.", ""},
		{"a capitalised title", "Commons Speaker John Bercow spoke first. Then the Speaker said it was over.", "the Speaker=Bercow"},
		{"a capitalised title before a name", "Commons Speaker John Bercow spoke. The President Ana Ruiz left.", ""},
		{"a shadow title is another office", "Chancellor Rachel Reeves spoke. Jeremy Hunt replied. The shadow chancellor said it was late.", ""},
		{"a deputy is not the minister", "Foreign Minister Ana Ruiz arrived. The deputy minister said it was late.", ""},
		{"the qualifier the person has", "Deputy Minister Ana Ruiz arrived. The deputy minister said it was late.", "The deputy minister=Ruiz"},
		{"the prime minister is not any minister", "Home Affairs Minister Peter Dutton resigned. The prime minister said it was a sad day.", ""},
		{"the prime minister", "Prime Minister Malcolm Turnbull spoke. Home Affairs Minister Peter Dutton resigned. The prime minister said it was a sad day.", "The prime minister=Turnbull"},
		{"the French president among presidents", "French President Emmanuel Macron met Brazilian President Luiz Lula. The French president said it was useful.", "The French president=Macron"},
		{"which minister, the sentence says", "Foreign Minister Ana Ruiz arrived. The minister of defence was absent.", ""},
	}
	for _, tc := range tests {
		if got := resolve(t, lex, tc.src); got != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// FuzzResolve: any text resolves without panicking, and every reference points back.
func FuzzResolve(f *testing.F) {
	set, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	f.Add("Foreign Minister Ana Ruiz arrived. She said the minister was late.")
	f.Add("The the the minister he she. Mr X. He")
	f.Fuzz(func(t *testing.T, src string) {
		sents, named := read(lex, src)
		for _, r := range coref.Resolve(sents, named) {
			if r.To < 0 || r.To >= len(named) {
				t.Fatalf("reference to %d of %d mentions", r.To, len(named))
			}
			n := named[r.To]
			if n.Sentence > r.Sentence || n.Sentence == r.Sentence && n.End > r.Start {
				t.Fatalf("reference at %d:%d points forward to %d:%d", r.Sentence, r.Start, n.Sentence, n.Start)
			}
		}
	})
}

// TestResolveAt: one reference resolved alone agrees with the whole-article resolver
// where no learned gender is involved.
func TestResolveAt(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	for _, src := range []string{
		"Foreign Minister Ana Ruiz arrived in Lima. She met officials.",
		"Ana Ruiz met Tomas Aveiro in Lima. He said the talks went well.",
		"Mrs Ruiz met Mr Aveiro in Lima. She said the talks went well.",
		"Foreign Minister Ana Ruiz met Defence Minister Tomas Aveiro. The minister said it went well.",
		"Ana Ruiz met Jorge Marin in Lisbon. Ruiz thanked him.",
	} {
		sents, named := read(lex, src)
		refs := coref.Resolve(sents, named)
		if len(refs) == 0 {
			t.Fatalf("%q: no reference", src)
		}
		for _, want := range refs {
			got, ok := coref.ResolveAt(sents, named, want.Sentence, want.Start)
			if !ok || got.To != want.To || got.Unsure != want.Unsure || got.Form != want.Form {
				t.Errorf("%q at %d:%d: ResolveAt gives %+v (%v), Resolve %+v", src, want.Sentence, want.Start, got, ok, want)
			}
		}
	}
}

// read splits src into sentences and finds the people it names, with their titles (a
// one-word title is also an honorific).
func read(lex *lexicon.Lexicon, src string) ([][]text.Token, []coref.Named) {
	var sents [][]text.Token
	var named []coref.Named
	for si, sp := range text.Sentences(src) {
		toks := text.Tokenize(src, sp.Start, sp.End)
		lex.Classify(toks)
		sents = append(sents, toks)
		for _, m := range names.Find(toks, lex) {
			n := coref.Named{Sentence: si, Start: m.Start, End: m.End, Key: names.Plain(m.Surname), Name: m.Surname}
			if len(m.Given) > 0 {
				n.Gender = coref.GenderOf(&toks[m.Start])
			}
			if ti, ok := names.TitleOf(toks, m); ok {
				n.Title = ti.Text
				if !strings.Contains(ti.Text, " ") {
					n.Honorific = ti.Text
				}
			}
			named = append(named, n)
		}
	}
	return sents, named
}
