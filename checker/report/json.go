// Package report prints results: the JSON schema of PRODUCT.md (version 1), the text report
// for editors, and the claim dump for rule authors.
package report

import (
	"encoding/json"
	"io"

	"factcheck/checker"
	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/rules"
)

// SchemaVersion is the version of the JSON output. Fields may be added; renaming or removing
// one bumps it.
const SchemaVersion = 1

type jsonArticle struct {
	Path              string `json:"path"`
	Title             string `json:"title"`
	Source            string `json:"source"`
	Published         string `json:"published"`
	PublishedInferred bool   `json:"published_inferred"`
}

type jsonSummary struct {
	Articles int `json:"articles"`
	Claims   int `json:"claims"`
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Skipped counts files that are not articles; InputErrors files that could not be read.
	Skipped     int `json:"skipped"`
	InputErrors int `json:"input_errors"`
}

type jsonReport struct {
	Version     int               `json:"version"`
	Corpus      string            `json:"corpus"`
	Articles    []jsonArticle     `json:"articles"`
	Findings    []finding.Finding `json:"findings"`
	Summary     jsonSummary       `json:"summary"`
	InputErrors []string          `json:"input_errors"`
}

type jsonClaims struct {
	Version     int           `json:"version"`
	Corpus      string        `json:"corpus"`
	Articles    []jsonArticle `json:"articles"`
	Claims      []claim.Claim `json:"claims"`
	InputErrors []string      `json:"input_errors"`
}

func articles(as []*article.Article) []jsonArticle {
	out := make([]jsonArticle, 0, len(as))
	for _, a := range as {
		out = append(out, jsonArticle{Path: a.Path, Title: a.Title, Source: a.Source, Published: a.Published, PublishedInferred: a.PublishedInferred})
	}
	return out
}

func inputErrors(res *checker.Result) []string {
	out := make([]string, 0, len(res.InputErrors))
	for _, e := range res.InputErrors {
		out = append(out, e.Error())
	}
	return out
}

// Counts returns the number of findings of each severity.
func Counts(fs []finding.Finding) (errs, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case rules.SeverityError:
			errs++
		case rules.SeverityWarning:
			warnings++
		case rules.SeverityInfo:
			infos++
		}
	}
	return
}

// JSON writes the findings report.
func JSON(w io.Writer, res *checker.Result) error {
	fs := res.Findings
	if fs == nil {
		fs = []finding.Finding{}
	}
	e, wn, in := Counts(fs)
	return encode(w, jsonReport{
		Version: SchemaVersion, Corpus: res.Corpus, Articles: articles(res.Articles), Findings: fs,
		Summary: jsonSummary{Articles: len(res.Articles), Claims: res.ClaimCount, Findings: len(fs),
			Errors: e, Warnings: wn, Infos: in, Skipped: res.Skipped, InputErrors: len(res.InputErrors)},
		InputErrors: inputErrors(res),
	})
}

// ClaimsJSON writes every claim.
func ClaimsJSON(w io.Writer, res *checker.Result) error {
	cs := res.Claims
	if cs == nil {
		cs = []claim.Claim{}
	}
	return encode(w, jsonClaims{Version: SchemaVersion, Corpus: res.Corpus, Articles: articles(res.Articles), Claims: cs, InputErrors: inputErrors(res)})
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
