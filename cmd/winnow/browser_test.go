package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/httpapi"
	"golang.org/x/net/html"
)

// The browser tests load the explain report and the page of `winnow serve`
// in headless Chromium. The page under test runs a self-check script that
// writes what it sees into the DOM (the blocks shown, the counts, what the
// switch hides), and Chromium's --dump-dom hands that DOM back; a second
// run saves a screenshot. Without Chromium the tests skip.

// chromiumPath finds a Chromium, or skips the test saying how to get one.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("WINNOW_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("headless Chromium not found: install it (Debian: apt-get install -y chromium) or set WINNOW_CHROMIUM to its path")
	return ""
}

// chromium runs headless Chromium on url with extra flags and returns its
// standard output.
func chromium(t *testing.T, bin, url string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1200,1600", "--virtual-time-budget=15000",
	}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", flags, err, stderr.String())
	}
	return stdout.Bytes()
}

// screenshot saves a screenshot of url under the directory named by
// $WINNOW_SCREENSHOTS, else the system's temporary one, and checks that it
// is a picture of the window's size.
func screenshot(t *testing.T, bin, url, name string) {
	t.Helper()
	dir := os.Getenv("WINNOW_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "winnow-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path, err := filepath.Abs(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	chromium(t, bin, url, "--screenshot="+path, "--hide-scrollbars")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1200 || cfg.Height != 1600 {
		t.Fatalf("screenshot %s: %v %dx%d", path, err, cfg.Width, cfg.Height)
	}
	t.Logf("screenshot: %s", path)
}

// selfCheck is the script that reports what the browser shows of a report
// in document doc: the blocks and counts, and which blocks are visible
// before and after a click on the switch. It writes JSON into a <pre
// id="selfcheck"> of the document it runs in.
const selfCheck = `
function winnowCheck(doc) {
  const all = (s) => Array.from(doc.querySelectorAll(s));
  const visible = (els) => els.filter((el) => el.getClientRects().length > 0).length;
  const kept = all(".block.kept"), dropped = all(".block.dropped");
  const r = {
    kept: kept.length, dropped: dropped.length,
    shownKept: Number(doc.querySelector(".count-kept").textContent),
    shownDropped: Number(doc.querySelector(".count-dropped").textContent),
    legend: all(".legend-reason b").reduce((n, b) => n + Number(b.textContent), 0),
    visibleKept: visible(kept), visibleDropped: visible(dropped),
  };
  doc.getElementById("hide-dropped").click();
  r.hiddenVisibleKept = visible(kept);
  r.hiddenVisibleDropped = visible(dropped);
  doc.getElementById("hide-dropped").click();
  r.shownAgainDropped = visible(dropped);
  return r;
}
function winnowReport(r) {
  const pre = document.createElement("pre");
  pre.id = "selfcheck";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
}
`

// checkResult is what selfCheck reports.
type checkResult struct {
	Error                                   string
	Kept, Dropped, ShownKept, ShownDropped  int
	Legend, VisibleKept, VisibleDropped     int
	HiddenVisibleKept, HiddenVisibleDropped int
	ShownAgainDropped                       int
}

// readCheck finds the self-check's JSON in a dumped DOM.
func readCheck(t *testing.T, dom []byte) checkResult {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "pre" {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == "selfcheck" && n.FirstChild != nil {
					found = n.FirstChild.Data
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == "" {
		t.Fatalf("the page did not report its self-check; DOM:\n%.2000s", dom)
	}
	var r checkResult
	if err := json.Unmarshal([]byte(found), &r); err != nil {
		t.Fatalf("self-check %q: %v", found, err)
	}
	if r.Error != "" {
		t.Fatalf("self-check failed in the page: %s", r.Error)
	}
	return r
}

// compareCheck compares what the browser showed with the result.
func compareCheck(t *testing.T, r checkResult, res *extract.Result) {
	t.Helper()
	kept, dropped := 0, 0
	for _, b := range res.Blocks {
		if b.Kept {
			kept++
		} else {
			dropped++
		}
	}
	if kept == 0 || dropped == 0 {
		t.Fatalf("the test page should have kept and dropped blocks: %d, %d", kept, dropped)
	}
	want := checkResult{
		Kept: kept, Dropped: dropped, ShownKept: kept, ShownDropped: dropped, Legend: dropped,
		VisibleKept: kept, VisibleDropped: dropped,
		HiddenVisibleKept: kept, HiddenVisibleDropped: 0, ShownAgainDropped: dropped,
	}
	if r != want {
		t.Errorf("the browser shows\n%+v\nwant\n%+v", r, want)
	}
}

func readerPage(t *testing.T) (path string, raw []byte) {
	t.Helper()
	path = filepath.Join("..", "..", "extract", "testdata", "html", "reader.html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, raw
}

// TestBrowserReport writes the report of a page with the command, as
// `winnow -explain -format html PAGE > report.html` does, and loads it.
func TestBrowserReport(t *testing.T) {
	bin := chromiumPath(t)
	const pageURL = "https://ledger.example/features/2025/orchards"
	page, raw := readerPage(t)
	r := runCLI(t, "", "-quiet", "-explain", "-format", "html", "-url", pageURL, page)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// The command's options for one page: a fresh site memory.
	res, err := extract.FromBytes(raw, extract.Options{URL: pageURL, Detector: boilerplate.NewDetector()})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	if err := os.WriteFile(report, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same report with the self-check run at its end.
	check := filepath.Join(dir, "check.html")
	script := "<script>" + selfCheck + "winnowReport(winnowCheck(document));</script>"
	if err := os.WriteFile(check, []byte(r.stdout+script), 0o644); err != nil {
		t.Fatal(err)
	}
	compareCheck(t, readCheck(t, chromium(t, bin, "file://"+check, "--dump-dom")), res)
	screenshot(t, bin, "file://"+report, "report.png")
}

// TestBrowserServe loads the page of `winnow serve` in a frame of a test
// page on the same server, pastes a page into it, presses Explain, waits
// for the report and checks it.
func TestBrowserServe(t *testing.T) {
	bin := chromiumPath(t)
	const pageURL = "https://ledger.example/features/2025/orchards"
	_, raw := readerPage(t)
	cfg := httpapi.Config{}
	res, err := extract.FromBytes(raw, extract.Options{URL: pageURL, ContentType: "text/html; charset=utf-8"})
	if err != nil {
		t.Fatal(err)
	}

	pageJSON, _ := json.Marshal(string(raw))
	harness := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>winnow serve check</title>
<style>body{margin:0} iframe{border:0;width:1200px;height:1600px}</style></head><body>
<iframe id="app" src="/"></iframe>
<script>` + selfCheck + `
const frame = document.getElementById("app");
frame.addEventListener("load", () => {
  const doc = frame.contentDocument;
  doc.getElementById("page").value = ` + string(pageJSON) + `;
  doc.getElementById("url").value = "` + pageURL + `";
  doc.getElementById("run").click();
  const start = Date.now();
  (function wait() {
    if (doc.querySelector("#report section.page")) {
      const r = winnowCheck(doc);
      r.status = doc.getElementById("status").textContent;
      winnowReport(r);
    } else if (Date.now() - start > 10000) {
      winnowReport({error: "no report after 10s; status: " + doc.getElementById("status").textContent});
    } else {
      setTimeout(wait, 50);
    }
  })();
});
</script></body></html>`
	mux := http.NewServeMux()
	mux.Handle("/", httpapi.New(cfg))
	mux.HandleFunc("GET /test/harness", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, harness)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	check := readCheck(t, chromium(t, bin, base+"/test/harness", "--dump-dom"))
	compareCheck(t, check, res)
	screenshot(t, bin, base+"/test/harness", "serve.png")
	if !strings.Contains(string(chromium(t, bin, base+"/", "--dump-dom")), `id="page"`) {
		t.Error("the served page has no text area")
	}
}
