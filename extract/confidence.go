package extract

import "math"

// numConfidenceFeatures is the length of the confidence model's input.
const numConfidenceFeatures = numPageFeatures + numPageTypes + 4

// confidenceModel is a logistic regression from what the page and the
// result look like to the result's expected word F1: fitted on the tune
// halves of the evaluation corpora by TestTrainConfidence, with each
// page's F1 as a soft target, and written to confidence_weights.go.
type confidenceModel [numConfidenceFeatures]float64

// confidenceFeatures are the page features, the probability of each page
// type, how sure the page model was, and the share and amount of the
// page's words the result kept.
func confidenceFeatures(sg *pageSignals, probs *[numPageTypes]float64, kept int) [numConfidenceFeatures]float64 {
	var x [numConfidenceFeatures]float64
	f := sg.features()
	n := copy(x[:], f[:])
	n += copy(x[n:], probs[:])
	top := 0.0
	for _, p := range probs {
		top = max(top, p)
	}
	x[n] = top
	if sg.words > 0 {
		x[n+1] = min(float64(kept)/float64(sg.words), 1)
	}
	x[n+2] = math.Log1p(float64(kept)) / 8
	if kept == 0 {
		x[n+3] = 1
	}
	return x
}

// predict returns the model's estimate, between 0 and 1.
func (m *confidenceModel) predict(x *[numConfidenceFeatures]float64) float64 {
	z := 0.0
	for j, w := range m {
		z += w * x[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// confidence estimates how right the extraction of a page is: the
// expected word F1 of a result that kept kept words, given the page's
// signals and the page model's type probabilities. Rounded to two
// decimals: it is an estimate, not a measurement.
func confidence(sg *pageSignals, probs *[numPageTypes]float64, kept int) float64 {
	x := confidenceFeatures(sg, probs, kept)
	return math.Round(confidenceWeights.predict(&x)*100) / 100
}
