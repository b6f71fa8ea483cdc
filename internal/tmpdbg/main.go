package main

import (
	"fmt"
	"os"

	"factcheck/checker/timex"
)

func main() {
	pub, _ := timex.ParseDay(os.Args[2])
	for _, e := range timex.TagText(os.Args[1], pub) {
		fmt.Printf("%q kind=%v gran=%v val=%v res=%v amb=%v wd=%v anchor=%v\n", e.Text, e.Kind, e.Gran, e.Value, e.Resolved, e.Ambiguous, e.Weekday, e.Anchor)
	}
}
