// Package quote finds the quotations in news text, with exact byte spans.
//
// It is the first stage of quotetrace: text → quote → attribution →
// provenance. It says what was quoted, and where; package attribution says
// who said it.
//
// # Structure
//
// Parse reads a text into a Document. The text is split into paragraphs
// (one a line, or one per block of lines when the text is hard-wrapped),
// and each paragraph is given a Role: the Headline and Body are the
// article's own words; captions and photo credits, page furniture such as
// "Related" or "Ask me anything", the cut-off headlines of other stories
// at the end of a page, repeated paragraphs and scraps of interface text
// are not, and yield no quotations. Lines that say where the article came
// from ("Source: …", "Reporting by …", a reporter's e-mail address) are kept
// as Source and Signature paragraphs for later stages. A text that holds
// several stories one after another is split into several Articles, each
// with its own headline. The headline and body paragraphs are scanned once
// into tokens (Document.Tokens, with TokensIn for those of a span), which
// are split into sentences; the later stages read those tokens rather than
// the text.
//
// A Parser reads texts with a language.Language: its definitions of word,
// space and quote mark, its word tables (page furniture, caption and source
// prefixes, reporting verbs, title nouns, …) and its sentence rules. Parse
// and Find use language.Default(), English news.
//
// # Quotation marks
//
// Quotations are found between curly (“ ”), straight ("), low-high („ “)
// and guillemet (« », » «) double marks, and between single marks (‘ ’ and
// '), which are told apart from apostrophes (It’s, can't, '90s, rock 'n'
// roll, students' union) by the characters around them. A quotation nested
// in another is part of it. Spans exclude the marks, the white space just
// inside them and a final comma ("…yesterday,” Peskov said).
//
// A quotation split by its attribution (“…,” Peskov said. “…”) is one Quote
// of several Fragments, as is one that runs over several paragraphs (an
// opening mark at the start of each, the closing mark only at the end).
// An opening mark that is never closed is ended where the text shows it
// should be, at an attribution inside it (“I hope it will happen quickly,
// he said.), before a new opening mark or at the end of its paragraph, and
// the Quote is marked Unclosed; it never swallows the rest of the text.
// Marks that pair with nothing are listed in Document.Unpaired. Marks typed
// carelessly are read as meant: a curly mark turned the wrong way after a
// reporting verb (He says,” there …”) or at the start of a paragraph, and
// one with no space after a comma (said,“Look …”) or before the next
// sentence (“… voters!”After …).
//
// Speech marked by a quotation dash instead of quote marks, as news
// translated from Ukrainian or Russian often writes it, is a quotation too:
// a paragraph ended by a dash and a short attribution ("Our flag is blue
// and yellow. … - He added.", "— We will win, — said the minister."). Its
// Fragment's Open and Close are empty spans at the ends of its words. A
// dash that sets off a phrase ("… - a charge the company denied.") is not
// one.
//
// # Kinds
//
// Each Quote has a Kind. Direct is a quoted utterance of its own; Partial
// is quoted words inside the writer's own sentence. ScareQuote, Title and
// Nickname are words in marks that nobody is said to have said ("the
// so-called “peace plan”", "the book “War and Peace”", "Dwayne “The Rock”
// Johnson"); they are reported rather than dropped so that callers can
// decide. Kind.IsSpeech tells the two groups apart. Words a headline quotes
// are speech, as headlines quote ("Senator calls plan ‘a disgrace’"); the
// headline of another article credited to its writer (“Museum to close,”
// by the Times’ Jane Doe) is a Title.
//
// # Robustness and cost
//
// Any input gives a Document, never a panic: empty text, invalid UTF-8,
// binary data, CR LF line endings, no-break and zero-width spaces. Spans
// are always byte offsets into the text as given. The work is linear in the
// length of the text. Parse and Find are safe for concurrent use; the
// sentence model they share is loaded once, on first use.
package quote
