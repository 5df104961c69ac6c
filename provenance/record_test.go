package provenance

import (
	"testing"
	"unsafe"
)

// A Graph keeps a record a quotation, millions of them for a large
// corpus: its size stays within the allocator's size class of 224 bytes,
// as its documentation says.
func TestRecordSize(t *testing.T) {
	if n := unsafe.Sizeof(record{}); n > 224 {
		t.Errorf("a record takes %d bytes, more than 224", n)
	}
}
