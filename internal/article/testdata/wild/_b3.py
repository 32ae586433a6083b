from _lib import A, E

A("email-full-headers-fwd.txt", """
From: Mark Ellery <mellery@harbourdaily.example>
Date: Sat, 28 Nov 2026 22:40:00 +0000
Subject: Fwd: Ferry operator fined over Harrowgate crossing delays
To: Weekend Desk <weekend@harbourdaily.example>

---------- Forwarded message ---------
From: North Coast Wire <desk@northcoastwire.example>
Date: Sat, 28 Nov 2026 21:05:00 +0000
Subject: Ferry operator fined over Harrowgate crossing delays
To: Clients

Ferry operator fined over Harrowgate crossing delays

By Fiona Gallagher
North Coast Wire

HARROWGATE — The company that runs the Harrowgate to Skelness ferry was fined £1.8 million on Saturday for repeatedly cancelling crossings without warning, the first penalty of its kind under the county's new transport contracts.

Inspectors found that 212 sailings were cancelled in the 12 months to September, 140 of them with less than an hour's notice. Passengers described being left on the slipway in the rain with no information.

"We accept the findings and we apologise," said Bryony Kale, managing director of Skelness Ferries. She said two new vessels would enter service in the spring.

The fine will be paid into a fund for improving the terminal buildings at both ends of the route.

Copyright 2026 North Coast Wire. All rights reserved.
""", E("2026-11-28", "Ferry operator fined over Harrowgate crossing delays", None, None,
      ["Fiona Gallagher"], "North Coast Wire", "HARROWGATE",
      "The company that runs the Harrowgate to Skelness ferry was", 4,
      "Copyright 2026 North Coast Wire. All rights reserved.",
      "A forwarded e-mail with two header blocks and a '---------- Forwarded message ---------' separator, CRLF, hard-wrapped at 72: all header lines and the separator are dropped. Both Date: lines fall on 28 Nov (+0000). The subject without 'Fwd:' matches the headline; the outlet stands on the line under the byline."),
  wrap=72, crlf=True)

A("email-nyt-routing-slug.txt", """
From: NYT News Service <nytns@example.com>
To: Clients
Date: Sat, 28 Nov 2026 18:30:00 -0500
Subject: ADVANCE FOR SUNDAY, NOV. 29: BC-Storm-Coast-NYT

BC-Storm-Coast-NYT

Slow storm leaves Outer Banks towns counting the cost

c.2026 The New York Times Company

By Evelyn Marsh and Daniel Okonkwo

HARLAN BEACH, N.C. — For three days the storm sat off the coast, pushing the sea into streets that have flooded before but never for this long.

By Saturday, when the wind finally turned, more than 400 homes in Harlan Beach and two neighboring towns had water inside them, and the only road onto the island was still closed at the bridge.

"It wasn't the wind, it was the waiting," said Corinne Tate, 58, who moved her furniture upstairs on Wednesday and watched from a bedroom window as the water rose around her car.

State officials said it was too early to estimate the cost of the damage. The governor asked for a federal disaster declaration on Saturday afternoon.

Evelyn Marsh reported from Harlan Beach, and Daniel Okonkwo from Raleigh.

This article originally appeared in The New York Times.
""", E("2026-11-28", "Slow storm leaves Outer Banks towns counting the cost", None, None,
      ["Evelyn Marsh", "Daniel Okonkwo"], "The New York Times", "HARLAN BEACH, N.C.",
      "For three days the storm sat off the coast", 5,
      "This article originally appeared in The New York Times.",
      "The subject is only an advisory ('ADVANCE FOR SUNDAY, NOV. 29:') plus the routing slug, so it is not the title; the headline paragraph is. The date is the Date: line (28 Nov at -0500), not the advance date. The slug and the 'c.2026 ...' line are neither headline nor body; 'By Saturday, when ...' is body; the reporters' location note is story text."),
  wrap=68)

