from _lib import A, E

A("web-bbc-image-source.txt", """
Skip to content
Home | News | Sport | Weather | Sounds | Bitesize

Ambulance queues at Glanrhyd hospital hit record length

13 February 2026

Share
Save

By Rhian Prydderch
BBC News

Image source, Getty Images
Image caption, Ambulances queued outside Glanrhyd General for more than six hours on Tuesday

Patients waited in ambulances outside a south Wales hospital for up to nine hours this week, the longest delays since records began.

Figures seen by BBC News show 31 ambulances were parked outside Glanrhyd General Hospital at one point on Tuesday evening, with crews unable to hand over their patients.

The health board said a norovirus outbreak had closed two wards and that staff were "doing everything possible" to free up beds.

Paramedic Owain Treharne, who spent most of a 12-hour shift in the queue, said: "You feel useless. There were calls stacking up across the valley and we were sat in a car park."

Related: Health board apologises for winter delays

Share
""", E("2026-02-13", "Ambulance queues at Glanrhyd hospital hit record length",
      "Ambulances queued outside Glanrhyd General for more than six hours on Tuesday", "Getty Images",
      ["Rhian Prydderch"], "BBC News", None,
      "Patients waited in ambulances outside a south Wales hospital", 4, None,
      "BBC page: 'Image source, X' gives the credit and 'Image caption, Y' the caption (kept without a closing full stop, as written). The outlet stands on the line under the byline; the bare date line under the headline gives the date; navigation, Share/Save and 'Related: ...' are furniture."))

A("web-bbc-second-image.txt", """
Home | News | England | Business

Pier owners seek £4m to save Westmouth landmark

Published 9:30 GMT, 3 March 2026

By Callum Ferrier
Business reporter, BBC News

Image source, Westmouth Pier Trust
Image caption, The pier's Victorian pavilion has been closed to the public since a storm in 2024

The owners of one of England's oldest piers say they need £4m within two years or parts of it will have to be demolished.

Westmouth Pier Trust said surveys had found corrosion in 40% of the cast-iron columns that hold up the deck.

Image source, Getty Images
Image caption, Crowds on the pier in the summer of 1961, when it drew more than a million visitors a year

Trust chair Elaine Maddox said the charity had already spent its reserves on emergency repairs.

"If we can't find the money, we lose the end of the pier first and the pavilion after that," she said.

The council said it would consider a grant at its meeting on 19 March.
""", E("2026-03-03", "Pier owners seek £4m to save Westmouth landmark",
      "The pier's Victorian pavilion has been closed to the public since a storm in 2024", "Westmouth Pier Trust",
      ["Callum Ferrier"], "BBC News", None,
      "The owners of one of England's oldest piers say they need", 5, None,
      "'Business reporter, BBC News' is a job title plus the outlet: the title is dropped, the outlet kept. The second 'Image source'/'Image caption' pair is a later in-body figure, not a paragraph; the date comes from the 'Published 9:30 GMT, 3 March 2026' line."))

A("web-guardian-photograph.txt", """
Skip to main content
UK news

Lifeboat volunteers on Kestrel coast face 'impossible' winter as crews shrink

Harriet Vance in Kestrel Point

Mon 9 Nov 2026 07.00 GMT
Last modified on Mon 9 Nov 2026 11.20 GMT

Share

Volunteers launch the Kestrel Point lifeboat during a training exercise in October. Photograph: Tom Ashworth/The Guardian

Volunteer lifeboat crews along a 60-mile stretch of the north-east coast say they are struggling to answer emergency calls after losing almost a third of their members in two years.

At Kestrel Point, the station that covers the busiest fishing grounds on the coast, only nine of 22 crew places are filled. Twice this autumn the boat launched with the minimum crew of four.

Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT

"People want to help, but they can't leave a job at 3am and be back for the school run," said the station's coxswain, Neil Farrow. "The sea doesn't care about any of that."

Related: Coastguard stations face closure under cost review

The charity that runs the service said recruitment had picked up since a local appeal in September, but that training a new crew member took up to two years.

This article was amended on 10 November 2026. An earlier version gave the wrong number of crew places at Kestrel Point.
""", E("2026-11-09", "Lifeboat volunteers on Kestrel coast face 'impossible' winter as crews shrink",
      "Volunteers launch the Kestrel Point lifeboat during a training exercise in October.", "Tom Ashworth/The Guardian",
      ["Harriet Vance"], None, None,
      "Volunteer lifeboat crews along a 60-mile stretch of the north-east coast", 5, None,
      "Guardian page: 'UK news' is a section label, 'Last modified on ...' a timestamp line, the newsletter prompt and 'Related: ...' furniture. The byline is 'Name in Place' (place cut); the photo credit alone does not give the outlet, so outlet stays null. The amendment note is a correction and stays in the body."))

