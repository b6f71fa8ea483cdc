package timex_test

import (
	"reflect"
	"testing"

	"factcheck/checker/lexicon"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// TestClassifiedPath: with tokens classified by the default lexicon, as in the engine, the
// tagger skips words on their classes; it must find exactly what the unclassified path
// finds on every case of the table.
func TestClassifiedPath(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := lexicon.Compile(set.Lexicon)
	srcs, pubs := timex.TableSources()
	if len(srcs) < 150 {
		t.Fatalf("only %d table cases", len(srcs))
	}
	for i, src := range srcs {
		plain := timex.TagText(src, pubs[i])
		classified := timex.TagTextWith(src, pubs[i], lx.Classify)
		if !reflect.DeepEqual(plain, classified) {
			t.Errorf("%q:\nplain      %+v\nclassified %+v", src, plain, classified)
		}
	}
}
