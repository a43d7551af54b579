package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReaderViewShapes runs synthetic pages in the shapes a reader-view
// test set holds (a short blog post; an article with lists, a quotation,
// code, a table, sub-headings, a pull quote and footnotes; text straight
// in the body or in bare divs; <br><br> paragraphs; an article split by an
// advertisement and a newsletter box; pages in other languages and
// scripts; tables of downloads whose cells are links, in a long article
// and in a one-paragraph release note; code samples
// announced by short lines) and checks that every piece of the article
// is kept and the page's chrome is not. The pages are under
// testdata/readerview.
func TestReaderViewShapes(t *testing.T) {
	tests := []readerShape{
		{"blog_short.html", []string{
			"I got up before sunrise and walked down to the water.",
			"The lake was still, and a heron stood in the reeds near the dock.",
			"I stayed until the fog lifted, then went home for coffee.",
		}, []string{"Archive", "© 2024 Pine Notes"}},
		{"rich_article.html", []string{
			"For years our build was a pile of shell scripts",
			"Why the scripts had to go",
			"A clean build took eleven minutes.",
			"Nobody could run it on a laptop.",
			"If the build is hard to run, people stop running it",
			"cfg := load(\"build.toml\")",
			"Each step reports its time, so slow steps are easy to find.",
			"We deleted four thousand lines of shell and nobody missed them.",
			"Timings before and after",
			"Compile", "6 min", "20 s",
			"Write the migration plan down before starting.",
			"Keep the old scripts running in parallel for a month.",
			"Overall the move paid for itself within a quarter",
			"Timings are medians over fifty runs on the same machine.",
		}, []string{"Popular posts", "Ten tips for faster tests", "Privacy"}},
		{"body_text.html", []string{
			"My first loaf was flat and sour, but it taught me more than any book did.",
			"The starter needs a warm spot and regular feeding, twice a day at first.",
			"After a week it doubled in four hours, and the bread finally rose.",
		}, nil},
		{"bare_divs.html", []string{
			"The radio came from my grandfather's attic, covered in dust and missing a knob.",
			"Inside, two capacitors had leaked and one tube was cracked.",
			"Replacing the capacitors took an evening.",
			"When I switched it on, it hummed for a minute",
		}, []string{"Projects", "me@example.org"}},
		{"br_paragraphs.html", []string{
			"We finally moved into the new flat today.",
			"Our neighbours helped with the sofa",
			"By evening the kitchen was unpacked",
			"Tomorrow: curtains, the bookshelf, and finding the box with the kettle.",
		}, []string{"2 comments"}},
		{"split_ads.html", []string{
			"The city council voted seven to two on Tuesday",
			"Supporters said the lanes would make cycling safer",
			"The plan removes forty parking spaces",
			"Council member Ruth Alvarez, who voted against the plan",
			"The lanes will cost about two million dollars",
		}, []string{"Advertisement", "Sign up for our newsletter", "More stories", "Heat wave expected"}},
		{"german.html", []string{
			"Honigbienen überwintern als Volk.",
			"Die Bienen im Inneren zittern mit ihren Flugmuskeln",
			"Im Kern der Traube bleibt es dadurch selbst bei Frost etwa zwanzig Grad warm.",
			"Die Tiere am Rand wechseln regelmäßig mit denen in der Mitte",
		}, []string{"Impressum", "Startseite"}},
		{"chinese.html", []string{
			"泡茶的第一步是选水。",
			"绿茶用八十度左右的水",
			"第一泡不要太久",
		}, []string{"版权所有"}},
		{"nested_divs.html", []string{
			"Lorem ipsum dolor sit amet, consectetur adipisicing elit",
			"Duis aute irure dolor in reprehenderit",
			"Excepteur sint occaecat cupidatat non proident",
			"Sed ut perspiciatis unde omnis iste natus error",
		}, nil},
		{"font_tags.html", []string{
			"Lorem ipsum dolor sit amet, consectetur adipisicing elit",
			"Ut enim ad minim veniam, quis nostrud exercitation",
			"Duis aute irure dolor in reprehenderit",
		}, nil},
		{"download_table.html", []string{
			"Version 4.2 fixes the crash on startup",
			"Platform", "Download", "Size",
			"Linux", "app-4.2-linux.tar.gz", "12 MB",
			"Windows", "app-4.2.msi", "14 MB",
			"The release also speeds up loading of large projects",
		}, []string{"Archive", "All rights reserved"}},
		{"short_release.html", []string{
			"Version 4.2 fixes the crash on startup",
			"Download", "app-4.2-linux.tar.gz", "12 MB", "app-4.2.msi",
			"Checksums are on the checksums page.",
		}, []string{"Archive", "All rights reserved"}},
		{"code_samples.html", []string{
			"awk is enough.", "Run:", "file.txt", "Sort the result:", "sort -rn | head",
			"Output:", "42 the", "That's all.",
		}, []string{"Archive", "All rights reserved"}},
		{"poem.html", []string{
			"The crows walk the furrows,", "counting what the plough forgot.",
			"Far off a dog,", "then only snow again.",
		}, []string{"About"}},
	}
	runReaderShapes(t, filepath.Join("testdata", "readerview"), tests)
}

// readerShape is a synthetic page under testdata/readerview and what a
// reader view of it shows (want) and leaves out (notWant).
type readerShape struct {
	file    string
	want    []string // each must be in Result.Text
	notWant []string // none may be
}

// runReaderShapes extracts each page of shapes from dir and checks its text.
func runReaderShapes(t *testing.T, dir string, shapes []readerShape) {
	t.Helper()
	for _, tt := range shapes {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			res, err := FromBytes(page, Options{URL: "https://example.org/2024/06/post"})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.notWant)
		})
	}
}
