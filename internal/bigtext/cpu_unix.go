//go:build unix

package bigtext

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used, in user and
// system mode, or 0 when it cannot be read.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
