package render

// newsArticle is the schema.org NewsArticle of an article page. The
// layout writes it inside <script type="application/ld+json">, where
// html/template encodes it with encoding/json, whose escaping of <, >
// and & keeps article text from closing the script.
type newsArticle struct {
	Context          string       `json:"@context"`
	Type             string       `json:"@type"`
	Headline         string       `json:"headline"`
	Description      string       `json:"description,omitempty"`
	DatePublished    string       `json:"datePublished"`
	DateModified     string       `json:"dateModified,omitempty"`
	Author           []thing      `json:"author,omitempty"`
	Publisher        thing        `json:"publisher"`
	Dateline         string       `json:"dateline,omitempty"`
	Image            *imageObject `json:"image,omitempty"`
	Keywords         []string     `json:"keywords,omitempty"`
	InLanguage       string       `json:"inLanguage,omitempty"`
	URL              string       `json:"url"`
	MainEntityOfPage string       `json:"mainEntityOfPage"`
	IsBasedOn        string       `json:"isBasedOn,omitempty"`
}

// thing is a schema.org Person or Organization.
type thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// imageObject is the article's picture, with its caption and credit.
type imageObject struct {
	Type       string `json:"@type"`
	URL        string `json:"url"`
	Width      int    `json:"width,omitempty"`
	Height     int    `json:"height,omitempty"`
	Caption    string `json:"caption,omitempty"`
	CreditText string `json:"creditText,omitempty"`
}

// jsonLD returns the NewsArticle of an article page, or nil (JSON null)
// on other pages.
func jsonLD(d *Data) *newsArticle {
	a := d.Page.Article
	if a == nil {
		return nil
	}
	fm := front(a)
	pageURL := d.Site.Abs(a.URL)
	n := &newsArticle{
		Context:          "https://schema.org",
		Type:             "NewsArticle",
		Headline:         a.Title,
		Description:      fm.Summary(),
		DatePublished:    a.Date.Format("2006-01-02T15:04:05Z07:00"),
		Publisher:        thing{Type: "Organization", Name: d.Site.Config.Title, URL: d.Site.Abs("/")},
		Dateline:         fm.Dateline,
		Keywords:         fm.Tags,
		InLanguage:       d.Site.Config.Language,
		URL:              pageURL,
		MainEntityOfPage: pageURL,
	}
	if a.Updated.After(a.Date) {
		n.DateModified = a.Updated.Format("2006-01-02T15:04:05Z07:00")
	}
	n.IsBasedOn = a.OriginalURL()
	for _, g := range a.Authors {
		n.Author = append(n.Author, thing{Type: "Person", Name: g.Name, URL: d.Site.Abs(g.URL)})
	}
	if a.Outlet != nil {
		n.Publisher = thing{Type: "Organization", Name: a.Outlet.Name}
	}
	// Google's article rich results want an image with a URL; a caption
	// without a picture is no image.
	if u := absImage(d.Site.Site, fm.Image()); u != "" {
		n.Image = &imageObject{Type: "ImageObject", URL: u, Caption: fm.Caption, CreditText: fm.Credit}
		if p := a.Picture(); p != nil {
			n.Image.Width, n.Image.Height = p.Width, p.Height
		}
	}
	return n
}
