//go:build linux || darwin

package bench

import "syscall"

// RaiseOpenFiles raises the process's limit of open files as far as it is
// allowed: the soft limit to the hard one, and both to want when the
// process may (root, or CAP_SYS_RESOURCE). It returns the limit in force.
func RaiseOpenFiles(want uint64) (uint64, error) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim) // the limit is read back below
	}
	if lim.Cur < want {
		raised := syscall.Rlimit{Cur: want, Max: max(want, lim.Max)}
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &raised) // refused without the privilege
	}
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	return lim.Cur, nil
}
