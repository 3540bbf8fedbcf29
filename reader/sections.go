package reader

// LeadName is what qari calls the untitled lead section (the body text
// before the first heading), in the reader, `qari sections` and `qari
// quotes` alike: "المقدمة" in an Arabic article, "Lead" otherwise.
func (d *Document) LeadName() string {
	if d.Lang == "ar" {
		return "المقدمة"
	}
	return "Lead"
}

// SectionName is the heading of section i, or LeadName for the untitled
// lead; "" when there is no section i.
func (d *Document) SectionName(i int) string {
	if i < 0 || i >= len(d.Sections) {
		return ""
	}
	if t := d.Sections[i].Title; t != "" {
		return t
	}
	return d.LeadName()
}

// buildSections fills d.Sections from the Heading blocks: each heading
// opens a section that runs to the next heading of the same or a higher
// level (a smaller or equal Level), or to the end of the text. Body text
// before the first heading (after the title and any leading debris) is the
// untitled lead, Level 0, which ends at the first heading.
func buildSections(d *Document) {
	d.Sections = nil
	var open []int // indexes in d.Sections of the sections not yet ended, by increasing level
	for i, b := range d.Blocks {
		switch {
		case b.Kind == Heading:
			for len(open) > 0 {
				top := &d.Sections[open[len(open)-1]]
				if top.Level != 0 && top.Level < int(b.Level) {
					break
				}
				top.End = b.Start
				open = open[:len(open)-1]
			}
			open = append(open, len(d.Sections))
			d.Sections = append(d.Sections, Section{Title: d.BlockText(i), Level: int(b.Level), Block: i, Start: b.Start})
		case len(d.Sections) == 0 && b.Kind != Title && b.Kind != Boilerplate:
			open = append(open, 0)
			d.Sections = append(d.Sections, Section{Block: i, Start: b.Start})
		}
	}
	for _, s := range open {
		d.Sections[s].End = len(d.Text)
	}
}
