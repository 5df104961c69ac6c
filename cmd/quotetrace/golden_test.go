package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/internal/golden"
)

// TestGoldenExtract compares the extract output of each sample article,
// indented for reading, with testdata/golden/extract/ID.json. Rewrite the
// files with go test ./... -update, and read every line before committing.
func TestGoldenExtract(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, path := range paths {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(id, func(t *testing.T) {
			code, stdout, stderr := quotetrace(t, "", "extract", path)
			if code != 0 || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", code, stderr)
			}
			var out bytes.Buffer
			if err := json.Indent(&out, []byte(stdout), "", "  "); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout)
			}
			golden.Check(t, filepath.Join("..", "..", "testdata", "golden", "extract", id+".json"), out.Bytes())
		})
	}
	if golden.Updating() {
		return
	}
	// Every golden file belongs to a sample article.
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "extract", "*.json"))
	if len(files) != len(paths) {
		t.Errorf("%d golden files for %d sample articles", len(files), len(paths))
	}
}

// TestGoldenTrace compares the trace of the sample articles, in each
// format, with testdata/golden/trace/sample.FORMAT. Rewrite the files with
// go test ./... -update, and read every line before committing.
func TestGoldenTrace(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	for _, format := range []string{"text", "json", "dot", "prov"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := quotetrace(t, "", "trace", "-format", format, dir)
			if code != 0 || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", code, stderr)
			}
			ext := map[string]string{"text": "txt", "json": "json", "dot": "dot", "prov": "prov.json"}[format]
			golden.Check(t, filepath.Join("..", "..", "testdata", "golden", "trace", "samples."+ext), []byte(stdout))
		})
	}
}
