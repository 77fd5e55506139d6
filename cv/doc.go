// Package cv models the two documents a candidate for an elected ITU post
// publishes with a candidacy: the curriculum vitae ([CV]) and the vision
// statement ([VisionStatement]).
//
// # What is modelled
//
// The ITU publishes the list of candidates for the elected posts and the Radio
// Regulations Board "along with their CVs and vision statements" (ITU
// backgrounder "ITU's election process explained", PP-22), and annexes them to
// the Note by the Secretary-General that transmits a candidacy (for example
// PP-22 Document 12-E, the candidacy of Dr Chaesub LEE for Deputy
// Secretary-General). Candidates for those posts are nationals of the Member
// State proposing them (Constitution, CS No. 62), so a CV holds a nationality
// that must be a Member State; a Council seat has no CV, because its candidate
// is the Member State itself.
//
// A CV holds the name as written, the post, the opening heading, slogan and
// tagline, a [Profile], [Education] with a typed [Level], the professional
// career ([Position]), ITU activities ([Activity]) with a typed [Role], and
// titled lists of achievements ([AchievementList]). Every period is an
// [civil.Period], which keeps its separator as written ("2009 - 2014", "2015 –
// Present"), or the whole period when it is written in words ("January 2019 –
// present", "Since 2019", "depuis 2019", "(2015 ~ 2021)"), and marks an open
// end as Present. A degree may have no period; ongoing studies and a term
// ending after the as-of date are warnings. Every text is kept as written,
// so [CV.Text] gives the published page back byte for byte, and [CV.Render]
// gives it in the form of the transcripts of ITU documents, the page opened
// by three blank lines.
//
// A vision statement holds the same opening and [Section]s of [Paragraph]s.
// A paragraph is a sequence of [Span]s, each plain or with an [Emphasis]
// (bold, italic or both), as published statements mark them with **, * and
// ***; [ParseParagraph] reads that markup and [Paragraph.Markdown] writes it.
// A paragraph that a page break cuts is one paragraph with its
// [Paragraph.PageBreaks], set as one block per part by
// [VisionStatement.Render], which gives the statement of PP-22 Document 12-E
// back byte for byte.
// [Translation]s hold the same structure in other official languages.
//
// # What is not law
//
// No formal ITU rule on a CV template, page limits or required languages was
// found in the Constitution, the Convention, the General Rules or the
// Secretary-General's circular letters on elections. The length bounds,
// the required parts (name, post, nationality, at least one degree and one
// position) and the order and plausibility rules here are therefore rationale,
// not law: they describe what published CVs look like and stop payloads that
// no real CV could be. Each rule's code, severity and rationale is in the
// catalogue ([catalog.Rules]); order and consistency rules are warnings, which
// never make a record invalid.
//
// # Example
//
//	var c cv.CV
//	if err := strictjson.Decode(payload, &c); err != nil { /* decode violations */ }
//	err := c.Validate(itu.AsOf(civil.MustParseDate("2021-11-09")))
//	fmt.Print(c.Render()) // the CV as published
package cv