A("web-local-email-under-byline.txt", """
Skip to content
Home | News | Local | Sports | Obituaries | e-Edition

Advertisement

Dunmore Falls school board delays vote on four-day week

By Kayla Brandt
kbrandt@dunmorefallsrecord.example

Published 6:02 a.m. CT Nov. 18, 2026 | Updated 9:14 a.m. CT Nov. 18, 2026

Share this article
Facebook Twitter Email

DUNMORE FALLS, Mo. — The Dunmore Falls school board on Tuesday put off a vote on moving the district to a four-day week, saying it needed more time to study what the change would mean for families who depend on school meals.

About 140 parents, teachers and students packed the middle school cafeteria for the meeting. Most of the two dozen speakers supported the change, which district leaders say would help them hire and keep teachers.

Advertisement

"We lost 11 teachers last year to districts that already made the switch," Superintendent Carla Ruiz told the board. "We can't keep training people for our neighbors."

Opponents said a fifth day without school would leave working parents scrambling for child care. The board will take up the question again at its Dec. 15 meeting.

Sign up for our newsletter
""", E("2026-11-18", "Dunmore Falls school board delays vote on four-day week", None, None,
      ["Kayla Brandt"], None, "DUNMORE FALLS, Mo.",
      "The Dunmore Falls school board on Tuesday put off a vote", 4, None,
      "The reporter's e-mail address under the byline is furniture and does not give the outlet. The 'Published ... | Updated ...' line is a timestamp line; its first date (Nov. 18, CT) is the article's date. 'Advertisement' inside the story is dropped."))

A("web-opinion-columnist-bio.txt", """
Opinion

Why does Castlebrook still not have a bus to its own hospital?

By Marjorie Ellison

March 14, 2026

Share
Save

Every few weeks someone writes to me about the 2.4 miles between Castlebrook's last bus stop and the front door of St. Columba's Hospital.

The letters are rarely angry. They are tired. A retired postman described walking it with a broken wrist. A young mother told me she budgets £14 a week for taxis to antenatal appointments.

So who is responsible?

The county says buses are the operator's decision. The operator says the route would lose money without a county subsidy. The hospital trust says it does not run buses. Each answer is true, and together they add up to nothing.

Opinion polls commissioned by the town council last year found 71% of residents would accept a small rise in council tax to pay for a hospital service. That ought to settle it.

Marjorie Ellison is a columnist for The Castlebrook Sentinel. Email her at mellison@castlebrooksentinel.example.
""", E("2026-03-14", "Why does Castlebrook still not have a bus to its own hospital?", None, None,
      ["Marjorie Ellison"], "The Castlebrook Sentinel", None,
      "Every few weeks someone writes to me about the", 5,
      "Marjorie Ellison is a columnist for The Castlebrook Sentinel. Email her at mellison@castlebrooksentinel.example.",
      "'Opinion' above the headline is a section label; the headline ends with '?'. 'So who is responsible?' is a short question paragraph in the body, not a headline, and 'Opinion polls ...' is a body sentence. The columnist's bio is the trailer and names the outlet."))

A("web-analysis-us-rates.txt", """
Home | Business | Economy

Analysis

U.S. rates stay on hold, but the Fed's patience is wearing thin

By Gregory Oduya, Chief Economics Correspondent

Dec. 9, 2026 4:15 p.m. ET

Share this article

Federal Reserve officials left interest rates unchanged for a fourth straight meeting on Wednesday, but the statement they released hinted at a debate that is getting harder to paper over.

Three of the 12 voting members wanted a quarter-point cut, the most dissents in years. Their argument, laid out in speeches over the past month, is that the labor market is cooling faster than the official data show.

By the end of next year, markets expect at least two cuts. Futures pricing on Wednesday afternoon put the odds of a move in January at roughly 40%.

The majority is not there yet. Inflation in services has barely budged since the summer, and several officials have said they want to see two more months of data before acting.

Read more: What a rate cut would mean for your mortgage
""", E("2026-12-09", "U.S. rates stay on hold, but the Fed's patience is wearing thin", None, None,
      ["Gregory Oduya"], None, None,
      "Federal Reserve officials left interest rates unchanged for a fourth", 4, None,
      "'Analysis' is a section label, never the headline; the headline carries inner full stops ('U.S.'). 'Chief Economics Correspondent' is a job title. The bare date line 'Dec. 9, 2026 4:15 p.m. ET' gives the date; 'By the end of next year, ...' is a body sentence, not a byline."))

