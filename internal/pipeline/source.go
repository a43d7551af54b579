package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Source is one file (or stdin) to read pages from.
type Source struct {
	Path  string // "-" for stdin
	Size  int64  // bytes on disk; -1 when unknown (stdin)
	Err   error  // the argument could not be expanded (missing file, no glob match)
	Multi bool   // one of several sources that one argument expanded to
}

// Expand turns command-line arguments into sources, in argument order:
// "-" is stdin, a directory is walked recursively (lexical order, hidden
// entries skipped, only files whose name says HTML, text, WARC or JSONL
// unless all is set), and an argument with glob metacharacters that names
// no file is matched as a glob. No arguments means stdin.
//
// Arguments that cannot be expanded become sources with Err set, so the
// caller reports them as failed inputs and goes on with the others.
func Expand(args []string, all bool) []Source {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var out []Source
	for _, arg := range args {
		out = append(out, expandArg(arg, all)...)
	}
	if len(out) > 1 {
		for i := range out {
			out[i].Multi = true
		}
	}
	return out
}

func expandArg(arg string, all bool) []Source {
	if arg == "-" {
		return []Source{{Path: "-", Size: -1}}
	}
	fi, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(arg, "*?[") {
			return expandGlob(arg, all)
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the message already
		}
		return []Source{{Path: arg, Size: -1, Err: err}}
	}
	if !fi.IsDir() {
		return []Source{{Path: arg, Size: fi.Size()}}
	}
	var out []Source
	err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Source{Path: path, Size: -1, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != arg && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if !all && kindByName(d.Name()) == KindAuto {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			out = append(out, Source{Path: path, Size: -1, Err: err})
			return nil
		}
		out = append(out, Source{Path: path, Size: info.Size()})
		return nil
	})
	if err != nil {
		out = append(out, Source{Path: arg, Size: -1, Err: err})
	}
	return out
}

func expandGlob(pattern string, all bool) []Source {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return []Source{{Path: pattern, Size: -1, Err: fmt.Errorf("bad glob pattern %q: %w", pattern, err)}}
	}
	// As in a shell, * does not match a leading dot.
	hidden := strings.HasPrefix(filepath.Base(pattern), ".")
	var out []Source
	for _, m := range matches {
		if !hidden && strings.HasPrefix(filepath.Base(m), ".") {
			continue
		}
		out = append(out, expandArg(m, all)...)
	}
	if len(out) == 0 {
		return []Source{{Path: pattern, Size: -1, Err: fmt.Errorf("no file matches %q", pattern)}}
	}
	return out
}

// TotalSize is the sum of the sizes of srcs, or -1 when one is unknown.
func TotalSize(srcs []Source) int64 {
	var n int64
	for _, s := range srcs {
		if s.Err != nil {
			continue
		}
		if s.Size < 0 {
			return -1
		}
		n += s.Size
	}
	return n
}
