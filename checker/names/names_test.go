package names

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"factcheck/checker/lexicon"
	"factcheck/checker/text"
	"factcheck/rules"
)

func lex(t *testing.T) *lexicon.Lexicon {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return lexicon.Compile(set.Lexicon)
}

// TestFind: which words of a sentence name people, and on what evidence.
func TestFind(t *testing.T) {
	l := lex(t)
	cases := []struct{ sentence, want string }{
		{"President Volodymyr Zelensky announced the plan.", "Volodymyr|Zelensky|given-name"},
		{"Secretary of State Marco Rubio spoke.", "Marco|Rubio|given-name"},
		{"He met President Zelenskyy on Monday.", "|Zelenskyy|title"},
		{"Gen. Andrii Hnatov attended.", "Andrii|Hnatov|given-name"},
		{"Rubio said the talks went well.", "|Rubio|speech"},
		{"Trump's envoys, Steve Witkoff and Jared Kushner, flew in.", "|Trump|candidate; Steve|Witkoff|given-name; Jared|Kushner|given-name"},
		{"Crown Prince Mohammed bin Salman hosted the talks.", "Mohammed|bin Salman|given-name"},
		{"Jannik Sinner beat Alex de Minaur in Turin.", "Jannik|Sinner|candidate; Alex|de Minaur|given-name"},
		{"Donald Trump Jr. posted on X.", "Donald|Trump Jr.|given-name"},
		{"Coach Luis de la Fuente named the squad.", "Luis|de la Fuente|given-name"},
		{"Secretary of Transportation Sean Duffy spoke.", "Sean|Duffy|given-name"},
		{"Acting FAA Administrator Chris Rosello was briefed.", "Chris|Rosello|given-name"},
		{"Board member J. Todd Inman spoke later.", "J Todd|Inman|given-name"},
		{"Deputy Transportation Secretary Sean Duffy spoke.", "Sean|Duffy|given-name"},
		{"Deputy Fire Chief John Donnelly said so.", "John|Donnelly|given-name"},
		{"U.S. District Judge Lewis A. Kaplan called him smart.", "Lewis A|Kaplan|title"},
		{"Labor leader Bill Shorten mocked the government.", "Bill|Shorten|given-name"},
		{"Maria Van Kerkhove said it was rising.", "Maria|Van Kerkhove|given-name"},
		{"Van Kerkhove said it was rising.", "Van|Kerkhove|speech"},
		{"Van Jones said it was late.", "Van|Jones|speech"},
		{"Sarah Van der Merwe spoke.", "Sarah|Van der Merwe|given-name"},
		{"Marine Le Pen spoke.", "Marine|Le Pen|given-name"},
		{"The Welfare Bill passed on Monday.", ""},
		{"Julie Bishop said it was over.", "Julie|Bishop|given-name"},
		{"Former prime minister Theresa May said so.", "Theresa|May|given-name"},
		{"Sam Bankman-Fried's lawyers appealed.", "Sam|Bankman-Fried|given-name"},
		{"The Taras Shevchenko National University of Kyiv opened.", "Taras|Shevchenko|given-name"},
		{"Officials in Kyiv and Moscow met in Geneva.", ""},
		{"The NATO and EU summit opened in Brussels.", ""},
		{"U.S. Envoy Meets Ukrainian Security Chief in Miami", "|Meets|candidate"}, // a headline: capitals prove nothing
		{"Hallandale Beach lies north of Miami.", ""},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.sentence, 0, len(c.sentence))
		l.Classify(toks)
		var got []string
		for _, m := range Find(toks, l) {
			got = append(got, strings.Join(m.Given, " ")+"|"+m.Surname+"|"+m.Cue)
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("Find(%q)\n got %q\nwant %q", c.sentence, strings.Join(got, "; "), c.want)
		}
	}
}

func TestFolderAndDistance(t *testing.T) {
	set, _ := rules.Default()
	f := NewFolder(set.Rule("name-variant").Names.Fold)
	same := [][2]string{{"Zelensky", "Zelenskyy"}, {"Zelensky", "Zelenskyi"}, {"Andrii", "Andriy"}, {"Kostyuk", "Kostiuk"},
		{"Swiatek", "Świątek"}, {"Yulia", "Yuliya"}, {"Kharkiv", "Harkiv"}, {"Ivashchenko", "Ivaschenko"}, {"Oleksandr", "Olexandr"}}
	for _, p := range same {
		if a, b := f.Key(p[0]), f.Key(p[1]); a != b {
			t.Errorf("Key(%s) = %s, Key(%s) = %s: want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"Zelensky", "Zelenska"}, {"Rubio", "Rubin"}, {"Lavrov", "Lavrova"}, {"Sybiha", "Sybhia"}}
	for _, p := range differ {
		if f.Key(p[0]) == f.Key(p[1]) {
			t.Errorf("Key(%s) == Key(%s): want different", p[0], p[1])
		}
	}
	for _, c := range []struct {
		a, b string
		d    int
	}{{"sybiha", "sybhia", 1}, {"zelensky", "zelenksy", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}, {"abc", "abc", 0}, {"ca", "abc", 3},
		{"świątek", "swiatek", 2}, {"zelenskyy", "zelenskyi", 1}} {
		if got := Distance(c.a, c.b); got != c.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

// FuzzDistance: comparing bytes and comparing runes agree on ASCII names.
func FuzzDistance(f *testing.F) {
	f.Add("zelensky", "zelenksy")
	f.Add("", "abc")
	f.Add("kitten", "sitting")
	f.Add("a-very-long-name-of-more-than-32-letters", "a-very-long-name-of-more-than-32-lettres")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !isASCII(a) || !isASCII(b) {
			return
		}
		if got, want := osa([]byte(a), []byte(b)), osa([]rune(a), []rune(b)); got != want {
			t.Fatalf("Distance(%q, %q) = %d over bytes, %d over runes", a, b, got, want)
		}
	})
}

// TestMaxParticle: no word that lower-cases to a particle is longer than the length past
// which AppendFind does not look words up, so that none is skipped. Some upper-case
// letters take more bytes than their lower case (İ for i, the Kelvin sign for k).
func TestMaxParticle(t *testing.T) {
	longest := map[rune]int{} // the longest encoding of a rune that lower-cases to each
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); utf8.RuneLen(r) > longest[l] {
			longest[l] = utf8.RuneLen(r)
		}
	}
	for p := range particles {
		n := 0
		for _, r := range p {
			n += longest[r]
		}
		if n > maxParticle {
			t.Errorf("particle %q may be written in %d bytes, more than maxParticle (%d)", p, n, maxParticle)
		}
	}
}