A("email-ap-advance-crlf.txt", """
From: AP Member Desk <memberdesk@example.org>
Date: Fri, 27 Nov 2026 16:45:00 -0600
To: Sunday Editor
Subject: FW: ADVANCE FOR RELEASE SUNDAY, NOV. 29: Prairie towns fight to keep their last grain elevators

BC-US--Grain-Elevators, Advance

Prairie towns fight to keep their last grain elevators

An abandoned grain elevator stands near Carvel, Kan., on Tuesday, Nov. 24, 2026. (AP Photo/Lena Whitford)

By MAGGIE O'ROURKE and DALE MCKINNON-REESE, Associated Press

CARVEL, Kan. (AP) — For most of a century, the white concrete elevator on the edge of Carvel was the first thing drivers saw on the highway and the last thing the town could not afford to lose.

Now it is empty. The cooperative that owned it merged with a larger one last year and moved its grain to a rail terminal 40 miles east. The town's population, 311 at the last census, has not grown since 1960.

A group of residents wants to buy the elevator for $1 and turn it into a museum and event space. They have raised $86,000 of the $400,000 they say they need.

"If it comes down, there's nothing to tell you we were here," said Wendell Haas, 77, who hauled wheat to the elevator for 50 years.

Associated Press writer Tom Beasley in Topeka, Kansas, contributed to this report.

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
""", E("2026-11-27", "Prairie towns fight to keep their last grain elevators",
      "An abandoned grain elevator stands near Carvel, Kan., on Tuesday, Nov. 24, 2026.", "AP Photo/Lena Whitford",
      ["Maggie O'Rourke", "Dale McKinnon-Reese"], "The Associated Press", "CARVEL, Kan.",
      "For most of a century, the white concrete elevator on", 5,
      "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      "CRLF, hard-wrapped at 70. 'FW:' and the 'ADVANCE FOR RELEASE ...:' advisory are removed from the subject; the date is the Date: line (-0600). ALL-CAPS names become 'O'Rourke' and 'McKinnon-Reese'. The 'contributed to this report' line stays in the body; the two-sentence AP copyright is the trailer."),
  wrap=70, crlf=True)

A("email-reuters-re-sent.txt", """
From: Markets Desk <markets@example.net>
Sent: Tuesday, November 24, 2026 9:50 PM
To: Business Team
Subject: RE: U.S. Treasury yields climb as traders trim rate-cut bets

U.S. Treasury yields climb as traders trim rate-cut bets

A trader works on the floor of the New York Stock Exchange in New York City, U.S., November 23, 2026. REUTERS/Carla Mendez/File Photo

By Priya Natarajan, Tom Kessler, and Ana Ruiz, Reuters

NEW YORK, Nov 24 (Reuters) - U.S. Treasury yields rose for a third day on Tuesday as traders pared back bets that the Federal Reserve would cut interest rates before the end of the year.

The yield on benchmark 10-year notes was up 6 basis points at 4.41%, its highest in three weeks.

Minutes from the Fed's last meeting, released on Monday, showed several policymakers worried that inflation in services was proving sticky.

"The market got ahead of itself," said Laura Beck, head of rates strategy at Marlow Capital in New York. "The Fed isn't in a hurry, and the minutes made that plain."

(Reporting by Priya Natarajan and Tom Kessler in New York; Additional reporting by Ana Ruiz in London; Editing by Mark Doyle)

Our Standards: The Thomson Reuters Trust Principles.
""", E("2026-11-24", "U.S. Treasury yields climb as traders trim rate-cut bets",
      "A trader works on the floor of the New York Stock Exchange in New York City, U.S., November 23, 2026.", "REUTERS/Carla Mendez/File Photo",
      ["Priya Natarajan", "Tom Kessler", "Ana Ruiz"], "Reuters", "NEW YORK, Nov 24",
      "U.S. Treasury yields rose for a third day on Tuesday", 4,
      "(Reporting by Priya Natarajan and Tom Kessler in New York; Additional reporting by Ana Ruiz in London; Editing by Mark Doyle) Our Standards: The Thomson Reuters Trust Principles.",
      "Outlook reply: the date comes from the 'Sent:' line; 'RE:' is removed and the subject matches the headline (inner full stops in 'U.S.'). Serial-comma byline with the outlet after the last comma. The trailing 'REUTERS/Name/File Photo' is the credit; the sign-off and 'Our Standards' line join into one attribution."),
  wrap=74)

A("email-tca-latimes-staff-writer.txt", """
From: Tribune Content Agency <tcanews@example.com>
Date: Mon, 30 Nov 2026 23:40:00 -0800
To: Features Desk
Subject: FOR IMMEDIATE USE: Water district orders cuts as reservoirs sink

Water district orders cuts as reservoirs sink

By Rosa Delgado
Times Staff Writer

ALTAMIRA VALLEY, Calif. — The largest water district in the Altamira Valley ordered its 90,000 customers on Monday to cut outdoor watering to one day a week, the strictest limits it has imposed since the drought of 2015.

The district's two reservoirs are at 23% of capacity after a third dry winter, and managers warned that they could fall below the level at which the treatment plant can draw water by late spring.

"We are asking people to let their lawns go brown," said general manager Felix Ortega. "It is not a request we make lightly."

Customers who break the rules face fines starting at $250.

©2026 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.
""", E("2026-11-30", "Water district orders cuts as reservoirs sink", None, None,
      ["Rosa Delgado"], "Los Angeles Times", "ALTAMIRA VALLEY, Calif.",
      "The largest water district in the Altamira Valley ordered its", 4,
      "©2026 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.",
      "The Date: line is 23:40 on 30 Nov at -0800, so the date is 2026-11-30 as written (it is already 1 Dec in UTC). 'Times Staff Writer' under the byline is a job title, never the outlet 'The Times'; the TCA trailer names the Los Angeles Times."),
  wrap=72)

A("email-bloomberg-tca-slug-subject.txt", """
Date: Tue, 10 Nov 2026 07:20:00 -0500
From: TCA Business Desk <biz@example.com>
To: Business Editors
Subject: BC-BIZ-CONTAINER-SHIPPING-BLOOMBERG

Container lines cut Pacific sailings as freight rates slide

By Hanna Lindqvist
Bloomberg News

SINGAPORE -- The world's biggest container lines are cancelling a growing share of their trans-Pacific sailings as freight rates fall to their lowest level in more than a year.

Carriers have scrapped 38 of 520 scheduled departures from Asia to the U.S. West Coast over the next five weeks, according to a tally by Seaview Analytics, almost double the number a month ago.

Spot rates for a 40-foot container from Shanghai to Los Angeles fell 9% last week to $1,640.

"The carriers ordered too many ships when times were good," said Mei Ling Tan, an analyst at Harbourline Research. "Now they are trying to take capacity out without admitting it."

--With assistance from Kenji Arai.

©2026 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.
""", E("2026-11-10", "Container lines cut Pacific sailings as freight rates slide", None, None,
      ["Hanna Lindqvist"], "Bloomberg News", "SINGAPORE",
      "The world's biggest container lines are cancelling a growing share", 4,
      "--With assistance from Kenji Arai. ©2026 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.",
      "The subject is a routing slug, so the title is the headline paragraph. Bloomberg copy via TCA: the lead has a place and '--' instead of the '(Bloomberg) --' tag; the outlet is the line under the byline. '--With assistance from ...' and the TCA copyright join into one attribution."),
  wrap=70)

A("email-canadian-press-crlf.txt", """
Date: Tue, 3 Nov 2026 14:22:00 -0500
From: The Canadian Press <cpnews@example.ca>
To: Regional Desk
Subject: Kingsmere residents raise $48,000 to save rural post office

By Marc-André Tremblay
The Canadian Press

KINGSMERE, Ont. — Residents of this eastern Ontario village have raised enough money to keep their post office open for at least two more years, after Canada Post said it would close the counter in the back of the general store.

The store's owners, Gail and Ron Pickering, said they could no longer afford to run the counter at a loss. Neighbours held bake sales, a hockey tournament and a silent auction and raised $48,000 in six weeks.

"It's the last place in town where you run into everybody," said Gail Pickering.

This report by The Canadian Press was first published Nov. 3, 2026.
""", E("2026-11-03", "Kingsmere residents raise $48,000 to save rural post office", None, None,
      ["Marc-André Tremblay"], "The Canadian Press", "KINGSMERE, Ont.",
      "Residents of this eastern Ontario village have raised enough money", 3,
      "This report by The Canadian Press was first published Nov. 3, 2026.",
      "No headline paragraph: the title is the e-mail subject. CRLF, hard-wrapped at 66, with the Date: line first. The outlet stands under the byline (and in the CP trailer)."),
  wrap=66, crlf=True)

A("es-efe-por.txt", """
date 2026-03-01

¡Récord de lectores en la feria del libro de La Candelaria!

Por Camila Restrepo

Visitantes recorren los puestos de libros usados en la plaza del Chorro de Quevedo, en Bogotá. (Foto: EFE/Julián Ospina)

BOGOTÁ (EFE).- La feria de libros usados del barrio La Candelaria, en el centro histórico de Bogotá, cerró este domingo con una cifra récord de 180.000 visitantes, informaron los organizadores.

La feria, que reúne a 96 libreros de viejo, celebraba su vigésima edición con un programa dedicado a la poesía colombiana del siglo XX.

"Nunca habíamos vendido tantos libros en un solo fin de semana", dijo a EFE la librera Esperanza Quiroga, que lleva 31 años con su puesto en la plaza.

cr/jgb

© EFE 2026. Queda prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A.
""", E("2026-03-01", "¡Récord de lectores en la feria del libro de La Candelaria!",
      "Visitantes recorren los puestos de libros usados en la plaza del Chorro de Quevedo, en Bogotá.", "Foto: EFE/Julián Ospina",
      ["Camila Restrepo"], "EFE", "BOGOTÁ",
      "La feria de libros usados del barrio La Candelaria, en", 3,
      "cr/jgb © EFE 2026. Queda prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A.",
      "Spanish EFE copy: the headline opens with '¡' and ends with '!'; 'Por' byline. The dash is glued to the tag ('BOGOTÁ (EFE).-'). Desk initials and the Spanish copyright line together form the attribution."))

A("es-email-outlook-rv-efe.txt", """
De: Redacción Internacional <internacional@diariodelsur.example>
Enviado el: martes, 3 de marzo de 2026 10:15
Para: Mesa de cierre
Asunto: RV: URGENTE: Protestas en Valparaíso por el alza del pasaje de micro

Valparaíso (Chile), 3 mar (EFE).- Miles de estudiantes y trabajadores marcharon este martes por el centro de Valparaíso para protestar contra el alza de 15 % en el pasaje del transporte público, que entró en vigor el domingo.

La marcha, convocada por la federación de estudiantes de la Universidad del Puerto, terminó frente a la sede regional del Ministerio de Transportes, donde un grupo de manifestantes lanzó piedras contra la fachada.

Carabineros detuvo a doce personas, según el balance oficial.

El Gobierno regional defendió la subida y recordó que el precio del pasaje llevaba cuatro años congelado.

ar/mcm
""", E("2026-03-03", "Protestas en Valparaíso por el alza del pasaje de micro", None, None,
      [], "EFE", "Valparaíso (Chile), 3 mar",
      "Miles de estudiantes y trabajadores marcharon este martes por el", 4, "ar/mcm",
      "A Spanish Outlook forward: 'De:', 'Enviado el:', 'Para:', 'Asunto:' are the localized From/Sent/To/Subject; the date is in the 'Enviado el:' line. 'RV:' (forward) and 'URGENTE:' (advisory) are removed, and the subject is the title as there is no headline paragraph. EFE dateline: mixed-case place with the country in parentheses and a month-day with no year, kept like a Reuters month-day."))

A("de-email-dpa-wg-crlf.txt", """
From: dpa-Regiodienst <regio@example.de>
Date: Fri, 13 Feb 2026 09:41:00 +0100
To: Lokalredaktion <lokal@auenstedter-bote.example>
Subject: WG: Hochwasser an der Werne: Pegel in Auenstedt steigt weiter

Hochwasser an der Werne: Pegel in Auenstedt steigt weiter

Von Tobias Krämer, dpa

Auenstedt (dpa) - Der Pegel der Werne in Auenstedt ist in der Nacht zum Freitag auf 4,12 Meter gestiegen und liegt damit nur noch knapp unter der Marke, ab der die Altstadt geräumt werden muss.

Feuerwehr und Technisches Hilfswerk verstärkten bis zum Morgen die Deiche an drei Stellen. Rund 300 Helfer waren im Einsatz.

«Wir rechnen damit, dass der Scheitel am Samstagmittag erreicht wird», sagte Bürgermeisterin Heike Brandl. Die Schulen in der Altstadt bleiben vorsorglich geschlossen.

© dpa-infocom, dpa:260213-99-087112/4
""", E("2026-02-13", "Hochwasser an der Werne: Pegel in Auenstedt steigt weiter", None, None,
      ["Tobias Krämer"], "dpa", "Auenstedt",
      "Der Pegel der Werne in Auenstedt ist in der Nacht", 3,
      "© dpa-infocom, dpa:260213-99-087112/4",
      "German e-mail, CRLF, hard-wrapped at 70: 'WG:' is the German forward prefix and is removed from the subject, which matches the headline (its inner colons are not header keys). The byline gives the outlet after a comma; the tag agrees."),
  wrap=70, crlf=True)

A("fr-email-afp-tr-dated-dateline.txt", """
From: AFP Service Regions <regions@example.fr>
Date: Tue, 3 Mar 2026 11:02:00 +0100
To: Redaction Web
Subject: TR: Grève des aiguilleurs : le trafic aérien très perturbé à Montreval

Grève des aiguilleurs : le trafic aérien très perturbé à Montreval

Par Claire Vasseur et Julien Morel

MONTREVAL, 3 mars 2026 (AFP) - Près d'un vol sur deux a été annulé mardi à l'aéroport de Montreval-Lacroix en raison d'une grève des aiguilleurs du ciel, a indiqué la direction de l'aéroport.

Les syndicats protestent contre un projet de réorganisation des centres de contrôle qui prévoit la fermeture de la tour de Montreval la nuit.

« Nous ne ferons pas de la sécurité aérienne au rabais », a déclaré à l'AFP Laurent Quéméner, délégué syndical.

La direction générale de l'aviation civile a demandé aux compagnies de réduire leur programme de vols jusqu'à jeudi.

cv-jm/dch
""", E("2026-03-03", "Grève des aiguilleurs : le trafic aérien très perturbé à Montreval", None, None,
      ["Claire Vasseur", "Julien Morel"], "AFP", "MONTREVAL",
      "Près d'un vol sur deux a été annulé mardi à", 4, "cv-jm/dch",
      "French AFP copy by e-mail, hard-wrapped at 74: 'TR:' (French forward) is removed from the subject. The dateline carries a French date with a year ('3 mars 2026'), which agrees with the Date: line; as for other dated datelines with a year, only the place is kept. Desk initials are the trailer."),
  wrap=74)

A("email-outlook-sent-fw.txt", """
From: Sandra Kealy
Sent: Saturday, November 28, 2026 9:05 PM
To: Night Desk
Subject: FW: late council story - Kestrel Point

Kestrel Point council votes to buy back harbour car park

By Sandra Kealy

KESTREL POINT — Councillors voted 9-4 on Saturday to buy back the harbour car park the town sold to a private operator 11 years ago, ending a long row over parking charges that traders say drove visitors away.

The council will pay £2.35m, to be borrowed over 25 years and repaid from parking income. Charges will be cut from £8 to £4 a day from April.

What happens to the staff?

The operator's six employees will be offered jobs with the council on the same terms, the town clerk said.

Traders on Quay Street welcomed the vote. "We've watched people drive in, see the prices and drive straight out again," said cafe owner Dilys Morgan.
""", E("2026-11-28", "Kestrel Point council votes to buy back harbour car park", None, None,
      ["Sandra Kealy"], None, "KESTREL POINT",
      "Councillors voted 9-4 on Saturday to buy back the harbour", 5, None,
      "Outlook forward with a 'Sent:' line in long form (the date). The subject ('late council story - Kestrel Point') is a note to the desk, not a headline; the headline paragraph wins. 'What happens to the staff?' is a question paragraph inside the story, not a headline."))

A("email-ap-nz-writethru.txt", """
Date: Sun, 29 Nov 2026 08:10:00 +1300
From: AP Asia Desk <asiadesk@example.org>
To: Pacific Clients
Subject: BC-AS--New Zealand-Flooding, 1st Ld-Writethru

BC-AS--New Zealand-Flooding, 1st Ld-Writethru

Floods cut off towns on New Zealand's North Island

UPDATES: With evacuation figures, comment from mayor.

By CHARLOTTE NGATA Associated Press

WELLINGTON, New Zealand (AP) — Floodwaters cut road access to at least six towns on New Zealand's North Island on Sunday after a night of torrential rain, and about 1,200 people spent the night in evacuation centers.

Forecasters said parts of the Kaiwhenua district recorded more than 250 millimeters (10 inches) of rain in 18 hours.

Mayor Aroha Tuhiwai of Kaiwhenua said the river through the town rose 2 meters (6.5 feet) in three hours. "We have never seen it come up this fast," she said.

NZ Army trucks were being used to move residents of two rest homes to higher ground.
""", E("2026-11-29", "Floods cut off towns on New Zealand's North Island", None, None,
      ["Charlotte Ngata"], "The Associated Press", "WELLINGTON, New Zealand",
      "Floodwaters cut road access to at least six towns on", 4, None,
      "Date: is 08:10 on 29 Nov at +1300: the date as written is 2026-11-29 (still 28 Nov in UTC). The subject and the line under the header are an AP routing slug, and 'UPDATES: ...' is a write-through advisory: none is headline or body. The outlet is glued to the ALL-CAPS name without a comma. Paragraphs are indented with spaces (paste debris); 'NZ Army ...' opens a later paragraph with capitals and is not a dateline."),
  wrap=72, indent='   ')

A("email-bloomberg-opinion-bio.txt", """
From: Bloomberg Opinion Syndication <opinion@example.com>
Date: Wed, 14 Oct 2026 05:30:00 +0000
To: Opinion Page Editors
Subject: FOR IMMEDIATE USE: Europe's carmakers are running out of excuses

Europe's carmakers are running out of excuses

By Lars Henning

(Bloomberg Opinion) -- Three years ago, Europe's carmakers said they needed time. Time to retool factories, time to sign battery supply deals, time to train workers. They got it, in the form of softer emissions targets and generous state aid.

What they have done with it is less impressive. Electric models still make up barely a fifth of the region's new car sales, and the cheapest of them cost more than most families will pay.

Meanwhile, rivals from Asia have built plants in Hungary and Spain and are selling compact electric cars for under 25,000 euros.

The carmakers' answer is to ask for more time. Governments should say no.

Lars Henning is a Bloomberg Opinion columnist covering European industry.

To contact the author of this story:
Lars Henning at lhenning@bloomberg.net

To contact the editor responsible for this story:
Marta Ruiz at mruiz@bloomberg.net
""", E("2026-10-14", "Europe's carmakers are running out of excuses", None, None,
      ["Lars Henning"], "Bloomberg Opinion", None,
      "Three years ago, Europe's carmakers said they needed time.", 4,
      "Lars Henning is a Bloomberg Opinion columnist covering European industry. To contact the author of this story: Lars Henning at lhenning@bloomberg.net To contact the editor responsible for this story: Marta Ruiz at mruiz@bloomberg.net",
      "A '(Bloomberg Opinion) --' tag-only lead: no dateline, the tag gives the outlet as written. The columnist's bio and the contact blocks below it are all end matter, joined into one attribution; hard-wrapped at 70."),
  wrap=70)

A("web-quoted-email-in-story.txt", """
date 2026-07-14
title: Leaked e-mail shows Marrow Bay port chief warned of crane faults

By Oliver Stanning

MARROW BAY — The chief engineer at Marrow Bay port warned the port's board four months before a crane collapse that he could not certify the machine as safe, according to an e-mail seen by the Echo.

The message was sent on March 12, eighteen weeks before crane 4 toppled onto the quay, injuring two dockers. It reads, in part:

From: Gareth Lowe
Sent: 12 March 2026 08:14
To: Board members
Subject: Crane 4

"I cannot sign off crane 4 for another winter. The slew ring is worn beyond tolerance and the replacement has been on order since November."

The port authority said on Monday it could not comment while the Health and Safety Executive investigation was under way.

Mr Lowe left the port in May. He did not respond to requests for comment.
""", E("2026-07-14", "Leaked e-mail shows Marrow Bay port chief warned of crane faults", None, None,
      ["Oliver Stanning"], None, "MARROW BAY",
      "The chief engineer at Marrow Bay port warned the port's", 9, None,
      "A quoted e-mail inside the story: its From:/Sent:/To:/Subject: lines sit mid-body and are story text, not e-mail headers, and their date never replaces the header date. The copy is not hard-wrapped, so the four quoted lines count as four paragraphs."))

A("email-quoted-headers-wrapped.txt", """
From: State House Bureau <statehouse@example.com>
Date: Thu, 16 Jul 2026 17:02:00 -0400
To: Metro Desk
Subject: Senator's aide told donors of contract before bid opened

Senator's aide told donors of contract before bid opened

By Natalie Quigley
Capitol Bureau

CONCORDIA — An aide to state Sen. Raymond Vail told two campaign donors about a $12 million road-salt contract nine days before the state invited bids, according to e-mails obtained through a public records request.

One message, sent from the aide's personal account, was forwarded to several company executives within the hour:

From: Brent Kowalski
Date: April 3, 2026
To: Dale Harmon; Steve Ocampo
Subject: heads up

Salt contract going out on the 12th. Call me before then.

Both donors' companies later bid. Ocampo's firm won.

Vail's office said the aide had been placed on leave and that the senator "had no knowledge of the communication." Kowalski did not respond to a phone message.
""", E("2026-07-16", "Senator's aide told donors of contract before bid opened", None, None,
      ["Natalie Quigley"], None, "CONCORDIA",
      "An aide to state Sen. Raymond Vail told two campaign", 6, None,
      "Real e-mail headers at the top, and a quoted e-mail with its own From:/Date:/To:/Subject: lines in the middle of the story, which stays body. The copy is hard-wrapped at 72, so the four quoted header lines join into one paragraph. 'Capitol Bureau' under the byline is a desk name, not an outlet."),
  wrap=72)
