package meta

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/arena"
)

// refDecodeAll is the decoder decodeAll replaced: encoding/json's, keeping
// every member.
func refDecodeAll(s []byte) ([]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(s))
	var vals []any
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return vals, true
		}
		if err != nil {
			return vals, false
		}
		vals = append(vals, v)
	}
}

// otherMembers is the key that stands for the members of an object that
// decodeAll does not keep, in the maps prune and treeAny give.
const otherMembers = "\x00other"

// scalar stands for the numbers and booleans decodeAll does not keep.
type scalar struct{}

// prune drops from v the object members decodeAll does not keep, and the
// value of numbers and booleans, as it does.
func prune(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			if _, ok := jsonldKey([]byte(k)); ok {
				out[k] = prune(e)
			} else {
				out[otherMembers] = nil
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = prune(e)
		}
		return out
	case float64, bool:
		return scalar{}
	}
	return v
}

// treeAny returns v as prune gives it.
func treeAny(v *jsonValue) any {
	switch v.kind {
	case jsString:
		return v.str
	case jsScalar:
		return scalar{}
	case jsArray:
		out := make([]any, len(v.kids))
		for i := range v.kids {
			out[i] = treeAny(&v.kids[i])
		}
		return out
	case jsObject:
		out := map[string]any{}
		for i := range v.kids {
			k := v.kids[i]
			if k.key == keyOther {
				out[otherMembers] = nil
			} else {
				out[jsonKeyNames[k.key]] = treeAny(&k)
			}
		}
		return out
	}
	return nil
}

// anyTree returns the tree of a value prune gives.
func anyTree(v any) jsonValue {
	switch v := v.(type) {
	case string:
		return jsonValue{kind: jsString, str: v}
	case scalar:
		return jsonValue{kind: jsScalar}
	case []any:
		out := jsonValue{kind: jsArray}
		for _, e := range v {
			out.kids = append(out.kids, anyTree(e))
		}
		return out
	case map[string]any:
		out := jsonValue{kind: jsObject}
		for k, e := range v {
			m := jsonValue{}
			if k != otherMembers {
				m = anyTree(e)
				m.key, _ = jsonldKey([]byte(k))
			}
			out.kids = append(out.kids, m)
		}
		return out
	}
	return jsonValue{}
}

// checkDecodeAll fails when decodeAll and encoding/json disagree on s.
func checkDecodeAll(t *testing.T, s []byte) {
	t.Helper()
	tree, ok := decodeAll(s, new(arena.Strings), new(jsonTree))
	var got []any
	for i := range tree {
		got = append(got, treeAny(&tree[i]))
	}
	want, wantOK := refDecodeAll(s)
	var pruned []any
	for _, v := range want {
		pruned = append(pruned, prune(v))
	}
	if ok != wantOK || !reflect.DeepEqual(got, pruned) {
		t.Fatalf("decodeAll(%q) = %#v, %v; encoding/json: %#v, %v", s, got, ok, pruned, wantOK)
	}
}

// checkJSONLDMetadata fails when the metadata of script raw differs from
// what encoding/json's complete values give.
func checkJSONLDMetadata(t *testing.T, raw []byte) {
	t.Helper()
	var got, want Collector
	got.JSONLD(raw)
	var vals []jsonValue
	for _, v := range refParseJSONLD(raw) {
		vals = append(vals, anyTree(prune(v)))
	}
	want.jsonld(vals)
	g, w := got.Finish("https://example.com/a/b"), want.Finish("https://example.com/a/b")
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("JSONLD(%q):\n got %+v\nwant %+v", raw, g, w)
	}
}

// refParseJSONLD is parseJSONLD over refDecodeAll.
func refParseJSONLD(raw []byte) []any {
	if len(raw) > maxJSONLDScript {
		return nil
	}
	s := unwrapScript(raw)
	if len(s) == 0 {
		return nil
	}
	if s[0] == '&' || bytes.Contains(s, []byte("&quot;")) && !bytes.Contains(s, []byte(`"`)) {
		s = []byte(unescape(string(s)))
	}
	vals, ok := refDecodeAll(s)
	if ok {
		return vals
	}
	fixed := repairJSON(s)
	if vals2, ok := refDecodeAll(fixed); ok || len(vals2) > len(vals) {
		vals = vals2
		if ok {
			return vals
		}
	}
	wrapped := append(append([]byte{'['}, fixed...), ']')
	if vals2, ok := refDecodeAll(wrapped); ok {
		return vals2
	}
	return vals
}

