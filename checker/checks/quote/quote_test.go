package quote_test

import (
	"testing"

	"factcheck/checker/checktest"
)

// TestFixtures runs the fixture corpora under testdata: each directory holds articles and a
// want.yaml with exactly the findings the quote rules must report on them.
func TestFixtures(t *testing.T) { checktest.Run(t, "testdata") }
