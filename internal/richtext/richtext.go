// Package richtext owns article bodies as HTML: what markup a body may keep
// (an explicit allow-list, applied on every write) and the plain text
// derived from it for search and excerpts.
package richtext

import (
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	xhtml "golang.org/x/net/html"
)

// policy is the allow-list: structure and emphasis, links, lists, quotes
// and figures. Everything else — script, style, iframes, event-handler
// attributes, inline styles, javascript: and data: URLs — is removed.
var policy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "h2", "h3", "h4", "h5", "h6",
		"strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
		"ul", "ol", "li", "blockquote", "figure", "figcaption", "hr")
	p.AllowAttrs("href", "title").OnElements("a")
	p.AllowAttrs("src", "alt", "title").OnElements("img")
	p.AllowAttrs("width", "height").Matching(regexp.MustCompile(`^[0-9]{1,5}$`)).OnElements("img")
	p.AllowAttrs("cite").OnElements("blockquote")
	p.AllowURLSchemes("http", "https", "mailto")
	p.AllowRelativeURLs(true) // /media/... images stored by newsgraph
	p.RequireNoFollowOnFullyQualifiedLinks(false)
	p.RequireParseableURLs(true)
	return p
}()

// Sanitize returns body with only the allowed markup left.
func Sanitize(body string) string {
	return strings.TrimSpace(policy.Sanitize(body))
}

// blocks are the elements that separate words even without whitespace
// around them: "<p>a</p><p>b</p>" reads "a b", not "ab".
var blocks = map[string]bool{
	"p": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "figure": true, "figcaption": true, "hr": true, "div": true,
}

// PlainText returns the text of an HTML body, entities decoded and
// whitespace collapsed, block elements separated by a space.
func PlainText(body string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(body))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case xhtml.TextToken:
			b.Write(z.Text()) // Text decodes entities
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			if name, _ := z.TagName(); blocks[string(name)] {
				b.WriteByte(' ')
			}
		}
	}
}
