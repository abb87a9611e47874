package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseStartupCode unmaps the pages of the program's own file (its code
// and read-only data) mapped so far, marks those mappings as read at
// random, and returns how many bytes of mappings it went over.
//
// A server's peak resident memory (VmHWM) counts these pages (RssFile)
// beside Go's and SQLite's memory: 42-47 MB of the 102-109 MB peak on
// SQLite (docs/performance.md, "Memory"). Starting runs the initialisation
// of every package linked in (the S3 and GCS SDKs, ent's and gqlgen's code
// generators that ent/schema brings along through entgql, atlas's MySQL
// driver...), and the kernel maps up to 64 KiB of the file around every
// page touched ("fault-around"), so a started server held about 37 MB of
// the binary, most of which serving never reads again. The pages are clean
// copies of the file: what serving runs is mapped again at its first use,
// from the kernel's page cache (a minor fault, no disk read). MADV_RANDOM
// then maps one page per fault instead of the 64 KiB around it: under the
// mixed benchmark the binary's share of the peak fell from 42-45 MB to
// 33-36 MB. Writable mappings (the program's variables) are left alone.
func releaseStartupCode() int64 {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return 0
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0
	}
	defer f.Close()
	var released int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[5] != exe || strings.Contains(fields[1], "w") {
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		// The raw calls: syscall.Madvise wants a []byte, which memory
		// outside Go's heap becomes only through unsafe.
		addr, size := uintptr(start), uintptr(end-start)
		syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_RANDOM)
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_DONTNEED); errno == 0 {
			released += int64(size)
		}
	}
	return released
}
