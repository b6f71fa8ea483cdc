// Package text holds the low-level text machinery every extractor shares: Unicode folding
// that keeps a map back to the original bytes, a line index that turns byte offsets into
// 1-based line and character columns, an abbreviation-aware sentence splitter and a word
// tokenizer.
//
// Extractors work on folded text (ASCII quotes, dashes and spaces) so that their patterns stay
// simple, and report positions in the original file through Folded.Orig and Lines.Pos.
package text
