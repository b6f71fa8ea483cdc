package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/quotes"
	"factcheck/checker/text"
)

// turn is one answer of a transcript: the words after a speaker's label, and who the
// label says spoke them.
type turn struct {
	span quotes.Span
	at   quotes.Attribution
}

// maxLabel is the most words a speaker's label may have ("NTSB Chair Jennifer Homendy"),
// maxColon the most bytes before its colon.
const (
	maxLabel = 4
	maxColon = 60
)

// transcript finds the answers of an interview or briefing transcript in a body text:
// paragraphs that open with a speaker's label and a colon, with no quotation mark of
// their own ("Isom: The captain had worked for PSA for almost six years."), in a run of
// two labelled paragraphs or more (a question and its answer), so that a headline such
// as "Putin: West is to blame", a paraphrase, is no transcript. A label is a speaker when
// its last word is the surname of a person the article names with evidence outside
// transcripts. "A:" (or "Answer:") is the person the paragraph before the first question
// names last, a guess: the interviewee ("Tom Costello questioned NTSB Chair Jennifer
// Homendy"). Questions ("Q:", "Question:", "Reporter:") and labels that name no one are
// no statement to compare.
func transcript(d *pass.Doc) []turn {
	body := d.Body.Text
	// Most articles have no labelled paragraph, let alone two: count them first, from
	// the colons followed by a space that stand near the start of their line.
	labels := 0
	for off := 0; off < len(body) && labels < 2; {
		c := strings.Index(body[off:], ": ")
		if c < 0 {
			break
		}
		c += off
		if c+2 < len(body) && (body[c+2] == '"' || body[c+2] == '\'') || c > 0 && !isLetter(body[c-1]) {
			off = c + 2 // "said: "...": a quotation after a colon; "14:05: " no label
			continue
		}
		start := strings.LastIndexByte(body[max(0, c-maxColon-8):c], '\n') + 1
		if start > 0 || c-maxColon-8 <= 0 {
			start += max(0, c-maxColon-8)
			end := strings.IndexByte(body[c:], '\n')
			if end < 0 {
				end = len(body)
			} else {
				end += c
			}
			if label, _, ok := labelOf(strings.TrimSpace(body[start:end])); ok && plausibleLabel(d, label) {
				labels++
			}
			off = end + 1
			continue
		}
		off = c + 2
	}
	if labels < 2 {
		return nil
	}
	type para struct {
		start, end int // the paragraph's text
		label      string
		text       int // where the words after the label start; -1 for no label
	}
	var paras []para
	for off := 0; off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		line := body[off:end]
		if t := strings.TrimSpace(line); t != "" {
			start := off + strings.Index(line, t)
			p := para{start: start, end: start + len(t), text: -1}
			if label, rest, ok := labelOf(t); ok && plausibleLabel(d, label) {
				p.label, p.text = label, start+rest
			}
			paras = append(paras, p)
		}
		off = end + 1
	}
	labelled := func(i int) bool { return i >= 0 && i < len(paras) && paras[i].text >= 0 }
	var out []turn
	byKey := map[string]quotes.Attribution{} // the speakers labels named so far
	named := namedBySurname(d)
	interviewee := ""
	var ivAt quotes.Attribution
	asked := false
	for i, p := range paras {
		if p.text < 0 || !labelled(i-1) && !labelled(i+1) {
			continue
		}
		switch strings.ToLower(p.label) {
		case "q", "question", "reporter", "interviewer":
			if !asked && i > 0 && !labelled(i-1) {
				// The paragraph before the first question introduces the interviewee.
				ivAt, interviewee = lastNamed(d, paras[i-1].start, paras[i-1].end)
			}
			asked = true
			continue
		case "a", "answer":
			if interviewee == "" {
				continue
			}
			at := ivAt
			at.Unsure = true
			out = append(out, turn{span: quotes.Span{Start: p.text, End: p.end}, at: at})
			continue
		}
		at, ok := labelSpeaker(d, named, p.label)
		if !ok {
			// "PELLETIER:" after "POLICE CHIEF JOHN PELLETIER:": a label named them.
			at, ok = byKey[labelKey(p.label)]
		}
		if !ok {
			at, ok = selfNamed(d, p.label)
		}
		if ok {
			byKey[at.Key] = at
			out = append(out, turn{span: quotes.Span{Start: p.text, End: p.end}, at: at})
		}
	}
	return out
}

// plausibleLabel reports whether a label may be a speaker's or a question's: not a word
// that names no one ("BREAKING:", "UPDATE:", "Note:", a place, a month).
func plausibleLabel(d *pass.Doc, label string) bool {
	last := label
	if i := strings.LastIndexByte(label, ' '); i >= 0 {
		last = label[i+1:]
	}
	return !d.Env.Lex.Has(strings.TrimSuffix(last, "."), text.ClassNotName|text.ClassOrg|text.ClassPlace|text.ClassMonth) || len(last) == 1
}

