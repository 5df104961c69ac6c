// Package pipeline is quotetrace as an Apache Beam pipeline: it reads JSON
// Lines articles (and plain-text ones) from files or globs on any of Beam's
// file systems, extracts and attributes their quotations in parallel,
// groups them by speaker, and traces the statements they share, giving
// the output of `quotetrace extract` and of `quotetrace trace --format
// json` on the same input.
//
// Build adds the pipeline to a beam.Scope; the command quotetrace-beam
// runs it on a runner chosen with Beam's flags (prism, Dataflow, Flink,
// Spark). See Build for the stages and why the trace equals the
// single-process one.
//
// The package is a module of its own, github.com/quotetrace/quotetrace/beam,
// so that users of the library do not link Beam.
package pipeline