A("web-no-blank-lines.txt", """
Home | Local | Weather
St. Aldric council backs new skate park after teenagers pack meeting
Oct. 8, 2026
By Dean Whitcombe
Share
Teenagers filled the public gallery of St. Aldric town hall on Wednesday night as the council voted 6-1 to build a skate park on the old bowling green.
The vote ends a two-year campaign led by pupils at St. Aldric High School, who collected 2,300 signatures.
Advertisement
Councillor Ruth Penhale, the only member to vote against, said she feared noise for neighbours on Orchard Row.
Work is expected to start in the spring.
Read more: Bowling club agrees to merge with neighbours
""", E("2026-10-08", "St. Aldric council backs new skate park after teenagers pack meeting", None, None,
      ["Dean Whitcombe"], None, None,
      "Teenagers filled the public gallery of St. Aldric town hall", 4, None,
      "A web paste with no blank lines at all: every line is its own paragraph. The headline carries an inner full stop ('St.'); navigation, 'Share', 'Advertisement' and 'Read more: ...' are furniture lines."))

A("web-advertisement-revenue.txt", """
Advertisement

Regional publisher Harlow Media to close three weekly papers

By Sunita Raghavan | The Midland Courier

Published 10:45 BST, 22 April 2026

Harlow Media said on Wednesday it would close three of its weekly newspapers in the east Midlands next month, blaming falling print sales and the cost of newsprint.

Advertisement

Advertisement revenue at the group's weekly titles fell 18% last year, according to its annual report, while print circulation dropped by a fifth.

The titles – the Ashby Clarion, the Wrexley Mercury and the Hollin Vale Times – will print their final editions on 28 May. About 20 journalists are expected to lose their jobs.

Share prices in Harlow Media rose 3% after the announcement, which analysts read as a sign that investors welcomed the cuts.

"When the paper goes, the council meetings go unreported," said former Clarion editor Tom Beddoes. "Nobody else is going to sit through a planning committee."

Share

Advertisement
""", E("2026-04-22", "Regional publisher Harlow Media to close three weekly papers", None, None,
      ["Sunita Raghavan"], "The Midland Courier", None,
      "Harlow Media said on Wednesday it would close three", 5, None,
      "The bare 'Advertisement' and 'Share' lines are furniture, but 'Advertisement revenue at ...' and 'Share prices in ...' open real body paragraphs. Pipe byline gives the outlet."))

A("web-related-coverage-trial.txt", """
Home | News | Courts

Courts

Jury hears 999 call in Marrow Bay takeaway fire trial

By Declan Hurst
Court reporter

Published 14:12 GMT, 5 February 2026 | Updated 16:40 GMT, 5 February 2026

Share
Save

Jurors in the trial of a man accused of setting fire to a Marrow Bay takeaway have heard the 999 call made by a neighbour who saw flames coming through the shop's roof.

In the recording, played at Castlebrook Crown Court on Thursday, the caller can be heard telling the operator: "There's people living upstairs. Please hurry."

Related: Takeaway owner tells jury of the night of the fire

Related coverage of the trial has been limited by an order of the judge, who has barred reporting of some evidence until the jury returns its verdicts.

Daniel Pryce, 34, of Harbour Road, denies arson with intent to endanger life. The trial continues.
""", E("2026-02-05", "Jury hears 999 call in Marrow Bay takeaway fire trial", None, None,
      ["Declan Hurst"], None, None,
      "Jurors in the trial of a man accused of setting", 4, None,
      "'Courts' is a section label and 'Court reporter' under the byline a job title (no outlet). 'Related: ...' is a furniture link, but 'Related coverage of the trial ...' is a body sentence."))