var decodeCases = []string{
	``, ` `, `{}`, `[]`, `{} `, ` {}{}`, `{},{}`, `[1,2]`, `[1,2,]`, `{"a":1,}`, `{"a" 1}`, `{"a":}`, `{,}`, `[,]`,
	`1`, `1 2`, `1x`, `12]`, `"a""b"`, `"a" "b"`, `"a"{}`, `{}"a"`, `{}x`, `true`, `true false`, `truex`, `tru`, `nul`, `null`,
	`-`, `-0`, `-01`, `[-01]`, `01`, `1.`, `1.5`, `1.5e`, `1e5`, `1E+5`, `1e-400`, `1e400`, `[1e400]`, `{"x":1e400}`,
	`{"@type":"Article","offers":{"price":1e999}}`, `{"@type":"Article","offers":{"price":-1e308}}`,
	`{"a":"` + strings.Repeat("9", 400) + `"}`, `[` + strings.Repeat("9", 400) + `]`, `{"x":` + strings.Repeat("9", 400) + `}`,
	`{"x":` + strings.Repeat("9", 299) + `}`, `{"x":1` + strings.Repeat("0", 308) + `.5}`,
	`"\u0041\u00e9\ud83d\ude00"`, `"\ud800"`, `"\ud800x"`, `"\ud800\u0041"`, `"\udc00\ud800\udc00"`, `"\ud800\ud800\udc00"`,
	`"\u00zz"`, `"\x"`, `"\'"`, "\"a\nb\"", "\"a\x7fb\"", "\"\xff\xfe\"", "\"\xed\xa0\x80\"", "\"é\xc3\"", `"\/\b\f\n\r\t\\\""`,
	`"\`, `"abc`, `{"a"`, `{"a":1`, `[1`, `[`, `{`, "\ufeff{}", "\x00", "{\"a\":1}\x00",
	`{"@type":"A","@type":"B"}`, `{"\u0040type":"Article","headline":"H"}`, `{"head\u006cine":"\ud800"}`,
	`{"@id":"#a"}`, `{"@id":"#a","x":1}`, `{"@id":"#a","x":1,"y":2}`, `{"x":1,"y":{"@type":"Article"}}`,
	`{"author":{"name":"A","sameAs":["x",{"y":[1,2]}]},"image":[{"url":"u","width":1200}]}`,
	`[{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"Article","articleBody":"b"}},{"@id":"#a","name":"A"}]}]`,
	strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
	strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	`{"x":` + strings.Repeat(`{"y":`, 10000) + `1` + strings.Repeat("}", 10001),
	`{"x":` + strings.Repeat(`{"y":`, 9998) + `1` + strings.Repeat("}", 9999),
}

func TestDecodeAllMatchesEncodingJSON(t *testing.T) {
	for _, c := range decodeCases {
		checkDecodeAll(t, []byte(c))
	}
}

// TestDecodeAllStringStops puts each byte skipString must stop at in every
// position of an eight-byte word.
func TestDecodeAllStringStops(t *testing.T) {
	for _, stop := range []string{`\"`, `\\`, `\u00e9`, `"`, "\x1f", "\x00", "é", "\xff", "\x7f", " "} {
		for at := 0; at < 20; at++ {
			s := `{"name":"` + strings.Repeat("a", at) + stop + strings.Repeat("b", 20-at) + `","x":"` + strings.Repeat("c", at) + stop + `"}`
			checkDecodeAll(t, []byte(s))
		}
	}
}

func TestJSONLDMetadataMatchesEncodingJSON(t *testing.T) {
	scripts := []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":[{"@id":"#a"}],"datePublished":"2020-01-02",` +
			`"publisher":{"@type":"Organization","name":"P","logo":{"url":"l"}},"image":{"@type":"ImageObject","contentUrl":"/i.jpg","width":10},` +
			`"keywords":["a","b"],"inLanguage":"en","description":"D","url":"/x","mainEntityOfPage":{"@id":"https://e.com/x"}}` +
			`{"@id":"#a","@type":"Person","name":"Jane","sameAs":"s"}`,
		`{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"Article","articleBody":"<p>x</p>","dateModified":"2021-01-01"}},{"@id":"#a","name":"A"}]}`,
		`[{"@type":"WebSite","name":"S"},{"@type":"VideoObject","name":"V","uploadDate":"2019-05-05","thumbnailUrl":["/t.png"]}]`,
		"<!--{\"@type\":\"Article\",\"keywords\":[\"a\",],}-->",
		`{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Q&quot;}`,
		"{\"@type\":\"Article\",\"headline\":\"a\\'b\nc\"} /* x */ // y",
		`{"@type":"Article","author":{"@id":"#p"},"publisher":{"@id":"#o"}},{"@id":"#p","name":["N1","N2"]},{"@id":"#o","name":"O","x":1}`,
		`{"@type":["BlogPosting","WebPage"],"headline":"T","dateCreated":"2018-01-01","offers":{"price":1e999}}`,
	}
	for _, s := range scripts {
		checkJSONLDMetadata(t, []byte(s))
		checkDecodeAll(t, []byte(s))
	}
}

