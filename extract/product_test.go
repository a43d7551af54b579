package extract

import (
	"fmt"
	"strings"
	"testing"
)

// productReviewTexts are buyers' reviews: long prose, denser than the
// product's own facts.
var productReviewTexts = []string{
	"I bought this mug for my partner last winter and it has been used every single morning since then. The glaze has not faded at all, even after many months in the dishwasher, and the handle is comfortable for large hands.",
	"The colour is a little darker than in the pictures, which I actually prefer. It keeps tea warm for a long while and feels solid without being too heavy. I would happily order another one in the green glaze next time.",
	"Arrived well packed and without a scratch. My only complaint is that it is slightly smaller than my old mug, so I cannot fit a full pot of coffee in it, but the quality is excellent for the price and it looks lovely on the shelf.",
	"We ordered four of these for the office kitchen and everybody fights over them now. They stack neatly, they do not get too hot to hold, and after half a year of daily use none of them has chipped, which is more than I can say for the old ones.",
}

// productWithReviews is a product's page whose buyers' reviews, in
// elements named reviewName, hold more prose than the product's facts.
func productWithReviews(reviewName string) string {
	var reviews strings.Builder
	for i, r := range productReviewTexts {
		fmt.Fprintf(&reviews, `<div class="%s"><p class="author">Buyer %d</p><p class="stars">5 out of 5 stars</p><p>%s</p></div>`, reviewName, i+1, r)
	}
	return synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product"><div class="info"><h1>Stoneware mug, blue</h1><p class="brand">Clay Shop Studio</p><p class="price">$18.00</p>`+
			`<ul><li>Capacity: 350 ml</li><li>Weight: 320 g</li><li>Dishwasher safe</li></ul><button>Add to cart</button></div>`+
			`<div class="description"><p>Thrown by hand and glazed in a deep blue, this mug holds a generous cup of tea.</p></div></div>`+
			`<section class="customer-feedback"><h2>What buyers say</h2>`+reviews.String()+`</section>`)
}

// TestProductReviews: on a product's page, the buyers' reviews are not
// the product's content, even when their prose outweighs the product's
// facts; the facts around the product's name are kept instead.
func TestProductReviews(t *testing.T) {
	for _, tt := range []struct {
		name        string
		reviewClass string
		wantReviews bool
	}{
		{"review class", "review-text", false},
		{"camel case", "reviewBody", false},
		{"plural", "product-reviews", false},
		{"no review name", "feedback-card", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithReviews(tt.reviewClass))
			if got := strings.Contains(res.Text, "dishwasher, and the handle"); got != tt.wantReviews {
				t.Errorf("reviews kept = %v, want %v:\n%s", got, tt.wantReviews, res.Text)
			}
			if !tt.wantReviews {
				for _, want := range []string{"Clay Shop Studio", "$18.00", "Capacity: 350 ml", "Thrown by hand"} {
					if !strings.Contains(res.Text, want) {
						t.Errorf("product text lacks %q:\n%s", want, res.Text)
					}
				}
			}
		})
	}
}

// TestProductReviewsHoldTitle: an element named for reviews that holds
// the page's title is the page, not a reviews widget.
func TestProductReviewsHoldTitle(t *testing.T) {
	html := synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product-page reviews-enabled"><h1>Stoneware mug, blue</h1><p class="price">$18.00</p>`+
			`<div class="description"><p>`+productReviewTexts[0]+`</p><p>`+productReviewTexts[3]+`</p></div></div>`)
	res, err := FromBytes([]byte(html), Options{URL: "https://shop.example/products/stoneware-mug-blue"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "dishwasher, and the handle") {
		t.Errorf("the description inside a review-named page was dropped:\n%s", res.Text)
	}
}

func TestReviewName(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"review-text", true},
		{"reviewBody", true},
		{"product-reviews", true},
		{"ReviewList", true},
		{"reviewer-profile", true},
		{"preview", false},
		{"overview", false},
		{"product-description", false},
	} {
		if _, _, _, got, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) review = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestProductReviewsBesideDescription: a review that the product's
// container takes in beside a long description goes, though it is a
// small part of what the container kept.
func TestProductReviewsBesideDescription(t *testing.T) {
	desc := strings.Repeat(`<p>Thrown by hand on the wheel and glazed in a deep blue, this mug holds a generous cup of tea and keeps it warm on cold mornings. `+
		`The glaze is food safe and the stoneware is fired at high heat, so it keeps its colour for years of daily use.</p>`, 3)
	html := synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product"><h1>Stoneware mug, blue</h1><p class="price">$18.00</p>`+desc+
			`<div class="review-card"><p>`+productReviewTexts[0]+`</p></div></div>`)
	res := mugProduct(t, html)
	if !strings.Contains(res.Text, "Thrown by hand") {
		t.Errorf("text lacks the description:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "dishwasher, and the handle") {
		t.Errorf("text keeps the review:\n%s", res.Text)
	}
}

// mugProduct extracts page as the synthetic mug's product page (its URL
// is a shop's product address) and fails the test unless winnow reads it
// as a product.
func mugProduct(t *testing.T, page string) *Result {
	t.Helper()
	res, err := FromBytes([]byte(page), Options{URL: "https://shop.example/products/stoneware-mug-blue"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageProduct {
		t.Fatalf("PageType = %s, want product", res.PageType)
	}
	return res
}
