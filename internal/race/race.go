//go:build race

// Package race tells tests whether the race detector is on, so that a heavy
// case runs at full size without it (as .ci/run runs it) and smaller under
// it (the README's go test -race ./...), where it is ten to fifty times
// slower.
package race

// Enabled reports whether the race detector is on.
const Enabled = true
