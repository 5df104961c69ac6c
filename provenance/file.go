package provenance

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/quotetrace/quotetrace/quote"
)

// A graph file holds what a Graph keeps of its articles, so that graphs
// built in separate processes can be saved, read back and merged. Its
// layout is given in the package documentation ("Graph files"); this file
// holds the one listing of the fields of each part (the fields methods),
// which serves the writer and the reader both.

// graphMagic opens every graph file.
const graphMagic = "QTGRAPH\n"

// GraphVersion is the version of the graph file format that WriteTo
// writes and ReadGraph and ReadFrom read. A file of another version is
// refused with an error that wraps ErrVersion.
const GraphVersion = 1

// Errors of ReadGraph and ReadFrom.
var (
	// ErrNotGraph is returned for input that does not start as a graph
	// file does.
	ErrNotGraph = errors.New("provenance: not a quotetrace graph file")
	// ErrVersion is wrapped by the error for a graph file of a version
	// this package does not read.
	ErrVersion = errors.New("provenance: unsupported graph file version")
	// ErrCorrupt is wrapped by the error for a graph file that is cut
	// short, fails its checksum, or holds values no Graph has.
	ErrCorrupt = errors.New("provenance: corrupt graph file")
)

// Bounds on what a graph file may claim, so that a corrupt one cannot make
// the reader allocate without end: a count or offset fits an int32, and a
// string is at most maxFileString bytes.
const (
	maxFileInt    = math.MaxInt32
	maxFileString = 1 << 28
)

