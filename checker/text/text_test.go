package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFoldMapsBack(t *testing.T) {
	src := "Ukraine\u2019s \u201cshared\u201d high\u2011level\u00a0talks \u2014 Nov 30\u2013Dec 1\u2026 end\r\n"
	f := Fold(src)
	want := "Ukraine's \"shared\" high-level talks - Nov 30-Dec 1... end\n"
	if f.Text != want {
		t.Fatalf("Fold = %q, want %q", f.Text, want)
	}
	for _, w := range []string{"shared", "level", "talks", "Dec", "end"} {
		fo := strings.Index(f.Text, w)
		o := f.Orig(fo)
		if !strings.HasPrefix(src[o:], w) {
			t.Errorf("Orig(%d) for %q = %d (%q)", fo, w, o, src[o:])
		}
	}
}

func TestLinesPos(t *testing.T) {
	src := "first\nsecond \u201cline\u201d here\n\nlast"
	l := NewLines(src)
	cases := []struct {
		sub       string
		line, col int
	}{{"first", 1, 1}, {"second", 2, 1}, {"here", 2, 15}, {"last", 4, 1}}
	for _, c := range cases {
		line, col := l.Pos(strings.Index(src, c.sub))
		if line != c.line || col != c.col {
			t.Errorf("Pos(%q) = %d:%d, want %d:%d", c.sub, line, col, c.line, c.col)
		}
	}
	if line, _ := l.Pos(len(src) + 10); line != 4 {
		t.Errorf("Pos past end: line %d", line)
	}
}

