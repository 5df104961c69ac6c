//go:build !unix

package bigtext

import "time"

// cpuTime returns 0: the processor time is read on Unix only.
func cpuTime() time.Duration { return 0 }
