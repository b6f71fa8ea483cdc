package quantity

import (
	"fmt"
	"strings"
	"testing"

	"factcheck/checker/article"
	"factcheck/checker/lexicon"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// TestExtractSentenceByItself reads each sentence alone and then all of them as one article:
// a sentence's counts must not change with the sentences around it (a list is read within
// its sentence), however Extract buffers the readings of an article.
func TestExtractSentenceByItself(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	env := &pass.Env{Set: set, Lex: lexicon.Compile(set.Lexicon)}
	c, err := New(set.Rule("count-mismatch"), env)
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"The squad has three goalkeepers, nine defenders and seven forwards.",
		"Twelve people were killed and 30 injured.",
		"The revised plan has 20 points.",
		"The plan was cut from 28 points to 19.",
		"Ten representatives and three officials attended.",
		"At least 12 people were killed on Friday.",
	}
	read := func(src string) []string {
		a, err := article.Parse("a.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		a.Classify(env.Lex.Classify)
		var out []string
		for _, cl := range c.Extract(&pass.Doc{Article: a, Env: env, AllClaims: true}) {
			out = append(out, fmt.Sprintf("%s %+v", cl.Value, *cl.Quantity))
		}
		return out
	}
	var want []string
	for _, s := range sentences {
		want = append(want, read(s)...)
	}
	got := read(strings.Join(sentences, " "))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("together:\n%s\nalone:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
