package boilerplate

import "testing"

func TestBlockDropAndKeep(t *testing.T) {
	tests := []struct {
		name       string
		steps      func(b *Block)
		wantKept   bool
		wantReason Reason
	}{
		{"first drop reason is reported", func(b *Block) { b.Drop(ReasonLinkList); b.Drop(ReasonLegal) }, false, ReasonLinkList},
		{"keep clears the reason", func(b *Block) { b.Drop(ReasonLinkList); b.Keep() }, true, ReasonNone},
		{"drop after keep drops again", func(b *Block) { b.Keep(); b.Drop(ReasonLegal) }, false, ReasonLegal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Block{Kept: true}
			tt.steps(&b)
			if b.Kept != tt.wantKept || b.Reason != tt.wantReason || b.Dropped() == tt.wantKept {
				t.Errorf("Kept %v Reason %v Dropped %v; want Kept %v Reason %v", b.Kept, b.Reason, b.Dropped(), tt.wantKept, tt.wantReason)
			}
		})
	}
}
