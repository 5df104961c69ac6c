// Package corpus reads news articles for quotetrace from the inputs that the
// quotetrace command accepts: plain-text files, web pages, JSON Lines files,
// directories of these, and JSON Lines on standard input.
//
// A [Reader] streams the articles of a list of paths one at a time, holding
// only the current one in memory, so a corpus of any size can be read.
// Reading never stops at a bad input: a line that is not valid JSON, an
// article without an id, a file that cannot be opened, each gives an
// [*Error] naming the file and line, and the next call carries on with the
// next line or file.
//
// # Inputs
//
// Each path given to [NewReader] is one of:
//
//   - a file ending in ".txt": one article. Its ID is the file's base name
//     without ".txt" and its Text is the file's bytes exactly as they are,
//     even if they are not valid UTF-8. A file holding a NUL byte is taken
//     for a binary file and reported as an error.
//   - a file ending in ".html" or ".htm": one article, a web page. Its ID
//     is the file's base name without the suffix; its Text is the text of
//     the page's article, read by package webpage: the headline, then the
//     paragraphs, one a line with a blank line between each two, leaving
//     out navigation, scripts, styles, footers and the like, with character
//     references decoded and the page's encoding converted to UTF-8. Its
//     Title, URL and Published come from the page's meta tags (og:title or
//     <title>, <link rel="canonical"> or og:url, article:published_time and
//     the like) when it has them; Publisher is left empty. A file holding a
//     NUL byte is taken for a binary file and reported as an error.
//   - a file ending in ".jsonl": one JSON Lines article per line (below).
//   - a directory: its files ending in ".txt", ".jsonl", ".html" or ".htm",
//     in name order.
//     Subdirectories and other files are skipped silently; directories are
//     not read recursively.
//   - "-": JSON Lines articles on the reader's standard input. An empty path
//     list means the same as the single path "-".
//
// A path that is none of these (say, "notes.md") is reported as an error.
// Suffixes are matched exactly: "A.TXT" is not a ".txt" file, nor "a.HTML"
// a ".html" file.
//
// # JSON Lines
//
// Each line of a JSON Lines input is one JSON object:
//
//	{"id": "003_c1e3f43face887c9", "text": "...", "publisher": "China Daily",
//	 "url": "https://...", "published": "2025-01-27T10:00:00Z", "title": "..."}
//
// "id" and "text" are required. "id" is a non-empty string or a JSON number;
// a number is kept as the text it is written with (12 gives "12", 1.50
// gives "1.50"), never converted. "text" is a string and may be empty.
// "publisher", "url", "published" and "title" are optional strings; null or
// "" means absent. "published" is an RFC 3339 time. Other fields are
// ignored. Keys are matched exactly ("ID" is not "id"); when a key occurs
// twice the last one wins. A required field of the wrong type, such as a
// numeric "text", makes the line an error. An optional field that is wrong,
// such as a numeric "url" or a "published" that is not RFC 3339, is
// ignored: the article is kept without it, and [Article.Warnings] says
// what was ignored.
//
// An object that carries "quotes", not null, is a line of `quotetrace
// extract` output: an article whose quotations are found already. It needs
// no "text"; [Article.Extracted] holds the whole object for the caller to
// decode, and the fields above are read as for any article.
//
// Lines are separated by "\n"; a "\r" before it (CRLF line endings) and a
// UTF-8 byte order mark at the start of the input are ignored, and lines
// holding only white space are skipped. Line numbers count from 1 and
// include skipped lines, so they match what an editor shows.
//
// JSON strings are decoded by encoding/json: invalid UTF-8 and unpaired
// surrogate escapes in them become U+FFFD, and every byte offset quotetrace
// reports is into the decoded text. Only ".txt" files give the bytes
// unchanged; for a web page, offsets are into the text read from it.
//
// A line, or a ".txt", ".html" or ".htm" file, may be up to
// [Reader.MaxSize] bytes long (256 MiB unless set otherwise); a longer one is
// reported as an error and skipped without being held in memory. A web page
// takes several times its size in memory while it is read.
package corpus
