package roster_test

import (
	"testing"

	"factcheck/checker/checktest"
)

// TestFixtures runs the fixture corpora in testdata/, each with its expected findings.
func TestFixtures(t *testing.T) { checktest.Run(t, "testdata") }