// TestLinesPosAnyOrder asks for every offset in several orders: the remembered last
// position (counted from forward or backward) must give what a fresh index gives.
func TestLinesPosAnyOrder(t *testing.T) {
	src := "Zelenskyy \u201csaid\u201d \u00e9t\u00e9 x\nshort\n\nA longer line with \u2011 and \u2014 dashes, then more words\nend"
	var offs []int
	for i := range src {
		offs = append(offs, i)
	}
	offs = append(offs, len(src))
	want := map[int][2]int{}
	for _, o := range offs {
		line, col := NewLines(src).Pos(o)
		want[o] = [2]int{line, col}
	}
	orders := [][]int{offs, slices.Clone(offs), slices.Clone(offs)}
	slices.Reverse(orders[1])
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(orders[2]), func(i, j int) { orders[2][i], orders[2][j] = orders[2][j], orders[2][i] })
	for n, order := range orders {
		l := NewLines(src)
		for _, o := range order {
			if line, col := l.Pos(o); [2]int{line, col} != want[o] {
				t.Fatalf("order %d: Pos(%d) = %d:%d, want %d:%d", n, o, line, col, want[o][0], want[o][1])
			}
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"date at end", "Talks ended on Dec. 4. The next round is set.", []string{"Talks ended on Dec. 4.", "The next round is set."}},
		{"month abbreviation", "They met on Dec. 4 in Miami. Then they left.", []string{"They met on Dec. 4 in Miami.", "Then they left."}},
		{"weekday abbreviation before a month", "The vote is on Fri. Oct. 4 at noon. Then recess.", []string{"The vote is on Fri. Oct. 4 at noon.", "Then recess."}},
		{"weekday abbreviation before a day", "Closed Sat. 12 July. Open again.", []string{"Closed Sat. 12 July.", "Open again."}},
		{"a newspaper, not a weekday", "He told The Sun. 4 October was his worst day.", []string{"He told The Sun.", "4 October was his worst day."}},
		{"weekday abbreviation ends a sentence", "The vote was on Fri. The result came later.", []string{"The vote was on Fri.", "The result came later."}},
		{"U.S. mid-sentence", "The U.S. Secretary of State spoke. He left.", []string{"The U.S. Secretary of State spoke.", "He left."}},
		{"U.S. at end", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"title", "Gen. Andrii Hnatov and St. Petersburg officials met. Mr. Smith agreed.", []string{"Gen. Andrii Hnatov and St. Petersburg officials met.", "Mr. Smith agreed."}},
		{"initials", "John F. Kennedy spoke. J. R. Smith did too.", []string{"John F. Kennedy spoke.", "J. R. Smith did too."}},
		{"quote end", `"We are ready," he said. "Very ready." She nodded.`, []string{`"We are ready," he said.`, `"Very ready."`, "She nodded."}},
		{"lower after period", "He earned 3.5 percent vs. the rest. Fine.", []string{"He earned 3.5 percent vs. the rest.", "Fine."}},
		{"question", "Is it over? No! It goes on.", []string{"Is it over?", "No!", "It goes on."}},
		{"lines", "Headline without period\nBody sentence one. Body two.\n\nNext para", []string{"Headline without period", "Body sentence one.", "Body two.", "Next para"}},
		{"continuation", "The revised plan has 19\npoints, said Andrii Sybiha.\nNext line.", []string{"The revised plan has 19\npoints, said Andrii Sybiha.", "Next line."}},
		{"narrow wrap", "An earthquake killed 12\npeople in the eastern\nprovince on Thursday,\nInterior Minister Ali\nYerlikaya said.", []string{"An earthquake killed 12\npeople in the eastern\nprovince on Thursday,\nInterior Minister Ali\nYerlikaya said."}},
		{"company", "Shares of Apple Inc. rose. Apple Inc. The company said so.", []string{"Shares of Apple Inc. rose.", "Apple Inc.", "The company said so."}},
		{"a.m.", "It started at 8 a.m. The crowd grew.", []string{"It started at 8 a.m.", "The crowd grew."}},
		{"ellipsis", "We want peace... We want it now.", []string{"We want peace...", "We want it now."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(c.in) {
				got = append(got, c.in[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestSentencesHardWrapped(t *testing.T) {
	in := "KYIV, March 3 - Ukrainian officials said on Monday that the\n" +
		"talks with their American counterparts would resume next week in\n" +
		"Geneva, according to a statement from President Volodymyr\n" +
		"Zelensky's office. The statement gave no further details.\n\n" +
		"- First bullet point about the talks in the Swiss city.\n" +
		"- Second bullet point about something else entirely here.\n"
	var got []string
	for _, sp := range Sentences(in) {
		got = append(got, strings.ReplaceAll(in[sp.Start:sp.End], "\n", " "))
	}
	want := []string{
		"KYIV, March 3 - Ukrainian officials said on Monday that the talks with their American counterparts would resume next week in Geneva, according to a statement from President Volodymyr Zelensky's office.",
		"The statement gave no further details.",
		"- First bullet point about the talks in the Swiss city.",
		"- Second bullet point about something else entirely here.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTokenize(t *testing.T) {
	in := `The U.S. plan's 2,000 troops, 1.5 million, 20-point G7 at 8 a.m. "ok"`
	var got []string
	for _, tk := range Tokenize(in, 0, len(in)) {
		got = append(got, tk.Text)
	}
	want := []string{"The", "U.S.", "plan's", "2,000", "troops", ",", "1.5", "million", ",", "20", "-", "point", "G7", "at", "8", "a.m.", `"`, "ok", `"`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Tokenize\n got %q\nwant %q", got, want)
	}
}

// checkTokens asserts the tokenizer's invariants: tokens are in order, do not overlap, carry
// their text, and a word ends where the general word rule ends it (the ASCII fast path must
// agree with it).
func checkTokens(t *testing.T, s string, start, end int) {
	prev := start
	for _, tk := range Tokenize(s, start, end) {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > end || tk.Text != s[tk.Start:tk.End] {
			t.Fatalf("bad token %+v after %d in %q", tk, prev, s[start:end])
		}
		prev = tk.End
		if tk.Kind == Word && acronymEnd(s, tk.Start, end) == tk.Start {
			r, _ := utf8.DecodeRuneInString(tk.Text)
			if unicode.IsLetter(r) && wordEnd(s, tk.Start, end) != tk.End {
				t.Fatalf("word %q ends at %d, the word rule says %d", tk.Text, tk.End, wordEnd(s, tk.Start, end))
			}
		}
	}
}

func TestTokensAgreeWithWordRule(t *testing.T) {
	for _, s := range []string{"Ukraine's plan", "G7 U.S. a.m. x.y", "don't-stop", "caf\u00e9 na\u00efve", "A. B. Smith", "e.g. i.e", "it's", "O'Brien's"} {
		checkTokens(t, s, 0, len(s))
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Talks ended on Dec. 4. The next round.", "U.S. \u201cquote.\u201d", "a\n\nb. C", "x.", ".", "\u2011\u2014 .? !"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		fo := Fold(s)
		prev := 0
		for _, sp := range Sentences(fo.Text) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(fo.Text) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, fo.Text)
			}
			prev = sp.End
			o := fo.Orig(sp.Start)
			if o < 0 || o > len(s) {
				t.Fatalf("Orig(%d) = %d out of range", sp.Start, o)
			}
			checkTokens(t, fo.Text, sp.Start, sp.End)
		}
		l := NewLines(s)
		l.Pos(len(s) / 2)
	})
}

// TestTerminals checks the sentence splitter's mark finder against strings.IndexAny from
// every position, including after marks it has passed and in text without marks.
func TestTerminals(t *testing.T) {
	for _, s := range []string{
		"", "no marks here", "Dec. 4. Then?! Yes...", "?", "a.b!c?d", "Wait!!! Really?? Fine.",
		"«Oui.» Non!", "end.",
	} {
		for from := 0; from <= len(s); from++ {
			var ts terminals
			ts.init(s, from)
			for i := from; i <= len(s); i++ {
				want := -1
				if j := strings.IndexAny(s[i:], ".!?"); j >= 0 {
					want = i + j
				}
				if got := ts.next(i); got != want {
					t.Fatalf("%q from %d: next(%d) = %d, want %d", s, from, i, got, want)
				}
			}
		}
	}
}
