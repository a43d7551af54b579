package extract

// noteHeadline records the text of an element marked itemprop=headline,
// the microdata of the article's headline written on the element that
// prints it ("<h1 itemprop="headline">", "<div class="title"
// itemprop="headline">"). The metadata collector reads the property only
// from a content attribute; finish hands it this text (see
// meta.Collector.Headline). A listing marks each teaser's headline: when
// the page's headlines differ, none is the page's.
func (mc *markCapture) noteHeadline(text []byte) {
	if len(text) == 0 {
		return
	}
	switch mc.headlines++; {
	case mc.headlines == 1:
		mc.headline = string(text)
	case string(text) != mc.headline:
		mc.headline = ""
	}
}

// pageHeadline returns the text of the page's itemprop=headline elements
// when there is one, or several that agree; "" otherwise.
func (mc *markCapture) pageHeadline() string {
	mc.finish()
	return mc.headline
}
