package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
)

// regionTests are minimal pages for each way the segmenter must agree with
// HTML5 tree construction on what is text and where an element ends. want
// lists every block of the result in order: its text, after "[reason] "
// for the blocks of controls, which are dropped from the start.
var regionTests = []struct {
	name, page string
	want       []string
}{
	// Buttons.
	{"a button label is a dropped block of its own",
		`<p>Some text.</p><button>Subscribe</button><p>More text.</p>`,
		[]string{"Some text.", "[interface] Subscribe", "More text."}},
	{"a button inside a paragraph does not split it",
		`<p>Press <button>this</button> to go on.</p>`,
		[]string{"Press to go on.", "[interface] this"}},
	{"a button left open ends with its parent",
		`<div><button>Share</a></div><p>The article goes on here.</p>`,
		[]string{"[interface] Share", "The article goes on here."}},
	{"a button ends at the next button",
		`<div><button>One</a><button>Two</a></div><p>After both.</p>`,
		[]string{"[interface] One", "[interface] Two", "After both."}},
	{"a stray end tag does not end a button",
		`<div><button>Label</span> more</button>Tail</div>`,
		[]string{"[interface] Label more", "Tail"}},
	{"an end paragraph tag does not end a button",
		`<p>Text <button>Label</p> more</button> tail</p>`,
		[]string{"Text tail", "[interface] Label more"}},
	{"a self-closed button is open",
		`<div><button/>Label</div><p>After.</p>`,
		[]string{"[interface] Label", "After."}},
	{"a script in a button is not text",
		`<div><button><script>var x = 1;</script>Go</button></div>`,
		[]string{"[interface] Go"}},
	{"an empty script in a button hides nothing",
		`<div><button><script></script><style></style>Go</button></div>`,
		[]string{"[interface] Go"}},

	// SVG and MathML.
	{"an SVG title is a dropped block",
		`<p>Share on <svg><title>Network</title><path d="M0"/></svg> today.</p>`,
		[]string{"Share on today.", "[interface] Network"}},
	{"HTML breaks out of an unclosed SVG",
		`<div><svg><path d="M0"><p>The article starts here.</p></div>`,
		[]string{"The article starts here."}},
	{"an end tag outside ends an unclosed SVG",
		`<p><span><svg><path d="M0"></span> and the sentence goes on.</p>`,
		[]string{"and the sentence goes on."}},
	{"an SVG left open in a button ends with the button's parent",
		`<div><button><svg><path d="M0"></span>Menu</div><p>After.</p>`,
		[]string{"[interface] Menu", "After."}},
	{"an end tag from outside does not reach into foreignObject",
		`<div><svg><foreignObject><p>In</div>side</p></foreignObject></svg>After</div>`,
		[]string{"[interface] Inside", "After"}},
	{"an SVG style sheet is not text",
		`<svg><style>.a{fill:red}</style><text>Label</text></svg>`,
		[]string{"[interface] Label"}},
	{"a CDATA section in SVG is text",
		`<svg><text><![CDATA[Chart label]]></text></svg><p>After.</p>`,
		[]string{"[interface] Chart label", "After."}},
	{"a CDATA section in HTML is a comment",
		`<p>A<![CDATA[hidden]]>B</p>`,
		[]string{"AB"}},
	{"HTML in foreignObject stays inside the SVG",
		`<svg><foreignObject><p>Inside</p></foreignObject></svg><p>After.</p>`,
		[]string{"[interface] Inside", "After."}},
	{"MathML is a dropped block",
		`<p>Let <math><mi>x</mi><mo>=</mo><mn>2</mn></math> be given.</p>`,
		[]string{"Let be given.", "[interface] x=2"}},

	// Media elements hold fallback content, and whatever a broken tag
	// leaves inside them.
	{"a video whose tag lost its end swallows its parent's rest",
		`<div><video src="a.mp4" </video><p>The article text.</p></div>`,
		[]string{"The article text."}},
	{"fallback content of media is text",
		`<object data="a.swf"><p>Get the plugin.</p></object><audio><p>No audio.</p></audio>` +
			`<canvas>A chart.</canvas><picture><source srcset="a.webp"><img src="a.jpg"></picture>`,
		[]string{"Get the plugin.", "No audio.", "A chart."}},
	{"embed is void",
		`<p>Before.</p><embed src="a.swf"><p>After.</p>`,
		[]string{"Before.", "After."}},

	// Raw text and RCDATA.
	{"iframe content is a hidden block",
		`<p>Before.</p><iframe src="x">Your browser</iframe><p>After.</p>`,
		[]string{"Before.", "[hidden] Your browser", "After."}},
	{"textarea content is a dropped block",
		`<form><textarea>Write &amp; send</textarea></form><p>After.</p>`,
		[]string{"[interface] Write & send", "After."}},
	{"noembed and noframes content is a hidden block",
		`<noembed><p>Get a plugin</p></noembed><frameset><noframes>Old browsers</noframes></frameset><p>After.</p>`,
		[]string{"[hidden] <p>Get a plugin</p>", "[hidden] Old browsers", "After."}},
	{"a self-closed script is open",
		`<script/>var a = "not text";</script><p>After.</p>`,
		[]string{"After."}},
	{"a template is a scope of its own",
		`<div><template><p>Not shown</p></div></template><p>After.</p></div>`,
		[]string{"After."}},

	// The head.
	{"an inline element ends the head",
		`<head><title>T</title><span>Lead line</span></head><p>Body.</p>`,
		[]string{"Lead line", "Body."}},
	{"text ends the head",
		`<head><meta charset="utf-8">Stray text<p>Body.</p>`,
		[]string{"Stray text", "Body."}},
	{"a title after the head is in the head",
		`<head><title>T</title></head> <title>Also the head</title><body><p>Body.</p>`,
		[]string{"Body."}},
	{"a head after the body starts is ignored",
		`<body><p>One.</p><head><span>Two</span></body>`,
		[]string{"One.", "Two"}},
	{"noframes in the head is not text",
		`<head><noframes>Old browsers</noframes></head><p>Body.</p>`,
		[]string{"Body."}},
	{"a title in the body is text",
		`<body><div>Intro</div><title>Body title</title></body>`,
		[]string{"Intro", "Body title"}},

	// Stray end tags.
	{"an end paragraph tag with none open separates text",
		`<div>one</p>two</div>`,
		[]string{"one", "two"}},
	{"an end br tag is a line break",
		`<p>one</br>two</p>`,
		[]string{"one\ntwo"}},
}

