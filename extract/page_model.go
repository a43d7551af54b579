package extract

import "math"

// pageModel is a multinomial logistic regression from a page's features to
// its type: one weight vector per type. It is fitted on the tune halves of
// the evaluation corpora by TestTrainPageModel and written to
// page_model_weights.go.
type pageModel [numPageTypes][numPageFeatures]float64

// probabilities returns the model's probability of each page type, in the
// order of pageTypes.
func (m *pageModel) probabilities(x *[numPageFeatures]float64) [numPageTypes]float64 {
	var z [numPageTypes]float64
	top := math.Inf(-1)
	for k := range m {
		for j, w := range m[k] {
			z[k] += w * x[j]
		}
		top = max(top, z[k])
	}
	sum := 0.0
	for k := range z {
		z[k] = math.Exp(z[k] - top)
		sum += z[k]
	}
	for k := range z {
		z[k] /= sum
	}
	return z
}

// judgePage returns the most probable type of the page and the
// probability of every type.
func judgePage(sg *pageSignals) (PageType, [numPageTypes]float64) {
	x := sg.features()
	p := pageWeights.probabilities(&x)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	return pageTypes[best], p
}
