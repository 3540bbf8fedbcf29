package main

import (
	"fmt"
	"io"
)

func init() { commands["render"] = runRender }

// runRender implements qari render [options] FILE...: the article rendered
// as in the reader, to standard output. --style auto means notty unless
// standard output is a terminal.
func runRender(args []string, stdout, stderr io.Writer) int {
	o, files, code := parseOptions("qari render", args, stdout, stderr, helpFor("Usage: qari render [--width N] [--style NAME|notty|FILE.json] [--bidi MODE] [--shape MODE] FILE|-..."))
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		return fail(stderr, fmt.Errorf("render: name a file (or - for standard input)"))
	}
	docs, err := open(files, false)
	if err != nil {
		return fail(stderr, err)
	}
	return printDocs(stdout, stderr, docs, o, isTerminal(stdout))
}
