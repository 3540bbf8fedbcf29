package main

import "io"

// command runs one subcommand of qari (qari NAME ARGS...) and returns the
// process exit status. Errors are one line on stderr.
type command func(args []string, stdout, stderr io.Writer) int

// commands holds the subcommands; each file of this package registers its
// own in an init function, so they stay independent of each other.
var commands = map[string]command{}
