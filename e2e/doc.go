// Package e2e holds qari's end-to-end tests: they build the real binary once
// (TestMain) and drive it the way a person does, in a tmux pane or a raw
// pseudo-terminal, then check what the screen shows. Pipe-mode and error
// tests run the binary without a terminal.
//
// The tests need tmux (apt-get install tmux). Without it they skip locally
// and fail when CI is set, so a CI machine that lost tmux cannot go green.
// Run them with the rest of the suite:
//
//	go test ./...
//
// or alone, verbosely: go test ./e2e -v. The large-document test is left
// out by -short.
package e2e
