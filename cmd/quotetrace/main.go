package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK    = 0 // every input read and processed
	exitInput = 1 // some input could not be read or parsed, or output not written
	exitUsage = 2 // a usage error
)

const usageText = `usage: quotetrace <command> [flags] [path ...]

The commands are:

	extract   write the quotations of each article as JSON Lines
	trace     follow statements across articles to their speakers and outlets
	graph     save the graph of articles to a file, for trace to merge
	version   print the version of quotetrace

Each path is a .txt file (one article), a .html or .htm web page (one
article: its main text), a .jsonl file (one JSON article per line, or a line
of extract's output), a directory of those, or - for JSON Lines on standard
input (the default); trace and graph also read .qtg graph files. Run "quotetrace <command> -h" for a command's flags.
`

// run runs the command with the arguments that follow the program name and
// returns its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	switch cmd := args[0]; cmd {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "trace":
		return runTrace(args[1:], stdin, stdout, stderr)
	case "graph":
		return runGraph(args[1:], stdin, stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "quotetrace", version())
		return exitOK
	case "help", "-h", "-help", "--help":
		// Help that was asked for is no error. It goes to standard error,
		// like the flag package's, so that standard output stays JSON.
		fmt.Fprint(stderr, usageText)
		return exitOK
	default:
		if strings.HasPrefix(cmd, "-") {
			fmt.Fprintf(stderr, "quotetrace: unknown flag %s\n", cmd)
		} else {
			fmt.Fprintf(stderr, "quotetrace: unknown command %q\n", cmd)
		}
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
}

// newFlagSet returns the flag set of the command name, which reports its
// errors, and its usage (usage, then the flags), on stderr.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// version returns the module version quotetrace was built from, or
// "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
