package examples

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
)

// KoreaCV returns the curriculum vitae of Dr Chaesub LEE, candidate of the
// Republic of Korea for Deputy Secretary-General at PP-22, exactly as the ITU
// published it in the annex to PP-22 Document 12-E (9 November 2021). It is the
// real published record, not a made-up one: [cv.CV.Text] gives back the
// published page byte for byte. Each call returns a fresh value.
func KoreaCV() cv.CV {
	return cv.CV{
		Kind:     itu.KindCV,
		Name:     "DR. LEE, CHAESUB",
		Post:     itu.DeputySecretaryGeneral,
		Language: itu.English,
		Heading:  koreaHeading(),
		Slogan:   "Building a Trusted ICT Platform",
		Tagline:  "so, to innovate ITU as an International Trusted Union",
		Profile: cv.Profile{
			Nationality:     "KOR",
			NationalityText: "Republic of Korea",
			MaritalStatus:   "Married (1 Son and 1 Daughter)",
		},
		Education: []cv.Education{
			{Degree: "PhD", Level: cv.Doctorate, Field: "Multimedia Engineering", Institution: "Hanbat University", Country: "Korea", Period: civil.MustParsePeriod("2014"), PeriodSep: " "},
			{Degree: "MA", Level: cv.Master, Field: "Electronics Engineering", Institution: "Konkuk University", Country: "Korea", Period: civil.MustParsePeriod("1985")},
			{Degree: "BA", Level: cv.Bachelor, Field: "Electronics Engineering", Institution: "Konkuk University", Country: "Korea", Period: civil.MustParsePeriod("1983")},
		},
		Career: []cv.Position{
			{Period: civil.MustParsePeriod("2015 – Present"), Title: "Director", Unit: "Telecommunication Standardization Bureau (TSB)", Organisation: "ITU"},
			{Period: civil.MustParsePeriod("2012 – 2014"), Title: "Research Consultant", Unit: "Institute for ICT Convergence", Organisation: "KAIST", Country: "Korea"},
			{Period: civil.MustParsePeriod("2004 – 2012"), Title: "Research Consultant", Organisation: "ETRI", Country: "Korea"},
			{Period: civil.MustParsePeriod("1995 – 2004"), Title: "Director", Unit: "Broadband Networks Development", Organisation: "KT"},
			{Period: civil.MustParsePeriod("1986 – 1994"), Title: "Researcher Engineer", Unit: "Network Planning & Development", Organisation: "KT"},
		},
		Activities: []cv.Activity{
			{Period: civil.MustParsePeriod("2015 – Present"), Role: cv.Director, RoleText: "Director", Body: "TSB, ITU"},
			{Period: civil.MustParsePeriod("2009 - 2014"), Role: cv.Chairman, RoleText: "Chairman", Body: "ITU-T SG13, NGN-JCA & IPTV-JCA"},
			{Period: civil.MustParsePeriod("2006 – 2007"), Role: cv.ViceChairman, RoleText: "Vice Chairman", Body: "ITU-T Focus Group on IPTV"},
			{Period: civil.MustParsePeriod("2004 – 2005"), Role: cv.Chairman, RoleText: "Chairman", Body: "ITU-T Focus Group on NGN"},
			{Period: civil.MustParsePeriod("2001 – 2008"), Role: cv.ViceChairman, RoleText: "Vice Chairman", Body: "ITU-T SG13"},
			{Period: civil.MustParsePeriod("1999 – 2000"), Role: cv.Chairman, RoleText: "Chairman", Body: "Working party 1/13, ITU-T SG13"},
			{Period: civil.MustParsePeriod("1997 – 1998"), Role: cv.Rapporteur, RoleText: "Rapporteur", Body: "Q2/13, ITU-T SG13"},
			{Period: civil.MustParsePeriod("1992 – 1996"), Role: cv.Editor, RoleText: "Editor", Body: "Interworking related issues, ITU-T SG13"},
			{Period: civil.MustParsePeriod("1987 – 1991"), Role: cv.Member, RoleText: "Member of Korean Delegation to", Body: "CCITT SGVIII & SGXVIII", Sep: " "},
		},
		Achievements: []cv.AchievementList{{
			Title:  "Achievements during the TSB Director",
			Period: civil.MustParsePeriod("2015 ~ 2021"),
			Items: []string{
				"Implement “trust-based positive management” for the efficient and effective operation of the Telecommunication Standardization Bureau",
				"Leading the production of around 300 ITU-T Recommendations per year and deploy them to the world",
				"Direct ITU-T’s activities focusing market aware technology: Fixed network aspects of 5G, AI/ML supporting 5G/Autonomous Networks/Autonomous Driving/various e-Services, Digital Financial Inclusion, Quantum Information Technology, etc.",
				"More assertive outreach and collaboration with other international organizations, Standard Organizations, Regional Telecommunication and Standard Organizations",
				"Reaching out to new communities on emerging convergence issues (see below)",
				"Launch of “AI for Good Global Summit”, the leading action-oriented, global & inclusive United Nations platform on Artificial Intelligence",
				"Increasing ITU-T new memberships: welcoming 80 new ITU-T members as of December 2020 (including denounced members)",
			},
		}},
	}
}