// TestJSONLDKeysRead checks that jsonldKey keeps each key jsonld.go
// names, under its name, and no other.
func TestJSONLDKeysRead(t *testing.T) {
	for k := keyOther + 1; k < numJSONKeys; k++ {
		name := jsonKeyNames[k]
		if got, ok := jsonldKey([]byte(name)); !ok || got != k {
			t.Errorf("jsonldKey(%q) = %d, %v; want %d", name, got, ok, k)
		}
	}
	for _, name := range []string{"", "Name", "@types", "sameAs", "\x00other"} {
		if k, ok := jsonldKey([]byte(name)); ok || k != keyOther {
			t.Errorf("jsonldKey(%q) = %d, %v; want not kept", name, k, ok)
		}
	}
}

func FuzzDecodeJSONLD(f *testing.F) {
	for _, c := range decodeCases[:len(decodeCases)-4] {
		f.Add([]byte(c))
	}
	f.Add([]byte(`{"@type":"NewsArticle","headline":"H","author":[{"@id":"#a"}]}{"@id":"#a","name":"A"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkDecodeAll(t, raw)
		checkJSONLDMetadata(t, raw)
	})
}

// Common values (commonValues) decode as encoding/json decodes them, in
// any form, and cost no allocation.
func TestDecodeAllCommonValues(t *testing.T) {
	for _, v := range commonValueNames {
		if len(v) > maxCommonValue {
			t.Errorf("%q is longer than maxCommonValue", v)
		}
	}
	for _, s := range []string{
		`{"@type":"Person","name":"Person","inLanguage":"de-DE"}`,
		`{"@type":["NewsArticle","WebPage"],"inLanguage":"en","publisher":{"@type":"Organization","name":"en-US"}}`,
		`{"@type":"Pers\u006fn","inLanguage":"de-\u0044E","name":"Person "}`,
		`{"@type":"person","inLanguage":"EN","image":{"@type":"ImageObject","url":"Article"}}`,
		`[{"@graph":[{"@type":"WebPage"},{"@type":"WebSite","inLanguage":"fr-FR"}]},"Article",["en"]]`,
	} {
		checkDecodeAll(t, []byte(s))
		checkJSONLDMetadata(t, []byte(s))
	}
	b := []byte(`"ImageObject"`)
	var strs arena.Strings
	var tree jsonTree
	if n := testing.AllocsPerRun(100, func() { tree.reset(); _, _ = decodeAll(b, &strs, &tree) }); n > 0 {
		t.Errorf("decoding a common value allocates %v times", n)
	}
}

// A Collector decodes each script in the memory of the last one, and
// keeps it through Reset: what it files must not change with that.
func TestJSONLDTreeReused(t *testing.T) {
	pages := [][]string{
		{
			`{"@type":"NewsArticle","headline":"First","author":{"@id":"#a"},"image":[{"url":"/a.jpg"}]}{"@id":"#a","@type":"Person","name":"Ann"}`,
			`{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Organization","@id":"#o","name":"Org"},` +
				`{"@type":"WebPage","publisher":{"@id":"#o"},"keywords":["k1","k2"],"inLanguage":"en"}]}`,
		},
		{`[{"@type":"Recipe","name":"Soup","recipeIngredient":["water","salt"]},{"@type":"Question","name":"Why?"}]`},
		{`{"@type":"Product","name":"P","description":"Shiny.","offers":{"price":1}}`, `{"@type":"BlogPosting","headline":"B","datePublished":"2021-02-03"}`},
	}
	var reused Collector
	for i, scripts := range pages {
		var fresh Collector
		for _, s := range scripts {
			reused.JSONLD([]byte(s))
			fresh.JSONLD([]byte(s))
		}
		got, want := reused.Finish("https://example.com/p"), fresh.Finish("https://example.com/p")
		if !reflect.DeepEqual(got, want) {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, got, want)
		}
		reused.Reset()
	}
	for _, v := range reused.tree.slab[:cap(reused.tree.slab)] {
		if v.str != "" || v.kids != nil {
			t.Fatalf("Reset kept a value of the page: %+v", v)
		}
	}
	script := []byte(pages[0][0])
	reused.JSONLD(script) // grows the memory
	if n := testing.AllocsPerRun(50, func() {
		reused.jsonldBytes = 0
		reused.tree.reset()
		reused.jsonld(parseJSONLD(script, &reused.strs, &reused.tree))
	}); n > 2 {
		t.Errorf("a script decoded in grown memory costs %v allocations", n)
	}
}
