// Package rules defines the rule-file and corpus-configuration schema, loads both strictly
// (unknown keys, bad values and regexps that do not compile are errors naming file, line and
// column, with a source excerpt) and embeds the default rule pack.
//
// A rule file holds rules and lexicon entries:
//
//	rules:
//	  - id: count-mismatch
//	    kind: quantity
//	    severity: error
//	    message: "sources disagree on {subject}: {values}"
//	    description: ...
//	    quantity: {...}          # options of the rule's kind
//	lexicon:
//	  given-names: [...]         # generic knowledge shared by all extractors
//
// Rules are generic; knowledge about one story lives in the corpus configuration
// (.factcheck.yaml), never in the default pack.
package rules
