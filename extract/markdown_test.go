package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestMarkdown(t *testing.T) {
	kept := func(k boilerplate.Kind, text string, container int) boilerplate.Block {
		b := boilerplate.Block{Kind: k, Text: text, Kept: true}
		b.Features.ContainerID = container
		return b
	}
	res := &Result{Title: "A title", Blocks: []boilerplate.Block{
		kept(boilerplate.KindParagraph, "First paragraph.", 1),
		kept(boilerplate.KindHeading, "Section", 1),
		kept(boilerplate.KindListItem, "one", 2),
		{Kind: boilerplate.KindListItem, Text: "dropped", Reason: boilerplate.ReasonLinkList},
		kept(boilerplate.KindListItem, "two", 2),
		kept(boilerplate.KindQuote, "said it", 1),
		kept(boilerplate.KindCode, "x := 1", 1),
		kept(boilerplate.KindTableCell, "h1", 5),
		kept(boilerplate.KindTableCell, "h2", 5),
		kept(boilerplate.KindTableCell, "a|b", 6),
		kept(boilerplate.KindTableCell, "c", 6),
		kept(boilerplate.KindParagraph, "# not a heading", 1),
		kept(boilerplate.KindParagraph, "2019. A year.", 1),
	}}
	want := "# A title\n\nFirst paragraph.\n\n## Section\n\n- one\n- two\n\n> said it\n\n```\nx := 1\n```\n\n" +
		"| h1 | h2 |\n| --- | --- |\n| a\\|b | c |\n\n\\# not a heading\n\n2019\\. A year.\n"
	if got := res.Markdown(); got != want {
		t.Errorf("Markdown() =\n%s\nwant\n%s", got, want)
	}
}
