package report

import "github.com/fatih/color"

// Style decides how text is decorated: with colour on a terminal, with plain markers
// otherwise.
type Style struct {
	// Color enables ANSI colours.
	Color bool
}

func (s Style) paint(text string, attrs ...color.Attribute) string {
	if !s.Color || text == "" {
		return text
	}
	c := color.New(attrs...)
	c.EnableColor()
	return c.Sprint(text)
}

func (s Style) severity(sev string) string {
	switch sev {
	case "error":
		return s.paint(sev, color.FgRed, color.Bold)
	case "warning":
		return s.paint(sev, color.FgYellow, color.Bold)
	}
	return s.paint(sev, color.FgCyan, color.Bold)
}

func (s Style) bold(t string) string  { return s.paint(t, color.Bold) }
func (s Style) faint(t string) string { return s.paint(t, color.Faint) }
func (s Style) pos(t string) string   { return s.paint(t, color.FgBlue) }

// mark highlights disputed words: coloured on a terminal, between >> and << otherwise.
func (s Style) mark(t string) string {
	if !s.Color {
		return ">>" + t + "<<"
	}
	return s.paint(t, color.FgRed, color.Bold, color.Underline)
}

// removed and added mark the words a word diff takes out and puts in.
func (s Style) removed(t string) string {
	if !s.Color {
		return "[-" + t + "-]"
	}
	return s.paint(t, color.FgRed, color.CrossedOut)
}

func (s Style) added(t string) string {
	if !s.Color {
		return "{+" + t + "+}"
	}
	return s.paint(t, color.FgGreen, color.Bold)
}