// describeBlocks renders blocks as regionTests' want lists them.
func describeBlocks(blocks []boilerplate.Block) []string {
	var out []string
	for _, b := range blocks {
		switch b.Tag {
		case "button", "svg", "math", "iframe", "textarea", "datalist", "noembed", "noframes":
			out = append(out, "["+string(b.Reason)+"] "+b.Text)
		default:
			out = append(out, b.Text)
		}
	}
	return out
}

func TestRegions(t *testing.T) {
	for _, tt := range regionTests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := describeBlocks(res.Blocks)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("%s\n got %q\nwant %q", tt.page, got, tt.want)
			}
			for i, b := range res.Blocks {
				if b.Features.Position != i {
					t.Errorf("block %d has Position %d", i, b.Features.Position)
				}
			}
			if c, ok := measureCoverage([]byte(tt.page)); ok && c.found < c.want {
				t.Errorf("%d of %d visible letters in blocks; missing %q", c.found, c.want, c.missing)
			}
			// The walk of a parsed tree goes through the same regions.
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			res, err = FromNode(doc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := visibleLetters(nil, doc)
			if found, _ := coverage(want, blockLetters(res.Blocks)); found < len(want) {
				t.Errorf("FromNode: %d of %d visible letters in blocks: %q", found, len(want), describeBlocks(res.Blocks))
			}
		})
	}
}
