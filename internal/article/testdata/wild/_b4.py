from _lib import A, E

A("glued-header-caption-reuters.txt", """
 date 2026-06-01T08:00:00Z Firefighters work to put out a wildfire near Cerro Alto, Spain, May 31, 2026. REUTERS/Marta Quiles

Spanish firefighters contain blaze near Cerro Alto after two days

By Javier Ortega

MADRID, June 1 (Reuters) - Firefighters in southern Spain had brought a wildfire near the village of Cerro Alto under control by Monday morning, regional authorities said, after it burned about 3,400 hectares of pine forest and scrubland.

Some 900 residents evacuated on Saturday were allowed to return home late on Sunday.

The fire broke out on Saturday afternoon in temperatures above 38 degrees Celsius (100 F), and strong winds carried embers across a motorway, officials said.

(Reporting by Javier Ortega; Additional reporting by Marta Quiles in Cerro Alto; Editing by Helen Pryce)
""", E("2026-06-01", "Spanish firefighters contain blaze near Cerro Alto after two days",
      "Firefighters work to put out a wildfire near Cerro Alto, Spain, May 31, 2026.", "REUTERS/Marta Quiles",
      ["Javier Ortega"], "Reuters", "MADRID, June 1",
      "Firefighters in southern Spain had brought a wildfire near the", 3,
      "(Reporting by Javier Ortega; Additional reporting by Marta Quiles in Cerro Alto; Editing by Helen Pryce)",
      "The header runs into the caption on the first line, with a stray leading space; the caption ends in a Reuters credit without parentheses. The headline comes after the caption. Reuters month-day kept in the dateline."))

A("glued-header-caption-allcaps.txt", """
DATE: 2026-07-08 Pupils leave Saint-Rémy primary school early on Tuesday as temperatures reach 39C. (PHOTO: LOUIS MARCHAND/THE VALLEY GAZETTE)

Heatwave shuts schools across the Ardenne valley

By ÉLODIE FONTAINE

Schools in 14 towns across the Ardenne valley closed at lunchtime on Tuesday as the heatwave pushed temperatures close to 40C, and local authorities warned that the closures could last until the end of the week.

The regional health authority said three elderly people had been taken to hospital with heatstroke. Public pools will stay open until 10 p.m.

Forecasters expect the heat to break on Friday, when storms are due to sweep in from the west.
""", E("2026-07-08", "Heatwave shuts schools across the Ardenne valley",
      "Pupils leave Saint-Rémy primary school early on Tuesday as temperatures reach 39C.", "PHOTO: LOUIS MARCHAND/THE VALLEY GAZETTE",
      ["Élodie Fontaine"], None, None,
      "Schools in 14 towns across the Ardenne valley closed at", 3, None,
      "Upper-case header key ('DATE:') glued to the caption. The ALL-CAPS credit keeps its label and case as written (it is inside the parentheses) and does not give the outlet. The ALL-CAPS accented byline becomes 'Élodie Fontaine'."))

A("glued-header-caption-ap-photo.txt", """
title: Minnesota county runs short of road salt after early blizzards
date: 2026-01-07 Snowplows line up at the county garage in Elk Ridge, Minn., on Tuesday, Jan. 6, 2026. (AP Photo/Greta Lund)

By SVEN HALVORSEN Associated Press

ELK RIDGE, Minn. (AP) — A northern Minnesota county has used nearly its entire winter supply of road salt after three blizzards in five weeks, and officials said Wednesday they were rationing what was left for hills, curves and school bus routes.

Hollis County had 9,000 tons of salt in its sheds in November. By Tuesday it had fewer than 800.

"We've never been here in January," county engineer Paula Dvorak said. "Usually we're worried about March."

The county has ordered more from a supplier in Duluth, but deliveries are backed up across the region.

Copyright 2026 The Associated Press. All rights reserved.
""", E("2026-01-07", "Minnesota county runs short of road salt after early blizzards",
      "Snowplows line up at the county garage in Elk Ridge, Minn., on Tuesday, Jan. 6, 2026.", "AP Photo/Greta Lund",
      ["Sven Halvorsen"], "The Associated Press", "ELK RIDGE, Minn.",
      "A northern Minnesota county has used nearly its entire winter", 4,
      "Copyright 2026 The Associated Press. All rights reserved.",
      "The second header line ('date: ...') runs into an AP caption; the AP-style date inside the caption is not the article date. The outlet is glued to the ALL-CAPS name. 'By Tuesday it had ...' is a body sentence."))

