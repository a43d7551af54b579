package boilerplate

// goodContainers marks the containers (Features.ContainerID) that hold a
// good block: the elements whose paragraphs are the article's own. A
// near-good paragraph in one of them is the article's too, though a
// link-only line stands between it and the good ones (a list of offers,
// each line a name and its bare link after the article's prose), which
// cuts it off from them in smooth's reading of neighbours. The result is
// indexed by ContainerID; nil when no good block has a container (text
// mode).
func goodContainers(blocks []Block, classes []class) []bool {
	top := 0
	for i := range blocks {
		if id := blocks[i].Features.ContainerID; classes[i] == classGood && id > top {
			top = id
		}
	}
	if top == 0 {
		return nil
	}
	good := make([]bool, top+1)
	for i := range blocks {
		if id := blocks[i].Features.ContainerID; classes[i] == classGood && id > 0 {
			good[id] = true
		}
	}
	return good
}

// inGoodBox reports whether b sits in a container that goodContainers
// marked.
func inGoodBox(b *Block, good []bool) bool {
	id := b.Features.ContainerID
	return id > 0 && id < len(good) && good[id]
}
