package testnode

import "syscall"

// sysProcAttr makes the kernel kill a node when the test binary dies
// (a test timeout's panic runs no cleanup), so no server outlives its test.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
