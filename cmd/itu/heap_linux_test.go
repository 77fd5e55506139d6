package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestHugeBlock checks that the block reserveHeap lets go of is advised to
// be backed by huge pages, all of it (its mapping's VmFlags in
// /proc/self/smaps hold "hg"), and that GODEBUG=disablethp=1 turns the
// advice off.
func TestHugeBlock(t *testing.T) {
	thp, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(thp), "[never]") {
		t.Skip("transparent huge pages are off here")
	}
	b := hugeBlock(8 << 20)
	if b == nil {
		t.Fatal("hugeBlock = nil; want the block, advised")
	}
	start := uintptr(unsafe.Pointer(&b[0]))
	if flags := vmFlags(t, start, start+uintptr(len(b))); !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("VmFlags of the block's mapping = %q; want hg (MADV_HUGEPAGE)", flags)
	}
	t.Setenv("GODEBUG", "disablethp=1")
	if b := hugeBlock(8 << 20); b != nil {
		t.Errorf("with GODEBUG=disablethp=1, hugeBlock = %d bytes; want nil", len(b))
	}
}

// vmFlags returns the VmFlags of the one mapping in /proc/self/smaps that
// holds the addresses from start to end, failing when none does.
func vmFlags(t *testing.T, start, end uintptr) string {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= start && end <= hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:"))
		}
	}
	t.Fatalf("no mapping in /proc/self/smaps holds %#x-%#x", start, end)
	return ""
}
