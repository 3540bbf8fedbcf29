// Command qari is a terminal reader for articles. See README.md.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 {
		if cmd, ok := commands[os.Args[1]]; ok {
			os.Exit(cmd(os.Args[2:], os.Stdout, os.Stderr))
		}
	}
	fmt.Fprintln(os.Stderr, "qari: the reader is not wired up yet")
	os.Exit(1)
}