A("web-photo-courtesy-city.txt", """
Home | News | Local

Brennan Hills opens its first splash pad at Lakeside Park

Children play in the new splash pad at Lakeside Park on Saturday morning. (Photo courtesy of the City of Brennan Hills)

By Alicia Moreno, Staff Writer

June 6, 2026

BRENNAN HILLS — Dozens of children in swimsuits were waiting at the gate when the city's first splash pad opened at Lakeside Park on Saturday.

The $640,000 project, paid for with federal recovery money and a grant from the county parks foundation, has 28 spray features and a shaded seating area for parents.

"We've been asking for this for six years," said Tamika Jordan, who brought her three grandchildren. "Now they don't have to drive to Millbrook to cool off."

The splash pad will be open daily from 10 a.m. to 8 p.m. through Labor Day. Admission is free.
""", E("2026-06-06", "Brennan Hills opens its first splash pad at Lakeside Park",
      "Children play in the new splash pad at Lakeside Park on Saturday morning.", "Photo courtesy of the City of Brennan Hills",
      ["Alicia Moreno"], None, "BRENNAN HILLS",
      "Dozens of children in swimsuits were waiting at the gate", 4, None,
      "The courtesy credit is inside parentheses, so its wording stays in the credit; the city is not an outlet. 'Staff Writer' is a job title. The date line sits below the byline."))

A("web-afp-getty-credit.txt", """
France's last silk weavers fight to keep their Croix-Rousse workshop

Weavers work on a Jacquard loom at the Atelier Sainte-Blandine in Lyon on March 2, 2026. JULIEN MOREAU/AFP via Getty Images

LYON, March 3, 2026 (AFP) - The clatter of wooden looms has filled the workshop on the slopes of Lyon's Croix-Rousse hill since 1862. Its four remaining weavers fear it will fall silent by the summer.

The building's owner wants to turn the ground floor into flats, and the weavers' cooperative has until June to find 1.2 million euros to buy it.

"Our grandparents revolted here for the right to a fair price for silk," said Odile Fabre, 61, who has worked the looms for four decades. "We are not going to leave quietly."

The city council has promised to study a rescue package but has not committed any money.

jm/sr/tw
""", E("2026-03-03", "France's last silk weavers fight to keep their Croix-Rousse workshop",
      "Weavers work on a Jacquard loom at the Atelier Sainte-Blandine in Lyon on March 2, 2026.", "JULIEN MOREAU/AFP via Getty Images",
      [], "AFP", "LYON",
      "The clatter of wooden looms has filled the workshop", 4, "jm/sr/tw",
      "The date comes from the dated dateline. Decision for datelines with a year: the full date is the article's date, so 'dateline' keeps only the place (unlike a Reuters month-day with no year). The ALL-CAPS 'Name/AFP via Getty Images' credit has no parentheses; the desk initials are the trailer."))

A("web-credit-for-the-outlet.txt", """
date 2026-05-17

Harbour Street bakery marks 100 years with a free loaf for every customer

Baker Ilse Marten shapes loaves before dawn at the Harbour Street Bakery on Thursday. Jonas Pelt for The Eastbrook Tribune

By Miriam Okafor, Special to The Eastbrook Tribune

EASTBROOK — The queue outside the Harbour Street Bakery started forming at 5 a.m. on Saturday, an hour before the doors opened, and by noon it reached the corner of Quay Lane.

The bakery, founded in 1926 by a Dutch ship's cook who jumped ship and never went home, gave away 2,000 loaves to mark its centenary.

Its current owner, Ilse Marten, is the founder's great-granddaughter. She still uses his sourdough starter, which she keeps in a stoneware crock she will not let anyone else touch.

Copyright 2026 The Eastbrook Tribune
""", E("2026-05-17", "Harbour Street bakery marks 100 years with a free loaf for every customer",
      "Baker Ilse Marten shapes loaves before dawn at the Harbour Street Bakery on Thursday.", "Jonas Pelt for The Eastbrook Tribune",
      ["Miriam Okafor"], "The Eastbrook Tribune", "EASTBROOK",
      "The queue outside the Harbour Street Bakery started forming at", 3,
      "Copyright 2026 The Eastbrook Tribune",
      "'Name for The Outlet' is a credit without parentheses. 'Special to The Eastbrook Tribune' is a job title, not an author; the outlet comes from the copyright trailer (the credit alone would not give it)."))
