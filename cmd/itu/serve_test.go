package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServe runs "itu serve" on a free loopback port, checks a payload
// through it, then stops it with SIGTERM: it exits 0 after logging each
// request as a JSON line.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", "127.0.0.1:0", "--grace", "5s")
	cmd.Dir = repoRoot
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	var url string
	for url == "" && lines.Scan() {
		var m map[string]any
		if json.Unmarshal(lines.Bytes(), &m) == nil && m["msg"] == "listening" {
			url, _ = m["url"].(string)
		}
	}
	if url == "" {
		cmd.Process.Kill()
		t.Fatalf("itu serve printed no listening line: %v", lines.Err())
	}
	payload, err := os.Open(filepath.Join(repoRoot, "examples", "testdata", "valid", "korea-2021-letter.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer payload.Close()
	resp, err := http.Post(url+"/v1/validate", "application/json", payload)
	if err != nil {
		cmd.Process.Kill()
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"valid": true`) {
		t.Errorf("POST /v1/validate: %d\n%s", resp.StatusCode, body)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("itu serve after SIGTERM: %v\n%s", err, rest.String())
	}
	log := rest.String()
	for _, want := range []string{`"msg":"request"`, `"method":"POST"`, `"path":"/v1/validate"`, `"status":200`, `"msg":"stopped"`} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %s:\n%s", want, log)
		}
	}
}

// TestServeUsage checks that serve refuses bad flags and an address it
// cannot listen on with exit status 2.
func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--max-in-flight", "0"},
		{"serve", "--addr", "256.0.0.1:http"},
	} {
		if r := runBin(t, nil, args...); r.code != exitUsage || !strings.HasPrefix(r.stderr, "itu serve") {
			t.Errorf("itu %v: exit %d, stderr %q; want 2 and one line", args, r.code, r.stderr)
		}
	}
}
