package evaluate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/internal/evaluate"
)

func ExampleCompareShingles() {
	truth := "The council approved the new budget on Monday evening."
	pred := "Menu Home. The council approved the new budget on Monday evening."
	c := evaluate.CompareShingles(truth, pred)
	fmt.Printf("precision %.2f recall %.2f\n", c.Precision(), c.Recall())
	// Output: precision 0.75 recall 1.00
}

func ExampleCompareSegments() {
	out := "The council approved\nthe new budget."
	c := evaluate.CompareSegments(out, []string{"approved the new budget"}, []string{"Subscribe now"})
	fmt.Printf("%+v F1 %.2f\n", c, c.F1())
	// Output: {TP:1 FN:0 FP:0 TN:1} F1 1.00
}

func ExampleC4Filter() {
	text := "Home\nNews\nThe council approved the budget.\nThis site uses cookies to work well."
	fmt.Println(evaluate.C4Filter(text))
	// Output: The council approved the budget.
}