// isLetter reports whether c is an ASCII letter or a byte of a multi-byte character.
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// labelOf splits a paragraph that opens with a speaker's label: up to maxLabel capitalised
// words (or "Q", "A") and a colon, then words that open with no quotation mark. rest is
// where those words start in t.
func labelOf(t string) (label string, rest int, ok bool) {
	colon := strings.IndexByte(t[:min(len(t), maxColon+1)], ':')
	if colon <= 0 || colon+2 >= len(t) || t[colon+1] != ' ' {
		return "", 0, false
	}
	label = t[:colon]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxLabel {
		return "", 0, false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return "", 0, false
		}
	}
	rest = colon + 2
	for rest < len(t) && t[rest] == ' ' {
		rest++
	}
	if rest >= len(t) || t[rest] == '"' || t[rest] == '\'' || '0' <= t[rest] && t[rest] <= '9' {
		return "", 0, false // a quotation after a colon is read as one; "14:05" is a time
	}
	return label, rest, true
}

// labelKey is the folded last word of a label: its surname.
func labelKey(label string) string {
	words := strings.Fields(label)
	return names.Plain(strings.TrimSuffix(words[len(words)-1], "."))
}

// selfNamed reads a label that names its speaker in full, a given name of the lexicon and
// a surname ("GOV. JOSH GREEN", "Jennifer Homendy"), when the article names them nowhere
// else: transcripts in capitals name people only in their labels.
func selfNamed(d *pass.Doc, label string) (quotes.Attribution, bool) {
	words := strings.Fields(label)
	if len(words) < 2 {
		return quotes.Attribution{}, false
	}
	given, surname := words[len(words)-2], strings.TrimSuffix(words[len(words)-1], ".")
	if !d.Env.Lex.Has(given, text.ClassGiven) || len(surname) < 2 {
		return quotes.Attribution{}, false
	}
	return quotes.Attribution{Speaker: nameCase(given) + " " + nameCase(surname), Key: names.Plain(surname), Given: names.Plain(given), How: "label"}, true
}

// nameCase writes a word of a name in capitals as a name: "PELLETIER" as "Pelletier".
func nameCase(w string) string {
	if strings.ToUpper(w) != w {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// startsUpper reports whether w opens with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// surnamed is a person the article names with evidence: the fullest name it writes them
// by, and their given names, folded.
type surnamed struct {
	name   string
	givens []string
}

// namedBySurname indexes the people the article names with evidence by folded surname,
// once per transcript.
func namedBySurname(d *pass.Doc) map[string]*surnamed {
	out := map[string]*surnamed{}
	ms := d.Mentions()
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, m := range ms[si] {
			if m.Cue == "candidate" && len(m.Given) == 0 {
				continue
			}
			k := names.Plain(m.Surname)
			p := out[k]
			if p == nil {
				p = &surnamed{}
				out[k] = p
			}
			if name := text.Join(s.Toks, m.Start, m.End); len(name) > len(p.name) {
				p.name = name
			}
			if len(m.Given) > 0 {
				p.givens = append(p.givens, names.Plain(m.Given[0]))
			}
		}
	}
	return out
}

// labelSpeaker returns the attribution a label gives: the person the article names, with
// evidence, whose surname is the label's last word, by the fullest name the article gives
// them ("Homendy:" is Jennifer Homendy's); with a first name, only when the article gives
// that surname no other first name.
func labelSpeaker(d *pass.Doc, named map[string]*surnamed, label string) (quotes.Attribution, bool) {
	words := strings.Fields(label)
	key := names.Plain(strings.TrimSuffix(words[len(words)-1], "."))
	p := named[key]
	if key == "" || p == nil || p.name == "" {
		return quotes.Attribution{}, false
	}
	at := quotes.Attribution{Key: key, How: "label", Speaker: p.name}
	if g := words[max(0, len(words)-2)]; len(words) > 1 && !d.Env.Lex.Has(g, text.ClassTitle|text.ClassTitleMod) {
		at.Given = names.Plain(g) // "Jennifer Homendy:", not "Chair Homendy:"
		for _, o := range p.givens {
			if o != at.Given {
				return quotes.Attribution{}, false // another person of that surname
			}
		}
	}
	return at, true
}

// lastNamed returns the attribution to the last person named with evidence in
// body[from:to], and their name; "" when there is none.
func lastNamed(d *pass.Doc, from, to int) (quotes.Attribution, string) {
	ms := d.Mentions()
	var at quotes.Attribution
	name := ""
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.End <= from || s.Start >= to {
			continue
		}
		for _, m := range ms[si] {
			if m.Cue == "candidate" && len(m.Given) == 0 {
				continue
			}
			name = text.Join(s.Toks, m.Start, m.End)
			at = quotes.Attribution{Speaker: name, Key: names.Plain(m.Surname), How: "label"}
			if len(m.Given) > 0 {
				at.Given = names.Plain(m.Given[0])
			}
		}
	}
	return at, name
}
