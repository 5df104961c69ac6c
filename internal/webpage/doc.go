// Package webpage reads a news web page: the article's text, laid out as
// quotetrace's plain-text articles are, and the page's title, address and
// publication time.
//
// [Read] parses the page with golang.org/x/net/html, the HTML5 parsing
// algorithm that browsers use, so sloppy markup (unclosed paragraphs,
// misnested tags, stray end tags) gives the tree a browser would build.
//
// # Text
//
// The article's text is taken from the page's longest <article> element (or
// element of role "article") that holds any text, else its longest <main>
// (or role "main"), else its <body>. Left out of it is everything a reader
// does not read as the story:
//
//   - elements that hold no prose: script, style, noscript, template, svg,
//     math, iframe, object, embed, canvas, audio, video, and forms and their
//     controls (form, button, input, select, textarea, label);
//   - the page's furniture: nav, aside, dialog, figure captions (figcaption),
//     and header and footer elements that are the site's rather than the
//     article's (those not inside article, aside, main, nav or section);
//   - elements whose ARIA role is navigation, banner, contentinfo,
//     complementary, search, dialog, alertdialog, menu, menubar or toolbar;
//   - hidden elements: the hidden attribute, aria-hidden="true", or an inline
//     style of display:none or visibility:hidden;
//   - boxes whose class or id names them as furniture (share, social,
//     related, newsletter, cookie, consent, comments, advert, promo, sidebar,
//     breadcrumb, menu, ...), unless they hold half or more of the text, as a
//     wrapper of the whole page may;
//   - paragraphs made of links alone, when they are several links (a list
//     of tags or sections) or one of three words at most (a kicker naming
//     the section), and an h1 that names the site (og:site_name), its logo.
//
// The text is written as quotetrace's ".txt" articles are: the headline on
// the first line, then the paragraphs, one a line, with a blank line between
// each two. The headline is the first h1 of the article, else the first h1
// of the page whose words the title holds, else its first h1, else its title;
// a first paragraph that repeats it is left out. A paragraph is the text of a p,
// h1–h6, li, blockquote, pre, dt, dd or table cell element, or text standing
// directly in a block container such as a div. Runs of white space (the
// no-break space included) become one space, a <br> starts a new line, and
// the text of a <q> element is put in quotation marks, as a browser shows it.
// Character references (&amp;, &rsquo;, &#8220;, ...) are decoded by the
// parser. The text ends with a newline, unless it is empty.
//
// # Metadata
//
// Page.Title is the og:title meta tag, else the <title> element, else the
// headline; a trailing " | Site" or " - Site" naming the og:site_name is
// removed. Page.URL is the <link rel="canonical"> address, else og:url,
// made absolute against <base href> or og:url, and kept only when it is an
// http or https address. Page.Published is read from the first of: the meta
// tags article:published_time and og:published_time, an element with
// itemprop="datePublished", the meta tags date, pubdate, publish-date,
// publishdate and the Dublin Core dates (dc.date, dcterms.created, ...), the
// datePublished of the page's JSON-LD article,
// and a <time datetime> element inside the article. Times are RFC 3339 or a
// common variant of it (no seconds, a zone without a colon, a space for "T",
// a date alone; a time without a zone is UTC) or RFC 1123; a value that is
// none of these is ignored.
//
// # Encodings and bad input
//
// The page's bytes are decoded from the encoding its byte order mark or
// <meta charset> declares (any encoding the WHATWG Encoding Standard names,
// through golang.org/x/net/html/charset). A page that declares none is read
// as UTF-8, and as windows-1252, the web's historical default, only when its
// bytes are mostly not UTF-8; a page whose bytes are all valid UTF-8 is read
// as UTF-8 whatever it declares, since a saved page is often re-encoded.
// Invalid UTF-8 becomes U+FFFD.
//
// Read never panics. Input that is not HTML is read as the text of a page's
// body; an empty input gives an empty Page. Data holding a NUL byte is taken
// for a binary file and rejected with [ErrBinary].
//
// The work is linear in the size of the input. The parser searches the
// elements open at each tag, and fails when more than 512 are open; so before
// parsing, the tags of elements nested more than 128 deep, and of formatting
// elements (b, font, ...) left open more than 11 at a time, are dropped, their
// text kept (a dropped block element still ends its paragraph, and one whose
// text would be left out, such as a nav, is dropped with its text). News pages
// nest far less deeply, and are read unchanged. Markup that still opens too
// many elements gives [ErrTooDeep]. Read holds the whole input in memory, and
// its tree several times that: bound the input with an io.LimitReader when it
// comes from an untrusted source.
package webpage