// KoreaVisionStatement returns the vision statement of Dr Chaesub LEE,
// candidate of the Republic of Korea for Deputy Secretary-General at PP-22,
// exactly as the ITU published it in the annex to PP-22 Document 12-E
// (9 November 2021), with its bold and bold-italic emphasis kept. It is the real
// published record, not a made-up one. Two paragraphs that the published
// pages split across a page break ("... member" / "states, ..." and "... based
// on reliable" / "ICT infrastructures ...") are each held as one paragraph
// with its page break, so [cv.VisionStatement.Render] gives the page back
// byte for byte. Each call returns a fresh value.
func KoreaVisionStatement() cv.VisionStatement {
	v := cv.VisionStatement{
		Kind:     itu.KindVisionStatement,
		Name:     "DR. LEE, CHAESUB",
		Post:     itu.DeputySecretaryGeneral,
		Language: itu.English,
		Heading:  koreaHeading(),
		Slogan:   "Building a Trusted ICT Platform",
		Tagline:  "so, to innovate ITU as an International Trusted Union",
		Sections: []cv.Section{
			{Paragraphs: paragraphs(
				`I am Chaesub LEE, a candidate for the post of Deputy Secretary-General of ITU.`,
				`ICTs are an essential subject for a matter of human life today and our lives are relying on ICTs more than ever. ICTs can play essential roles in delivering innovative, integrated, and cross-sectoral sustainable development outcomes. ITU is in the centre of the ICT world in the respects of technology, regulations, policy and environmental perspectives. Therefore the roles and functions of ITU are crucial for the future of our life and the world.`,
				`My vision as a candidate for the Deputy Secretary-General of ITU is ***“Building a Trusted ICT Platform”*** so, to innovate ITU as an ***“International Trusted Union.”***`,
				`I want to share with you Two Journeys with Three Strategies to implement my vision.`,
			)},
			{Heading: `First Journey to the SDG 2030 via trusted partnerships`, Paragraphs: paragraphs(
				`At the coming PP-22, the new ITU leadership will be elected for the next four years, and the team will bridge the following four years until **2030**, which is the target year for **the Sustainable Development Goals, SDGs**, set by the United Nations.`,
				`The SDGs are the crucial targets for all UN organizations, definitely for ITU as well. I believe that ICTs make significant contributions to **all 17 goals**, such as “Good health, Quality Education, Gender equality, Industry, Innovation and Infrastructure, Sustainable Cities, Climate Actions, and many others.” ITU’s three sectors, ITU-R, ITU-T and ITU-D, are actively engaging in those areas. I am sure that the three sectors should continue their efforts to achieve the relevant SDG goals.`,
				`As a candidate for Deputy Secretary-General, I particularly focus on **Goal 17, “Global Partnerships”**. The General Secretariat of ITU led by the Secretary-General’s collaborative efforts with the three sectors should focus on cooperation among UN organizations, member states, and private sectors. For me, one of **the most critical challenges for ensuring such global partnerships** is: **“How to build trusted relationships.”**`,
				`WSIS is an important platform to address this endeavour for all stakeholders, administrations, regulators, industries, academia and civil societies. **As the director of TSB**, I exerted my efforts to implement **WSIS action lines** by sharing our technical knowledge and the experts of ITU-T. As a result, we have received tremendous support and recognition from members alongside with WSIS forums.`,
				`In 2017, ITU launched **a new platform led by TSB, “AI for Good” global events** with various private communities, collaborating with 38 UN sister organizations and working together with BR and BDT to demonstrate **“One ITU.”** AI is one of the promising technology tools for positive influence on **all 17 goals of SDGs**. "AI for Good" is a well-known international open platform for collaboration for all stakeholders, through matchmaking among **"Problem owners and challengers for solving those problems."**`,
				`With those valuable experiences, I am confident that I will help build **ITU as a trusted open platform** by inviting experts, curating programs, and encouraging collaboration in the coming years.`,
			)},
			{Heading: `Second Journey for “New Normal Life” based on Trusted ICTs Platform`, Paragraphs: paragraphs(
				`ICTs are being developed faster than expected. 5G is already with us, and AI with Big Data/IoTs is influencing our daily lives more profoundly, leading to **“Digital Transformation”** which is becoming the mainstream for innovating our society. Therefore, ICT is an essential part of our lives, and people/organizations rely more heavily on ICTs.`,
				`The COVID-19 pandemic is one of the most pressing challenges of our time. However, ironically the COVID-19 pandemic has highlighted **the critical importance of ICTs/Telecommunication infrastructures and services**. It is impossible to imagine the world without communication technology during and after this pandemic. And it is hard to imagine how maintaining our everyday lives like we are doing now without ICTs.`,
				`However, ICT infrastructures are **not reaching everywhere**, considering half of the world population is still not connected. And some ICT services are still **too difficult for many people**, particularly **the aged and those who need special assistance**. Moreover, ICTs are also a part of **concerns and risks** due to fake news, misbehaviour online, digital gaps, generation gaps, security, privacy, trust, and safety concerns.`,
				`Therefore, I am sure that **the use of reliable ICTs** and **access to trustworthy information** are essential requirements for **human life**. So, building a dedicated environment **based on reliable** ICT infrastructures and services is of utmost importance for “**New Normal Life**” with social and economic development of the world **today and beyond**. And ITU shall address this **supporting the practical means** as a UN specialized organization for ICT development.`,
				`I have worked ICTs domain as a technical expert since 1986. I contributed to developing international standards for Global Information Infrastructure, Next Generation Networks, IPTV, e-Services, Conformance & Interoperability, Identity Management, Security, Financial Inclusion, Smart Sustainable City, Environmental aspects of emerging technology and many other issues.`,
				`Therefore, I believe such **diverse and on-site experiences** in support of members are enough to build a dedicated environment based on **reliable ICT infrastructures and services** fundamental for **a trusted ICTs platform**.`,
			)},
			{Heading: `Three Strategies for implementation of my vision`, Paragraphs: paragraphs(
				`ITU is a Member States-based **UN specialized agency for ICTs** and a unique UN organization with **members from private sectors**. ITU has a long and proud history built on the operational principle of "**Contribution-driven and Consensus-based**." ITU members believe that this spirit is a fundamental framework for such multi-stakeholder organizations, and I agree. Moreover, I firmly believe that this spirit is essential for **building trusted relationships**, mutual understanding, and patience.`,
				`A crucial role of the Deputy Secretary-General is to **navigate and bridge**: among member states, between member states and sector members, between ITU and other organizations, between the Secretary-General and Bureau Directors.`,
				`I can assure you that **my navigation capabilities** based on technology/market expertise and **bridging abilities** learned as the TSB Director will help me effectively carry out such an important role.`,
				`I want to share my strategic approaches to achieving the vision, like the following:`,
				`First, I will **navigate** ITU’s contribution to building a resilient global ICT eco-system and **act as a bridge for harmonizing** ITU members, including other international organizations, industries, academia, civil society, and others;`,
				`Second, I will continuously upgrade the **core competence of ITU’s in-house capabilities** as a specialized organization for ICTs, such as investigating advanced processes and boosting the capacity of the General Secretariat for **better productivity, efficiency, effectiveness, integrity, and accountability**;`,
				`Last but not least, I will enhance collaboration with and among the **three Bureaus** and **respective Directors** to maximize and systemize the synergy of various ITU activities to **strengthen One ITU**.`,
			)},
			{Heading: `My career and abilities in ITU for Deputy Secretary-General`, Paragraphs: paragraphs(
				`My first attendance at ITU was back in 1987 as a general participant. For over 27 years, I contributed continuously to the work of ITU as an editor, rapporteur, WP chair, Focus Group chair, and Study Group's vice-chair and chair. And I have been serving as **the director of TSB** since the 2014 Plenipotentiary Conference.`,
				`Altogether for 34 years, I have enriched my knowledge of technology/market trends, members' various needs, and ITU's working methods and procedures. I believe such diverse experiences are vital in successfully carrying out the role of the Deputy Secretary-General.`,
				`I would be deeply grateful to receive your support **for innovating** the ITU as the ***International Trusted Union***.`,
			)},
		},
	}
	v.Sections[1].Paragraphs[2].PageBreaks = []int{37} // "member" / "states, and private sectors."
	v.Sections[2].Paragraphs[3].PageBreaks = []int{29} // "based on reliable" / "ICT infrastructures"
	return v
}

func koreaHeading() []string {
	return []string{"Candidate for the post of Deputy Secretary-General", "International Telecommunication Union"}
}

// paragraphs reads each paragraph from the markup the published statement uses
// (**bold**, ***bold italic***).
func paragraphs(texts ...string) []cv.Paragraph {
	out := make([]cv.Paragraph, len(texts))
	for i, t := range texts {
		out[i] = cv.MustParseParagraph(t)
	}
	return out
}
