package meta

// jsonKey names a member of a JSON-LD object that jsonld.go reads; the
// members with other keys stand together as one, keyOther.
type jsonKey uint8

// The keys decodeAll keeps (see jsonKeyNames).
const (
	keyOther jsonKey = iota
	keyType
	keyID
	keyGraph
	keyMainEntity
	keyMainEntityOfPage
	keyName
	keyHeadline
	keyAuthor
	keyCreator
	keyGivenName
	keyFamilyName
	keyDatePublished
	keyUploadDate
	keyDateCreated
	keyDateModified
	keyPublisher
	keyDescription
	keyInLanguage
	keyURL
	keyContentURL
	keyImage
	keyThumbnailURL
	keyKeywords
	keyArticleBody
	keyRecipeIngredient
	keyIngredients
	numJSONKeys
)

// jsonKeyNames are the JSON names of the keys, by jsonKey.
var jsonKeyNames = [numJSONKeys]string{
	keyOther: "", keyType: "@type", keyID: "@id", keyGraph: "@graph", keyMainEntity: "mainEntity",
	keyMainEntityOfPage: "mainEntityOfPage", keyName: "name", keyHeadline: "headline", keyAuthor: "author",
	keyCreator: "creator", keyGivenName: "givenName", keyFamilyName: "familyName",
	keyDatePublished: "datePublished", keyUploadDate: "uploadDate", keyDateCreated: "dateCreated",
	keyDateModified: "dateModified", keyPublisher: "publisher", keyDescription: "description",
	keyInLanguage: "inLanguage", keyURL: "url", keyContentURL: "contentUrl", keyImage: "image",
	keyThumbnailURL: "thumbnailUrl", keyKeywords: "keywords", keyArticleBody: "articleBody",
	keyRecipeIngredient: "recipeIngredient", keyIngredients: "ingredients",
}

// Kinds of JSON values. jsNull is also the kind of an absent member.
const (
	jsNull   uint8 = iota
	jsScalar       // a number or a boolean: never read, only told apart
	jsString
	jsArray
	jsObject
)

// jsonValue is one decoded JSON value, in the tree decodeAll builds
// instead of encoding/json's maps and slices: a string, an array of
// values or an object of members (values with their key), all held in
// one slab per script, so that a script costs a few allocations rather
// than several for each of its objects.
type jsonValue struct {
	kind uint8
	key  jsonKey // of an object member
	str  string  // of a string
	// kids are an array's elements or an object's members: one for each
	// key kept (the last value given wins, as in a map) and one for
	// keyOther when the object has members not kept.
	kids []jsonValue
}

// get returns the member of object v with key k, and whether there is one;
// a value that is no object has none.
func (v *jsonValue) get(k jsonKey) (*jsonValue, bool) {
	if v.kind != jsObject {
		return nil, false
	}
	for i := range v.kids {
		if v.kids[i].key == k {
			return &v.kids[i], true
		}
	}
	return nil, false
}

// member returns the member of object v with key k, or a null value.
func (v *jsonValue) member(k jsonKey) *jsonValue {
	if m, ok := v.get(k); ok {
		return m
	}
	return &nullValue
}

// nullValue is what member returns for an absent member. It is never
// changed.
var nullValue jsonValue

// text returns v's string and whether v is a string.
func (v *jsonValue) text() (string, bool) {
	return v.str, v.kind == jsString
}

// isNull reports whether v is null or absent.
func (v *jsonValue) isNull() bool { return v.kind == jsNull }
