package httpapi

import (
	"bytes"
	_ "embed"
	"net/http"

	"github.com/winnowtext/winnow/internal/report"
)

// reportCSP lets a report style itself and nothing else: no script runs
// and nothing loads, whatever the page held.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

// serveExplain answers the explain report of the posted page: a whole
// document, or with fragment=1 the report's style and sections alone, for
// the page of GET / to put in place.
func (h *Handler) serveExplain(w http.ResponseWriter, r *http.Request) {
	res, ok := h.extract(w, r, false)
	if !ok {
		return
	}
	source := r.URL.Query().Get("url")
	if source == "" {
		source = "posted page"
	}
	var buf bytes.Buffer
	var err error
	if r.URL.Query().Get("fragment") == "1" {
		if err = report.WriteStyle(&buf); err == nil {
			err = report.WritePage(&buf, report.Page{Source: source, Result: res})
		}
	} else {
		err = report.Write(&buf, "winnow explain: "+source, report.Page{Source: source, Result: res})
	}
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Write(buf.Bytes())
}

//go:embed page.html
var pageHTML []byte

//go:embed app.js
var appJS []byte

// pageCSP allows the page its own script and style and requests to its
// own server, nothing from elsewhere.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

func servePage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", pageCSP)
	w.Write(pageHTML)
}

func serveScript(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Write(appJS)
}