// castagnoli is the CRC-32 table of the files' checksum.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// WriteTo writes the graph to w in the graph file format (see the package
// documentation), and returns the number of bytes written. The file holds
// the graph's articles, in the order of their IDs, and their quotations as
// the Graph keeps them, and its Threshold and MaxGap; not its outlet
// table. The graph may be added to meanwhile: what it holds when WriteTo
// starts is written.
func (g *Graph) WriteTo(w io.Writer) (int64, error) {
	g.mu.Lock()
	arts := slices.Clone(g.articles)
	recs := make([][]*record, len(arts))
	for _, r := range g.quotes {
		recs[r.article] = append(recs[r.article], r)
	}
	opts := g.opts
	g.mu.Unlock()
	// By ID, so that a graph's file does not depend on the order its
	// articles came in.
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return strings.Compare(arts[i].info.ID, arts[j].info.ID) })

	cw := &countingWriter{w: w}
	sum := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(cw, sum), 64<<10)
	e := &encoder{w: bw}
	bw.WriteString(graphMagic)
	version := GraphVersion
	e.uint(&version)
	threshold, gap := opts.Threshold, int64(opts.MaxGap)
	e.float(&threshold)
	e.int64(&gap)
	n := len(arts)
	e.uint(&n)
	for _, i := range order {
		a := arts[i]
		a.fields(e)
		m := len(recs[i])
		e.uint(&m)
		for _, r := range recs[i] {
			r.fields(e)
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	_, err := cw.Write(binary.BigEndian.AppendUint32(nil, sum.Sum32()))
	return cw.n, err
}

// ReadGraph reads a graph that WriteTo wrote. The graph has the Threshold
// and MaxGap it was written with, and the default outlet table; to read a
// graph with other options, or into a graph that holds articles already,
// use ReadFrom. ReadGraph returns an error that wraps ErrNotGraph,
// ErrVersion or ErrCorrupt for input it cannot read, and never a partial
// graph.
func ReadGraph(r io.Reader) (*Graph, error) {
	d := newDecoder(r)
	opts, err := d.header()
	if err != nil {
		return nil, err
	}
	g, err := New(opts)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if err := g.readBody(d); err != nil {
		return nil, err
	}
	return g, nil
}

// ReadFrom adds to g the articles of a graph file that WriteTo wrote, as
// Merge adds another graph's: g's options apply, not the file's. It returns
// the number of bytes read. Articles whose IDs g holds already are not
// added; the error names them (it wraps ErrDuplicate). For a file that
// cannot be read it returns an error that wraps ErrNotGraph, ErrVersion or
// ErrCorrupt, and adds nothing.
func (g *Graph) ReadFrom(r io.Reader) (int64, error) {
	d := newDecoder(r)
	if _, err := d.header(); err != nil {
		return d.n, err
	}
	err := g.readBody(d)
	return d.n, err
}

// A decodedArticle is an article read from a graph file, with its records.
type decodedArticle struct {
	art  *article
	recs []*record
}

// readBody reads the articles of a graph file after its header, checks
// the file whole, and adds them to g.
func (g *Graph) readBody(d *decoder) error {
	var n int
	d.uint(&n)
	var arts []decodedArticle
	for i := 0; i < n && d.err == nil; i++ {
		da := decodedArticle{art: new(article)}
		da.art.fields(d)
		var m int
		d.uint(&m)
		for k := 0; k < m && d.err == nil; k++ {
			r := new(record)
			r.fields(d)
			if d.err == nil {
				d.check(r.valid())
			}
			da.recs = append(da.recs, r)
		}
		if d.err == nil {
			d.check(da.art.valid())
		}
		arts = append(arts, da)
	}
	if err := d.end(); err != nil {
		return err
	}
	// The file is whole: read the words, and add.
	for _, da := range arts {
		keep(da.art, da.recs)
		da.art.info.Cites = citedOutlets(da.art.cites)
		for _, r := range da.recs {
			g.readWords(r)
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	var errs []error
	for _, da := range arts {
		if err := g.insert(da.art, da.recs); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// The fields of each part of a graph file, in order. Each method lists
// the fields it writes and reads once, for both: to add a field, add a
// line here (and to valid, if it can be wrong), and raise GraphVersion.

// fields lists the fields of an article that a graph file holds. Its
// Cites are made again from its citations.
func (a *article) fields(c coder) {
	c.string(&a.info.ID)
	c.string(&a.info.Publisher)
	c.string(&a.info.URL)
	c.string(&a.info.Title)
	c.time(&a.info.Published)
	listOf(c, &a.cites, func(ci *citation) {
		c.string(&ci.outlet)
		rel := code(relations[:], ci.relation)
		c.byte(&rel)
		ci.relation = relations[min(int(rel), len(relations)-1)]
		if int(rel) >= len(relations) {
			c.check(fmt.Errorf("citation of %q: relation %d", ci.outlet, rel))
		}
		c.string(&ci.evidence)
	})
	listOf(c, (*[]uint32)(&a.print), func(h *uint32) { c.uint32(h) })
}

// fields lists the fields of a record that a graph file holds. The
// others are read from its text; its article is the one it follows.
func (r *record) fields(c coder) {
	index := int(r.quote)
	c.uint(&index)
	r.quote = int32(index)
	kind := uint8(r.kind)
	c.byte(&kind)
	r.kind = quote.Kind(kind)
	c.byte(&r.spType)
	c.byte(&r.rel)
	c.byte(&r.days)
	c.string(&r.text)
	listOf(c, &r.spans, func(s *quote.Span) {
		c.uint(&s.Start)
		c.uint(&s.End)
	})
	c.string(&r.speaker)
	c.string(&r.mention)
	c.string(&r.via)
	c.string(&r.viaEvidence)
	c.string(&r.evidence)
	c.string(&r.outlet)
	c.string(&r.outletEvidence)
	c.string(&r.cue)
}

// valid returns an error when a record read from a file holds a value
// that no record has.
func (r *record) valid() error {
	switch {
	case !r.kind.IsSpeech():
		return fmt.Errorf("quotation %d: kind %d", r.quote, uint8(r.kind))
	case int(r.spType) >= len(speakerTypes):
		return fmt.Errorf("quotation %d: speaker type %d", r.quote, r.spType)
	case int(r.rel) >= len(relations):
		return fmt.Errorf("quotation %d: relation %d", r.quote, r.rel)
	case Weekdays(r.days)&^allDays != 0:
		return fmt.Errorf("quotation %d: days %#x", r.quote, r.days)
	}
	for _, s := range r.spans {
		if s.End < s.Start {
			return fmt.Errorf("quotation %d: span %v", r.quote, s)
		}
	}
	return nil
}

// valid returns an error when an article read from a file holds a value
// that no article has.
func (a *article) valid() error {
	if a.info.ID == "" {
		return errors.New("article without an ID")
	}
	if len(a.print) > maxPrint {
		return fmt.Errorf("article %q: fingerprint of %d hashes", a.info.ID, len(a.print))
	}
	for i := 1; i < len(a.print); i++ {
		if a.print[i] <= a.print[i-1] {
			return fmt.Errorf("article %q: fingerprint out of order", a.info.ID)
		}
	}
	return nil
}

// A coder writes the values handed to it to a graph file, or reads them
// from one into the places handed to it: an encoder or a decoder. A
// decoder that has failed reads zero values from then on, and keeps its
// first error.
type coder interface {
	byte(*uint8)
	uint32(*uint32)
	uint(*int) // 0 to maxFileInt
	int64(*int64)
	float(*float64)
	string(*string)
	time(*time.Time)
	// decoding reports whether the coder reads, and failed whether it has
	// failed.
	decoding() bool
	failed() bool
	// check makes a decoder fail with ErrCorrupt and err when err is not
	// nil.
	check(err error)
}

// listOf codes a list: its length, then each element with each.
func listOf[T any](c coder, list *[]T, each func(*T)) {
	n := len(*list)
	c.uint(&n)
	if !c.decoding() {
		for i := range *list {
			each(&(*list)[i])
		}
		return
	}
	*list = nil
	// The length is not trusted for the memory to hold the list: a
	// corrupt file runs out of bytes first.
	for i := 0; i < n && !c.failed(); i++ {
		var v T
		each(&v)
		*list = append(*list, v)
	}
}

// An encoder writes a graph file's values. Errors of writing are kept by
// the bufio.Writer, for Flush to return.
type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) byte(p *uint8)    { e.w.WriteByte(*p) }
func (e *encoder) uint32(p *uint32) { e.w.Write(binary.BigEndian.AppendUint32(e.buf[:0], *p)) }
func (e *encoder) uint(p *int)      { e.w.Write(binary.AppendUvarint(e.buf[:0], uint64(*p))) }
func (e *encoder) int64(p *int64)   { e.w.Write(binary.AppendVarint(e.buf[:0], *p)) }
func (e *encoder) decoding() bool   { return false }
func (e *encoder) failed() bool     { return false }
func (e *encoder) check(error)      {}
func (e *encoder) string(p *string) { n := len(*p); e.uint(&n); e.w.WriteString(*p) }
func (e *encoder) float(p *float64) {
	e.w.Write(binary.BigEndian.AppendUint64(e.buf[:0], math.Float64bits(*p)))
}
func (e *encoder) time(p *time.Time) { e.bytes(timeBytes(*p)) }

func (e *encoder) bytes(b []byte) {
	n := len(b)
	e.uint(&n)
	e.w.Write(b)
}

// timeBytes returns t as time.Time.MarshalBinary gives it, which keeps its
// offset from UTC; none for the zero Time.
func timeBytes(t time.Time) []byte {
	if t.IsZero() {
		return nil
	}
	b, err := t.MarshalBinary()
	if err != nil {
		// An offset that is not a whole minute from before 1900: keep
		// the instant.
		b, _ = t.UTC().MarshalBinary()
	}
	return b
}

// A decoder reads a graph file's values, and the checksum of the bytes it
// has read.
type decoder struct {
	r   *bufio.Reader
	sum uint32 // CRC-32C of the bytes read so far
	n   int64  // bytes read so far
	err error  // the first error
	buf [8]byte
}

func newDecoder(r io.Reader) *decoder { return &decoder{r: bufio.NewReaderSize(r, 64<<10)} }

// fail records err, the first error, wrapped in ErrCorrupt.
func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at byte %d: %s", ErrCorrupt, d.n, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) decoding() bool { return true }
func (d *decoder) failed() bool   { return d.err != nil }

func (d *decoder) check(err error) {
	if err != nil {
		d.fail("%v", err)
	}
}

// ReadByte reads one byte, for binary.ReadUvarint.
func (d *decoder) ReadByte() (byte, error) {
	if d.err != nil {
		return 0, d.err
	}
	b, err := d.r.ReadByte()
	if err != nil {
		d.truncated(err)
		return 0, d.err
	}
	d.buf[0] = b
	d.sum = crc32.Update(d.sum, castagnoli, d.buf[:1])
	d.n++
	return b, nil
}

// truncated records the error of reading: the end of the file is a file
// cut short.
func (d *decoder) truncated(err error) {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		d.fail("cut short (unexpected end of file)")
		return
	}
	if d.err == nil {
		d.err = fmt.Errorf("provenance: reading graph file: %w", err)
	}
}

// read returns the next n bytes, in memory of their own, or nil after an
// error. The memory grows with the bytes read, not with n.
func (d *decoder) read(n int) []byte {
	const chunk = 1 << 20
	if d.err != nil {
		return nil
	}
	b := make([]byte, 0, min(n, chunk))
	for len(b) < n {
		k := min(n-len(b), chunk)
		b = slices.Grow(b, k)
		m, err := io.ReadFull(d.r, b[len(b):len(b)+k])
		b = b[:len(b)+m]
		if err != nil {
			d.n += int64(len(b))
			d.truncated(err)
			return nil
		}
	}
	d.sum = crc32.Update(d.sum, castagnoli, b)
	d.n += int64(n)
	return b
}

// fixed returns the next n bytes, n at most 8, in the decoder's buffer, or
// nil after an error.
func (d *decoder) fixed(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := d.buf[:n]
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.truncated(err)
		return nil
	}
	d.sum = crc32.Update(d.sum, castagnoli, b)
	d.n += int64(n)
	return b
}

func (d *decoder) byte(p *uint8) {
	*p, _ = d.ReadByte()
}

func (d *decoder) uint32(p *uint32) {
	*p = 0
	if b := d.fixed(4); b != nil {
		*p = binary.BigEndian.Uint32(b)
	}
}

func (d *decoder) uint(p *int) {
	*p = 0
	v, err := binary.ReadUvarint(d)
	switch {
	case d.err != nil:
	case err != nil:
		d.fail("%v", err)
	case v > maxFileInt:
		d.fail("number %d too large", v)
	default:
		*p = int(v)
	}
}

func (d *decoder) int64(p *int64) {
	*p = 0
	v, err := binary.ReadVarint(d)
	switch {
	case d.err != nil:
	case err != nil:
		d.fail("%v", err)
	default:
		*p = v
	}
}

func (d *decoder) float(p *float64) {
	*p = 0
	if b := d.fixed(8); b != nil {
		*p = math.Float64frombits(binary.BigEndian.Uint64(b))
	}
}

func (d *decoder) string(p *string) {
	*p = ""
	var n int
	d.uint(&n)
	if n > maxFileString {
		d.fail("string of %d bytes", n)
	}
	if b := d.read(n); len(b) > 0 {
		*p = string(b)
	}
}

func (d *decoder) time(p *time.Time) {
	*p = time.Time{}
	var n int
	d.uint(&n)
	if n > 64 {
		d.fail("time of %d bytes", n)
	}
	b := d.read(n)
	if len(b) == 0 {
		return
	}
	if err := p.UnmarshalBinary(b); err != nil {
		d.fail("time: %v", err)
	}
}

// header reads the magic bytes, the version and the options of a graph
// file.
func (d *decoder) header() (Options, error) {
	magic := make([]byte, len(graphMagic))
	if _, err := io.ReadFull(d.r, magic); err != nil || string(magic) != graphMagic {
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return Options{}, fmt.Errorf("provenance: reading graph file: %w", err)
		}
		return Options{}, ErrNotGraph
	}
	d.sum = crc32.Update(d.sum, castagnoli, magic)
	d.n += int64(len(magic))
	var version int
	d.uint(&version)
	if d.err != nil {
		return Options{}, d.err
	}
	if version != GraphVersion {
		return Options{}, fmt.Errorf("%w: the file is of version %d; this version of quotetrace reads version %d", ErrVersion, version, GraphVersion)
	}
	var (
		threshold float64
		gap       int64
	)
	d.float(&threshold)
	d.int64(&gap)
	if d.err != nil {
		return Options{}, d.err
	}
	return Options{Threshold: threshold, MaxGap: time.Duration(gap)}, nil
}

// end reads the checksum that ends a graph file and checks it, and that
// nothing follows; it returns the first error of the decoder.
func (d *decoder) end() error {
	if d.err != nil {
		return d.err
	}
	want := d.sum
	var b [4]byte
	if _, err := io.ReadFull(d.r, b[:]); err != nil {
		d.truncated(err)
		return d.err
	}
	d.n += 4
	if got := binary.BigEndian.Uint32(b[:]); got != want {
		d.fail("checksum %08x, want %08x", got, want)
		return d.err
	}
	if _, err := d.r.ReadByte(); err != io.EOF {
		if err != nil {
			d.truncated(err)
		} else {
			d.fail("data after the end of the graph")
		}
		return d.err
	}
	return nil
}

// A countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
