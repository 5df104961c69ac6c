// Package provenance will work across articles: the same statement in
// different wordings, the citation graph, the chain from speaker to every
// article, and exports as JSON, Graphviz DOT and W3C PROV-JSON.
//
// It is not built yet.
package provenance