A("web-lowercase-credit.txt", """
Home | Community | Arts

Mural festival turns Fenwick Lane into an open-air gallery

Artist Kofi Mensah-Bright works on a mural of river herons on the side of the old tannery on Friday. (photo: dana whitby/riverside weekly)

By Priya Raman

Sept. 19, 2026

Share
Facebook Twitter Email

Twelve artists spent the week painting the walls of Fenwick Lane, a narrow street of warehouses that has been largely empty since the tannery closed in 2009.

The Fenwick Walls festival, in its first year, was organised by a group of residents who persuaded property owners to donate their walls and a paint supplier to donate 400 litres of paint.

Advertisement

"People used to cut through here quickly with their keys in their fist," said organiser Beth Caldwell. "This weekend they were stopping to take photos."

A walking tour of the murals starts at 11 a.m. Sunday from the tannery gate.

Related: Tannery site sold to housing developer
""", E("2026-09-19", "Mural festival turns Fenwick Lane into an open-air gallery",
      "Artist Kofi Mensah-Bright works on a mural of river herons on the side of the old tannery on Friday.", "photo: dana whitby/riverside weekly",
      ["Priya Raman"], None, None,
      "Twelve artists spent the week painting the walls of Fenwick", 4, None,
      "An all lower-case credit inside parentheses is still a credit, kept as written with its label. 'Facebook Twitter Email' share buttons, 'Advertisement' and 'Related: ...' are furniture; the credit does not give the outlet."))

A("web-guardian-two-places.txt", """
Skip to main content
Environment

Sewage spills into Wrenmouth estuary rose by a third last year, figures show

Julia Kemp in Bristol and Samir Haddad in Cardiff

Thu 12 Mar 2026 06.00 GMT

Share

A storm overflow pipe on the mudflats at Wrenmouth at low tide. Photograph: Rory Keane for the Guardian

Sewage was released into the Wrenmouth estuary for more than 9,400 hours last year, a rise of 34% on the year before, according to figures published by the Environment Agency on Thursday.

Most of the spills came from six storm overflows operated by Severn Vale Water, which said heavy rainfall in the autumn had overwhelmed its treatment works.

Sign up for our newsletter

Campaigners said the figures showed the company had failed to invest. "Every wet weekend the beach at Wrenmouth Sands is closed," said Megan Pryor of the Wrenmouth Swimmers group. "This is a bathing water. People swim here all year."

The company said it would spend £310m on the estuary's overflows by 2030.
""", E("2026-03-12", "Sewage spills into Wrenmouth estuary rose by a third last year, figures show",
      "A storm overflow pipe on the mudflats at Wrenmouth at low tide.", "Rory Keane for the Guardian",
      ["Julia Kemp", "Samir Haddad"], None, None,
      "Sewage was released into the Wrenmouth estuary for more than", 4, None,
      "Guardian byline with a place per author ('A in X and B in Y'). 'Photograph:' only separates caption and credit and is dropped; the credit is a 'Name for the Guardian' form and, as a photo credit, does not give the outlet. 'Environment' is a section label."))

