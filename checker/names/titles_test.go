package names_test

import (
	"testing"

	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/text"
	"factcheck/rules"
)

// TestTitleOf: the title a sentence gives the person it names, before the name or in
// apposition after it; relations are not posts.
func TestTitleOf(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	tests := []struct {
		src, surname, want string // want: "form: text", or "" for none
	}{
		{"U.S. Secretary of State Marco Rubio called the session productive.", "Rubio", "before: U.S. Secretary of State"},
		{"They met Chief of the General Staff Andrii Hnatov on Monday.", "Hnatov", "before: Chief of the General Staff"},
		{"Andrii Hnatov, the chief of staff of Ukraine's Armed Forces, met officials.", "Hnatov", "apposition: chief of staff of Ukraine's Armed Forces"},
		{"Rustem Umerov, head of Ukraine's National Security Council, in Miami.", "Umerov", "apposition: head of Ukraine's National Security Council"},
		{"It included General Andrii Hnatov, chief of Ukraine's General Staff.", "Hnatov", "apposition: chief of Ukraine's General Staff"},
		{"Jared Kushner, Trump's son-in-law, joined them.", "Kushner", ""},
		{"Ukraine's National Security and Defense Council Secretary Rustem Umerov spoke.", "Umerov", "before: Ukraine's National Security and Defense Council Secretary"},
		{"Foreign Intelligence Service head Oleh Ivashchenko attended.", "Ivashchenko", "before: Foreign Intelligence Service head"},
		{"Gen. Andrii Hnatov arrived.", "Hnatov", "before: Gen."},
		{"The striker, Erling Haaland, scored twice.", "Haaland", ""},
		{"Mayor Anne Hidalgo, who won in 2020, spoke.", "Hidalgo", "before: Mayor"},
		{"Anne Hidalgo, the mayor of Paris, said the games were a success.", "Hidalgo", "apposition: mayor of Paris"},
		{"Kemi Badenoch, the former business secretary, resigned.", "Badenoch", "apposition: former business secretary"},
		{"First Deputy Foreign Minister Ana Ruiz arrived in Lima.", "Ruiz", "before: First Deputy Foreign Minister"},
		{"Defence Secretary John Healey spoke.", "Healey", "before: Defence Secretary"},
		{"Ana Ruiz, the deputy foreign minister, told reporters.", "Ruiz", "apposition: deputy foreign minister"},
		{"Tomas Aveiro, the defence minister and a former army officer, said.", "Aveiro", "apposition: defence minister"},
		{"Anne Hidalgo, the mayor, who won in 2020, spoke.", "Hidalgo", "apposition: mayor"},
		{"Anne Hidalgo, the mayor who won in 2020, spoke.", "Hidalgo", ""},
		{"U.S. Leaders Voice Optimism While Highlighting Fragility President Donald Trump called.", "Trump", "before: President"},
		{"Zelensky's chief of staff Andriy Yermak flew in.", "Yermak", "before: Zelensky's chief of staff"},
		{"Andriy Yermak, Zelensky's chief of staff, flew in.", "Yermak", "apposition: Zelensky's chief of staff"},
		{"Acting Attorney General Sally Yates was fired.", "Yates", "before: Acting Attorney General"},
		{"Former Prime Minister Liz Truss spoke.", "Truss", "before: Former Prime Minister"},
		{"They met military intelligence chief Kyrylo Budanov.", "Budanov", "before: military intelligence chief"},
		{"The Netherlands' foreign minister David van Weel spoke.", "van Weel", "before: Netherlands' foreign minister"},
		{"Secretary of State Marco Rubio arrived.", "Rubio", "before: Secretary of State"},
		{"Rustem Umerov, the secretary of the National Security and Defense Council, spoke.", "Umerov", "apposition: secretary of the National Security and Defense Council"},
		{"Trump's son-in-law Jared Kushner joined.", "Kushner", ""},
		{"He met former President Jair Bolsonaro.", "Bolsonaro", "before: former President"},
		{"It fired acting Attorney General Sally Yates.", "Yates", "before: acting Attorney General"},
		{"He thanked former U.S. Secretary of State Mike Pompeo.", "Pompeo", "before: former U.S. Secretary of State"},
	}
	for _, tc := range tests {
		toks := text.Tokenize(tc.src, 0, len(tc.src))
		lex.Classify(toks)
		var got string
		found := false
		for _, m := range names.Find(toks, lex) {
			if m.Surname != tc.surname {
				continue
			}
			found = true
			if ti, ok := names.TitleOf(toks, m); ok {
				got = ti.Form + ": " + ti.Text
			}
		}
		if !found {
			t.Errorf("%q: no mention of %s", tc.src, tc.surname)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

// FuzzTitleOf: no sentence makes title reading panic, and a title lies within its sentence
// and outside the name.
func FuzzTitleOf(f *testing.F) {
	set, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	for _, s := range []string{
		"U.S. Secretary of State Marco Rubio called.",
		"Andrii Hnatov, the chief of staff of Ukraine's Armed Forces, met.",
		"Marco Rubio and Ukraine's National Security and Defense Council Secretary Rustem Umerov.",
		", , Gen. . Andrii Hnatov, chief - of . X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := text.Tokenize(src, 0, len(src))
		lex.Classify(toks)
		for _, m := range names.Find(toks, lex) {
			ti, ok := names.TitleOf(toks, m)
			if !ok {
				continue
			}
			if ti.Start < 0 || ti.End > len(toks) || ti.Start >= ti.End || ti.Text == "" {
				t.Fatalf("title %+v out of range in %q", ti, src)
			}
			if ti.Start < m.End && m.Start < ti.End {
				t.Fatalf("title %+v overlaps the name %+v in %q", ti, m, src)
			}
		}
	})
}
