// Package report prints results: the JSON schema of PRODUCT.md (version 1), the text report
// for editors, and the claim dump for rule authors.
package report

import (
	"bufio"
	"bytes"
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
	// The report is streamed field by field: findings can hold thousands of claims, and
	// encoding/json's indentation of one large value costs more time and memory than the
	// whole check. Claims are written by appendClaim, which TestClaimJSON keeps identical to
	// encoding/json's output; everything else is marshalled by encoding/json.
	// The claims start rendering first, while the header is written.
	lists := make([][]*claim.Claim, len(fs))
	for i := range fs {
		lists[i] = fs[i].Claims
	}
	claims := newRenderer(lists, publishedDates(res), "        ")
	defer claims.stop()
	bw := bufio.NewWriterSize(w, 1<<20)
	jw := &jsonWriter{w: bw, claims: claims}
	jw.header(res)
	jw.raw(",\n  \"findings\": [")
	for i := range fs {
		if i > 0 {
			jw.raw(",")
		}
		jw.finding(&fs[i])
	}
	if len(fs) > 0 {
		jw.raw("\n  ")
	}
	jw.raw("],\n  \"summary\": ")
	jw.value(jsonSummary{Articles: len(res.Articles), Claims: res.ClaimCount, Findings: len(fs),
		Errors: e, Warnings: wn, Infos: in, Skipped: res.Skipped, InputErrors: len(res.InputErrors)}, "  ")
	return jw.finish(res, bw)
}

// header writes the opening of a report: version, corpus and articles.
func (j *jsonWriter) header(res *checker.Result) {
	j.raw("{\n  \"version\": ")
	j.value(SchemaVersion, "")
	j.raw(",\n  \"corpus\": ")
	j.value(res.Corpus, "")
	j.raw(",\n  \"articles\": ")
	if j.err == nil {
		j.scratch = appendArticles(j.scratch[:0], articles(res.Articles), "  ")
		_, j.err = j.w.Write(j.scratch)
	}
}

// finish writes the input errors, closes the report and flushes it.
func (j *jsonWriter) finish(res *checker.Result, bw *bufio.Writer) error {
	j.raw(",\n  \"input_errors\": ")
	j.value(inputErrors(res), "  ")
	j.raw("\n}\n")
	if j.err != nil {
		return j.err
	}
	return bw.Flush()
}

// jsonWriter writes indented JSON piece by piece and keeps the first error.
type jsonWriter struct {
	w       *bufio.Writer
	err     error
	buf     bytes.Buffer
	scratch []byte
	claims  *renderer // renders the claims of the report ahead of the writer
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as indented JSON whose nested lines start with prefix.
func (j *jsonWriter) value(v any, prefix string) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if j.err = enc.Encode(v); j.err == nil {
		_, j.err = j.w.Write(bytes.TrimRight(j.buf.Bytes(), "\n"))
	}
}

// finding writes one finding at the indentation of the findings array.
func (j *jsonWriter) finding(f *finding.Finding) {
	j.raw("\n    {\n      \"rule\": ")
	j.value(f.Rule, "")
	j.raw(",\n      \"class\": ")
	j.value(f.Class, "")
	j.raw(",\n      \"severity\": ")
	j.value(f.Severity, "")
	j.raw(",\n      \"subject\": ")
	j.value(f.Subject, "")
	j.raw(",\n      \"message\": ")
	j.value(f.Message, "")
	j.raw(",\n      \"fingerprint\": ")
	j.value(f.Fingerprint, "")
	j.raw(",\n      \"claims\": [")
	j.claims.write(j, len(f.Claims))
	j.raw("\n      ]\n    }")
}

// publishedDates returns the publication dates of the report's articles, by index.
func publishedDates(res *checker.Result) []string {
	out := make([]string, len(res.Articles))
	for i, a := range res.Articles {
		out[i] = a.Published
	}
	return out
}

// ClaimsJSON writes every claim, streamed like the findings report.
func ClaimsJSON(w io.Writer, res *checker.Result) error {
	all := make([]*claim.Claim, len(res.Claims))
	for i := range res.Claims {
		all[i] = &res.Claims[i]
	}
	claims := newRenderer([][]*claim.Claim{all}, publishedDates(res), "    ")
	defer claims.stop()
	bw := bufio.NewWriterSize(w, 1<<20)
	jw := &jsonWriter{w: bw, claims: claims}
	jw.header(res)
	jw.raw(",\n  \"claims\": [")
	jw.claims.write(jw, len(res.Claims))
	if len(res.Claims) > 0 {
		jw.raw("\n  ")
	}
	jw.raw("]")
	return jw.finish(res, bw)
}