A("web-ap-two-photos.txt", """
date 2026-08-21

Wildfire smoke prompts air alerts across Montana valley towns

Smoke from the Cedar Gulch fire hangs over Main Street in Larkspur, Mont., on Thursday, Aug. 20, 2026. (AP Photo/Jesse Whitecalf)

By RUTH ANN BECKER and TOMÁS VILLANUEVA, Associated Press

LARKSPUR, Mont. (AP) — Health officials in western Montana warned residents of five valley towns to stay indoors on Friday as smoke from a fast-growing wildfire pushed air quality to the worst levels recorded in the state this year.

The Cedar Gulch fire has burned more than 62,000 acres since lightning sparked it on Aug. 12. It was 15% contained Friday morning.

A firefighter digs a line along a ridge above Larkspur, Mont., on Wednesday, Aug. 19, 2026. (AP Photo/Jesse Whitecalf)

Schools that were due to open Monday will delay the start of classes by a week, the district said.

"You can taste it," said Larkspur resident Jan Ostrowski, 67, who has asthma. "I've had the windows shut for four days."

Associated Press writer Martha Bellamy in Helena contributed to this report.
""", E("2026-08-21", "Wildfire smoke prompts air alerts across Montana valley towns",
      "Smoke from the Cedar Gulch fire hangs over Main Street in Larkspur, Mont., on Thursday, Aug. 20, 2026.", "AP Photo/Jesse Whitecalf",
      ["Ruth Ann Becker", "Tomás Villanueva"], "The Associated Press", "LARKSPUR, Mont.",
      "Health officials in western Montana warned residents of five valley", 5, None,
      "A second AP caption sits between body paragraphs: it is a later figure, not a paragraph. 'Associated Press writer ... contributed to this report.' is story text and stays in the body, so there is no trailer."))

A("byline-with-x-in-y.txt", """
date 2026-02-24

Rail link between Lviv and Przemyśl to double its trains before spring

By Olena Marchuk in Lviv with Piotr Zawadzki in Warsaw

LVIV, Ukraine — Ukraine's state railway will double the number of daily trains between Lviv and the Polish border town of Przemyśl from March, officials said on Tuesday, as demand for the crossing keeps outstripping seats.

Trains on the route have been sold out weeks in advance since the autumn, and passengers have complained of buying tickets from resellers at three times the price.

The extra services will use carriages leased from Poland's national rail operator, officials in Warsaw said.

Tickets for the new departures go on sale on Friday.
""", E("2026-02-24", "Rail link between Lviv and Przemyśl to double its trains before spring", None, None,
      ["Olena Marchuk", "Piotr Zawadzki"], None, "LVIV, Ukraine",
      "Ukraine's state railway will double the number of daily trains", 4, None,
      "'with X in Y': the second reporter is an author too; each ' in Place' is cut from the names."))

A("byline-shift-markers.txt", """
Storm Irmeline: thousands without power as gales hit west coast

Rachel Adeyemi (now) and Tom Whitaker (earlier)

Sat 12 Dec 2026 15.42 GMT

Share

About 38,000 homes across the west of the country were without power on Saturday afternoon as Storm Irmeline brought gusts of up to 90mph to exposed coasts.

The Met Office has extended its amber wind warning until 6am on Sunday. Ferry crossings to the islands have been cancelled for the rest of the weekend.

Read more: What does an amber weather warning mean?

Engineers said some rural customers could be without electricity until Monday because fallen trees were blocking access to damaged lines.

Share
""", E("2026-12-12", "Storm Irmeline: thousands without power as gales hit west coast", None, None,
      ["Rachel Adeyemi", "Tom Whitaker"], None, None,
      "About 38,000 homes across the west of the country were", 3, None,
      "Live-page byline with shift markers: '(now)' and '(earlier)' are dropped, both people are authors. 'Read more: ...' is furniture even though it ends with a question mark."))

