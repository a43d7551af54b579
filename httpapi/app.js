// The explain page: sends the pasted or dropped page to POST /explain and
// shows the report it answers. A dropped file is sent as its bytes, so
// that the server detects its encoding.
"use strict";

(function () {
  const form = document.getElementById("form");
  const page = document.getElementById("page");
  const drop = document.getElementById("drop");
  const status = document.getElementById("status");
  const report = document.getElementById("report");
  let file = null; // the dropped file, until the text is edited

  function say(msg, isError) {
    status.textContent = msg;
    status.className = isError ? "error" : "";
  }

  page.addEventListener("input", function () { file = null; });

  drop.addEventListener("dragover", function (e) {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", async function (e) {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer.files[0];
    if (!f) {
      return;
    }
    file = f;
    page.value = await f.text();
    say("Dropped " + f.name + " (" + f.size + " bytes).", false);
    form.requestSubmit();
  });

  form.addEventListener("submit", async function (e) {
    e.preventDefault();
    const body = file || page.value;
    if (!file && page.value.trim() === "") {
      say("Paste a page or drop a file first.", true);
      return;
    }
    const q = new URLSearchParams({ fragment: "1" });
    const url = document.getElementById("url").value.trim();
    const input = document.getElementById("input").value;
    if (url) {
      q.set("url", url);
    }
    if (input) {
      q.set("input", input);
    }
    // Pasted text is UTF-8 whatever its <meta charset> says; its kind is
    // the one chosen, else HTML when it starts with markup. A dropped file
    // goes with the type the browser gives it, and the server decides.
    const headers = {};
    if (!file) {
      let kind = input;
      if (!kind) {
        kind = page.value.trimStart().startsWith("<") ? "html" : "text";
      }
      headers["Content-Type"] = (kind === "text" ? "text/plain" : "text/html") + "; charset=utf-8";
    }
    say("Extracting…", false);
    try {
      const resp = await fetch("/explain?" + q.toString(), { method: "POST", body: body, headers: headers });
      const text = await resp.text();
      if (!resp.ok) {
        let msg = text;
        try { msg = JSON.parse(text).error; } catch (err) { /* not JSON */ }
        say("Error " + resp.status + ": " + msg, true);
        return;
      }
      // The report is the server's own escaped markup, with no script.
      report.innerHTML = text;
      const section = report.querySelector("section.page");
      say(section ? section.dataset.kept + " blocks kept, " + section.dataset.dropped + " dropped." : "Done.", false);
    } catch (err) {
      say("Request failed: " + err, true);
    }
  });
})();
