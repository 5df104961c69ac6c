/*
Quotetrace finds the quotations in news articles: the words each article
quotes, who said them and through which outlet, and writes them as JSON Lines
for other tools to read; and it follows each statement across articles, from
its speaker through the outlet it was given to into every article that
repeated it.

Usage:

	quotetrace <command> [flags] [path ...]

The commands are:

	extract   write the quotations of each article as JSON Lines
	trace     follow statements across articles to their speakers and outlets
	graph     save the graph of articles to a file, for trace to merge
	version   print the version of quotetrace

Each path is a ".txt" file holding one article, whose id is the file name
without ".txt"; a ".html" or ".htm" file holding one news web page, whose id
is the file name without the extension, whose text is the page's article
(the headline, then its paragraphs; menus, scripts, styles, asides,
captions and the site's header and footer left out, character references
decoded, the page's declared encoding converted to UTF-8), and whose
"title", "url" and "published" come from its meta tags (og:title or
<title>, the canonical link or og:url, article:published_time and the
like), offsets being into that text; a ".jsonl" file with one JSON article
per line; a directory, whose ".txt", ".html", ".htm" and ".jsonl" files are
read in name order (not recursively); or
"-" for JSON Lines on standard input, which is also what no path at all
means. A JSON article is an object {"id": ..., "text": ...} with optional
"publisher", "url", "published" (RFC 3339) and "title"; other fields are
ignored. A JSON object that carries "quotes" is a line of extract's output,
an article extracted already: trace and graph read it as it was extracted,
and it needs no "text". Trace and graph also read graph files, whose names
end in ".qtg" (see Graph); a directory's graph files are not read, only
those named. See package internal/corpus for the details, and CONTRACT.md for
the output format, which other tools rely on.

# Extract

	quotetrace extract [-j n] [-all] [-progress] [path ...]

Extract writes one JSON object per input article to standard output, one per
line, in input order:

	{"id":"003_c1e3f43face887c9","publisher":"China Daily",
	 "quotes":[{"kind":"direct","text":"As the administration ...","spans":[[1234,1400]],
	            "speaker":{"name":"Dmitry Peskov","type":"person","mention":"Peskov","span":[1404,1410]},
	            "outlet":{"name":"TASS","relation":"told","mention":"state news agency TASS","span":[1100,1122]},
	            "cue":{"text":"said","span":[1411,1415]},"confidence":0.9,"article":0}],
	 "citations":[{"outlet":"TASS","relation":"told","mention":"state news agency TASS","span":[1100,1122]}],
	 "articles":[{"span":[0,5120],"headline":"..."}]}

All offsets are UTF-8 byte offsets [start, end) into the article's text (for
JSON input, the decoded "text" string). Quotations are "direct", "partial"
or "indirect" (reported speech without quote marks); words in marks that
nobody is said to have said are left out. "speaker" is who said the words,
with "name" resolved by coreference ("he" and "the Kremlin spokesman" give
"Dmitry Peskov") and "mention"/"span" the words of this attribution;
"outlet" is the outlet the words went through and how ("told", "interview",
"reported", "quoted", "wrote", "according-to"; an added "employer": true
when the speaker works for it: "NBC’s Kristen Welker asked"), with "scope", how far from
the quote the article names it ("sentence", "paragraph" or "article"); "cue" is the reporting verb
or phrase; "confidence" is in [0, 1]. Nested speech ("Trump said Putin told
him he “wants …”") adds "via", who relayed the words. "publisher" is the
input's, else the one its "url" names (the outlet whose web domain the host
is, else a name made from the host: "baltic-review.com" gives "Baltic
Review"), else the one the text names (a "Source:" line, a dateline, a
reporter's e-mail address), else null. "citations" lists every mention of an
outlet as a source, in text order; photo credits are not citations, and a
"Source:" line the text was copied from has the relation "source", as has
the text's own credit ("Source – Bloomberg", "LISBON (AP) —", "(c)Ukrinform") when
the publisher, known from the input or the URL, is another outlet. See
package attribution for how each is found.

"articles" lists the stories found in the text (a page may carry several);
each quote's "article" is an index into it, and "unclosed":true marks a
quote whose closing mark was missing.

The line also carries what trace needs to trace the article without its
text, so that articles are extracted once and traced many times: the
input's "url", "title" and "published" (RFC 3339), when given; each quote's
"evidence", the words that attribute it ("Peskov said", "the Kremlin
official replied"), its "days", the days of the week its attribution says
the words were said on (["monday"]), and its "via"'s "evidence", the relay's
words ("Trump told"); and the article's "fingerprint", a sample of hashes of
its runs of five words in base64 (at most 256 hashes, 1,368 characters), by
which trace finds copies of one text. Fields that would be empty are left
out.
These fields are those of provenance.Extracted's JSON form, which other
programs can write and trace reads.

A line of extract's output given to extract again, without a "text", is
reported as an error: it is extracted already.

Articles are processed in parallel but written in input order, each as soon
as it and all before it are done, so output streams and memory stays bounded
however large the corpus.

The flags are:

	-j n
		Process n articles at a time (default: the number of CPUs
		usable, runtime.GOMAXPROCS(0)).
	-all
		Also write the quoted words that are not speech: scare quotes,
		titles of works and nicknames, with "kind" "scare", "title" or
		"nickname". For debugging.
	-progress
		Show progress on standard error (articles and megabytes done, the
		rate, the time elapsed), never on standard output. It is shown
		without the flag when standard error is a terminal.

Flags must come before the paths; "--" ends the flags.

# Trace

	quotetrace trace [-format text|json|dot|prov|html] [-all] [-j n] [-progress] [path ...]

Trace reads every article (attributing them n at a time, as extract does,
or taking them as extracted, for extract's output), groups their
quotations into statements, one utterance by one speaker on one occasion in
whatever wording or translation each article used, and writes who said
each, the outlet the words were given to ("told TASS"), the edges between
speakers, outlets, articles and statements with the articles' words as
evidence, and the chain from speaker to every article. An
article's publisher is the one given in the input, else the outlet whose
site its "url" is on, else the one its text names. Copies (articles whose
texts are near-identical) are found and said to republish their originals,
and never count as a statement's origin. See package provenance for how
statements are recognised.

The flags are:

	-format f
		text (the default): a report for a person to read.
		json: one JSON object, {"articles", "statements", "edges"}, as
		CONTRACT.md gives it. Each statement also lists its "chains" and
		each member the "drift" of its wording from the statement's; an
		article that is a near-identical copy of another of the input
		names it in "copy_of".
		dot: the graph in Graphviz DOT, left to right, of the statements
		reported by more than one article (all of them with -all):
		each statement's articles in a box, and the chain from speaker
		through outlets to them, parallel edges merged with a count;
		render it with dot -Tsvg.
		prov: the graph in W3C PROV-JSON.
		html: one self-contained page for a browser (no network): the
		statements shared by several articles first, each with its
		chain drawn and every article's wording with what it changed;
		then the rest, filterable by speaker and outlet.
	-all
		With -format dot, draw every statement.
	-j n
		Attribute n articles at a time (default: runtime.GOMAXPROCS(0)).
	-progress
		Show progress on standard error (articles and megabytes done, the
		rate, the time elapsed), never on standard output. It is shown
		without the flag when standard error is a terminal.

Extract's output traces as the articles it came from: the trace of

	quotetrace extract articles/ > articles.jsonl
	quotetrace trace articles.jsonl

is that of quotetrace trace articles/, in every format. Extracted and raw
articles may be mixed. A line that carries "quotes" but cannot be read as
extract's output is reported with its file and line, and left out.

The paths may include graph files (see Graph), whose articles are traced
with the others.

The output does not depend on the order of the inputs: articles are listed
by ID and statements numbered in the order of their first quotations. An
article whose ID an earlier article of the input has is reported as an
error, with its file and line (or the graph file's name), and left out: of
two articles with one ID, the first in input order is traced, whatever -j.

# Graph

	quotetrace graph -o file.qtg [-j n] [-progress] [path ...]

Graph reads every article, as trace does, and writes their graph to a graph
file instead of tracing it: what trace keeps of each article, without its
text. Trace and graph read graph files among their paths and merge them
with the rest, so that a corpus can be split between processes or
machines, each building the graph of its part, and traced whole:

	quotetrace graph -o part1.qtg corpus/part1/
	quotetrace graph -o part2.qtg corpus/part2.jsonl
	quotetrace trace part1.qtg part2.qtg       # the trace of the whole corpus
	quotetrace graph -o all.qtg part1.qtg part2.qtg

The file is written whole, or not at all when graph fails. Its format is
versioned and documented in package provenance ("Extracted articles and
graph files"). A graph file that cannot be read (not a graph file, of
another version, cut short or changed) is reported and none of it is used;
the articles of one that the input holds already are reported as
duplicates.

The flags are:

	-o file
		Write the graph to file, whose name must end in ".qtg", or to
		standard output for "-". Required.
	-j n
		Attribute n articles at a time (default: runtime.GOMAXPROCS(0)).
	-progress
		Show progress on standard error (articles and megabytes done, the
		rate, the time elapsed), never on standard output. It is shown
		without the flag when standard error is a terminal.

# Errors and exit status

An input that cannot be used, such as a line that is not valid JSON or lacks
"id" or "text", a file that cannot be read, a path that is not a ".txt",
".html", ".htm", ".jsonl" or ".qtg" file or a directory, or a graph file that cannot be read,
is reported on standard error as

	quotetrace: articles.jsonl:7: missing "text"

(with just the file name when the error concerns a whole file), and every
other article is still processed and written. An optional field that is
wrong ("published" not an RFC 3339 time, "url" not a string) is reported
the same way, ending in "ignored", and its article is processed without it.

The exit status is 0 when every input was read and processed, 1 when some
input (or an optional field of it) could not be read or parsed or the
output could not be written, and 2
for a usage error: no command, an unknown command or flag, graph without
-o. Help asked for with -h exits 0.
*/
package main