A("byline-staff-report.txt", """
Crews to close Route 9 bridge overnight for deck repairs

Staff report

April 2, 2026

Traffic crosses the Stone Mill Creek span of Route 9 on Wednesday. (Noah Feld/Pinehurst Lake Ledger)

PINEHURST LAKE — The Route 9 bridge over Stone Mill Creek will close to all traffic overnight for the next two weeks while crews replace worn sections of the deck, state highway officials said Thursday.

The bridge will be closed from 11 p.m. to 5 a.m. Sunday through Thursday nights, starting Monday. Drivers will be detoured over Lakeshore Drive, adding about 10 minutes to the trip.

Emergency vehicles will be allowed across, officials said.
""", E("2026-04-02", "Crews to close Route 9 bridge overnight for deck repairs",
      "Traffic crosses the Stone Mill Creek span of Route 9 on Wednesday.", "Noah Feld/Pinehurst Lake Ledger",
      [], None, "PINEHURST LAKE",
      "The Route 9 bridge over Stone Mill Creek will close to", 3, None,
      "'Staff report' is a byline with no author and no outlet. The credit names a paper, but a photo credit alone never gives the outlet, so outlet stays null."))

A("byline-from-staff-reports.txt", """
date 2026-05-09

Lady Hawks win first state softball title

From staff reports

MAPLETON — Junior pitcher Kiara Dunn struck out 11 and drove in the winning run in the seventh inning as Mapleton High beat Eastvale 3-2 on Saturday to win the school's first state softball championship.

Dunn's two-out single scored Addie Sauer from second base after Eastvale had tied the game with a two-run homer in the top of the inning.

"I just wanted to put it in play," Dunn said. "I wasn't thinking about anything else."

Mapleton (27-4) had lost in the semifinals in each of the past two seasons.

Copyright 2026 The Pinecrest Courier
""", E("2026-05-09", "Lady Hawks win first state softball title", None, None,
      [], "The Pinecrest Courier", "MAPLETON",
      "Junior pitcher Kiara Dunn struck out 11 and drove in", 4,
      "Copyright 2026 The Pinecrest Courier",
      "'From staff reports' is a byline with no author. The outlet comes from the copyright trailer."))

A("byline-outlet-staff.txt", """
Home | News | Weather

Boil-water notice lifted for east side neighborhoods

By Brightwater Today Staff

Published 7:45 a.m. ET Sept. 3, 2026

Share
Save

BRIGHTWATER — The city lifted a boil-water notice for about 4,200 homes on the east side Thursday morning, two days after a water main break on Delmont Avenue.

Tests from 14 sampling points came back clear on Wednesday night, the utilities department said.

Residents should run their cold taps for two minutes before drinking the water, and throw away ice made while the notice was in effect, officials said.
""", E("2026-09-03", "Boil-water notice lifted for east side neighborhoods", None, None,
      [], "Brightwater Today", "BRIGHTWATER",
      "The city lifted a boil-water notice for about 4,200 homes", 3, None,
      "'Outlet Staff' byline: the outlet is 'Brightwater Today' and there is no author."))

A("web-latimes-times-staff-writer.txt", """
California

Storm drains, not sewers, blamed for Seacliff Cove beach closures

By Kevin Tran, Times Staff Writer

March 20, 2026 5 AM PT

Share
Save

Beachgoers walk past a closure sign at Seacliff Cove on Thursday. (Marisol Reyes / Los Angeles Times)

Bacteria that have closed the beach at Seacliff Cove for 41 days this year are coming from storm drains that carry runoff from nearby neighborhoods, not from a leaking sewer line as officials first suspected, according to a county study released Thursday.

Researchers found high levels of bacteria from dogs and birds in three drains that empty onto the sand, but almost no traces of human waste.

"It's a different problem with a different fix," said Dr. Helen Pak, the county's environmental health director. "You can't dig up a pipe and be done with it."

The county plans to install filters on the drains by summer.

Copyright © 2026, Los Angeles Times
""", E("2026-03-20", "Storm drains, not sewers, blamed for Seacliff Cove beach closures",
      "Beachgoers walk past a closure sign at Seacliff Cove on Thursday.", "Marisol Reyes / Los Angeles Times",
      ["Kevin Tran"], "Los Angeles Times", None,
      "Bacteria that have closed the beach at Seacliff Cove for", 4,
      "Copyright © 2026, Los Angeles Times",
      "'Times Staff Writer' after the comma is a job title, not the outlet 'The Times'; the outlet comes from the copyright trailer. The credit uses spaced slashes. 'California' is a section label."))

