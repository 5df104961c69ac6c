package quote

import (
	"iter"
	"slices"
)

// A chunkList holds values appended one at a time, in arrays (chunks) that
// double in size from minChunk values up to maxChunk. Unlike a slice grown
// by appending, it never copies the values it holds, leaves no garbage
// arrays behind, and has at most one chunk's room unused: the lists of a
// parse whose length is only known at its end (the quotations, the
// unpaired marks) are kept in it, and copied once into a slice of exactly
// their length.
type chunkList[T any] struct {
	list [][]T
	n    int
}

const (
	minChunk = 16
	maxChunk = 4096
)

// add appends v.
func (c *chunkList[T]) add(v T) {
	k := len(c.list)
	if k == 0 || len(c.list[k-1]) == cap(c.list[k-1]) {
		size := maxChunk
		if k < 8 { // minChunk << 8 = maxChunk
			size = minChunk << k
		}
		c.list = append(c.list, make([]T, 0, size))
		k++
	}
	c.list[k-1] = append(c.list[k-1], v)
	c.n++
}

// len returns the number of values.
func (c *chunkList[T]) len() int { return c.n }

// all yields a pointer to each value, in the order they were added. The
// values do not move while c grows.
func (c *chunkList[T]) all() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for _, ch := range c.list {
			for i := range ch {
				if !yield(&ch[i]) {
					return
				}
			}
		}
	}
}

// appendTo appends the values to dst, in the order they were added, and
// empties c, so that its chunks can be collected.
func (c *chunkList[T]) appendTo(dst []T) []T {
	for i, ch := range c.list {
		dst = append(dst, ch...)
		c.list[i] = nil
	}
	*c = chunkList[T]{}
	return dst
}

// sortFunc sorts the values by cmp, in one chunk.
func (c *chunkList[T]) sortFunc(cmp func(a, b T) int) {
	if len(c.list) == 0 {
		return
	}
	all := c.appendTo(make([]T, 0, c.n))
	slices.SortFunc(all, cmp)
	*c = chunkList[T]{list: [][]T{all}, n: len(all)}
}