A("web-cnn-lagos-dateline.txt", """
Lagos ferry operators suspend night crossings after deadly capsizing

By Adaeze Okonkwo-Bello, CNN

Published 2:10 AM EST, Fri November 13, 2026

Share

Lagos, Nigeria (CNN) — Private ferry operators in Lagos have suspended all night crossings on the city's lagoon after a boat carrying 40 passengers capsized late Wednesday, killing at least nine people, officials said.

The boat, which was licensed to carry 28, overturned near the Ebute jetty shortly after 9 p.m. Rescue workers pulled 23 people from the water.

Advertisement

The state waterways authority said it would inspect every commercial boat on the lagoon before night services resume.

"Many of us have no other way to get home," said Funmi Adebayo, a trader who uses the ferry daily. "The roads take three hours."
""", E("2026-11-13", "Lagos ferry operators suspend night crossings after deadly capsizing", None, None,
      ["Adaeze Okonkwo-Bello"], "CNN", "Lagos, Nigeria",
      "Private ferry operators in Lagos have suspended all night crossings", 4, None,
      "Mixed-case place before the agency tag ('Lagos, Nigeria (CNN) —'). The date comes from the 'Published ...' line. Byline outlet and tag agree."))

A("cnn-tag-alone.txt", """
date 2026-06-18

Scientists find a 'lost' forest under a retreating Alaska glacier

By Meredith Lang, CNN

(CNN) — The stumps of a forest that was buried under ice for at least 1,100 years have emerged from beneath a retreating glacier in southeast Alaska, researchers said this week.

The trees, mostly spruce and hemlock, were flattened and buried when the Talkeena Glacier advanced during a cold period that began around the 10th century, according to radiocarbon dates from the wood.

Analysis of tree rings from the stumps could show how the region's climate changed in the centuries before the ice arrived, said geologist Sarah Whitfeather of the University of Juneau.

Is it a warning? Whitfeather said the forest shows the glacier is now smaller than at any time in more than a millennium.
""", E("2026-06-18", "Scientists find a 'lost' forest under a retreating Alaska glacier", None, None,
      ["Meredith Lang"], "CNN", None,
      "The stumps of a forest that was buried under ice", 4, None,
      "A '(CNN) —' lead with no place: no dateline, the tag gives the outlet. 'Analysis of tree rings ...' opens a body paragraph and is not the 'Analysis' section label."))

A("byline-shift-markers-cnn.txt", """
Nov. 3, 2026 7:58 p.m. ET

Live updates: Polls close in Ohio and Pennsylvania as results start to come in

By Kwame Asante (now) and Helen Price (earlier), CNN

Share

Polls have now closed in Ohio and Pennsylvania, two states where turnout was running ahead of the last midterm elections, according to state officials.

In Ohio, voters were standing in line in parts of Franklin County when polls closed at 7:30 p.m. Anyone in line by then is allowed to vote.

Pennsylvania election officials warned that mail ballots, which cannot be processed before Election Day, could take until Thursday to count.

Who will win Ohio's open race for governor? It may be hours before we know.
""", E("2026-11-03", "Live updates: Polls close in Ohio and Pennsylvania as results start to come in", None, None,
      ["Kwame Asante", "Helen Price"], "CNN", None,
      "Polls have now closed in Ohio and Pennsylvania, two states", 4, None,
      "A live page: the bare date line sits above the headline; the shift markers '(now)' and '(earlier)' are dropped and the outlet follows the last comma. The closing question is body text."))
