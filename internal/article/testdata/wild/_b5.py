from _lib import A, E

A("bloomberg-photographer-contact.txt", """
date 2026-09-02

Halvik pension fund sells out of three Nordic shipowners

A container ship leaves the port of Halvik on Aug. 28. Photographer: Ingrid Moe/Bloomberg

By Sofie Aas and Martin Vik

(Bloomberg) -- Halvik's municipal pension fund, one of the largest in the Nordic region, has sold its entire holdings in three shipping companies, citing the industry's slow progress on cutting emissions.

The fund, which manages about 410 billion kroner ($39 billion), disclosed the sales in its half-year report on Wednesday. It did not say how much the stakes were worth.

"We have engaged with these companies for five years," chief investment officer Runa Dahl said in a statement. "We no longer believe engagement will work."

Shares of the three companies fell between 1% and 3% in Oslo trading.

—With assistance from Kari Lunde.

To contact the reporters on this story:
Sofie Aas in Oslo at saas@bloomberg.net;
Martin Vik in Stockholm at mvik@bloomberg.net

To contact the editors responsible for this story:
Jonas Bergh at jbergh@bloomberg.net
Anna Kitt
""", E("2026-09-02", "Halvik pension fund sells out of three Nordic shipowners",
      "A container ship leaves the port of Halvik on Aug. 28.", "Ingrid Moe/Bloomberg",
      ["Sofie Aas", "Martin Vik"], "Bloomberg", None,
      "Halvik's municipal pension fund, one of the largest in the", 4,
      "—With assistance from Kari Lunde. To contact the reporters on this story: Sofie Aas in Oslo at saas@bloomberg.net; Martin Vik in Stockholm at mvik@bloomberg.net To contact the editors responsible for this story: Jonas Bergh at jbergh@bloomberg.net Anna Kitt",
      "Bloomberg's own caption form 'Photographer: Name/Bloomberg': like 'Photograph:', the label only separates caption from credit and is dropped. Tag-only lead, so no dateline; the em-dash assistance line and both contact blocks (including a bare editor name) are one attribution."))

A("dateline-copyright-above.txt", """
Farrell Gap hospital to reopen maternity ward after two-year closure

Dec. 4, 2026

By Leon Marsh, The Farrell Gap Register

Copyright 2026 Verdant Valley Newspapers

FARRELL GAP, W.Va. — Mothers in Farrell Gap will again be able to give birth in their hometown next spring, when Ridgeview Community Hospital reopens the maternity unit it closed in 2024 for lack of staff.

The hospital has hired two obstetricians and eight nurses with help from a $3.2 million state grant, chief executive Donna Kessler said Friday.

Since the closure, expectant mothers have had to drive 70 miles to Morgan's Ford, over mountain roads that are often icy from November to March.

"Some of them were in labor on Route 33 in the snow," Kessler said. "We heard those stories and we knew we had to fix this."
""", E("2026-12-04", "Farrell Gap hospital to reopen maternity ward after two-year closure", None, None,
      ["Leon Marsh"], "The Farrell Gap Register", "FARRELL GAP, W.Va.",
      "Mothers in Farrell Gap will again be able to give", 4, None,
      "A copyright line sits between the byline and the dateline paragraph: it is neither body nor trailer, and the dateline is still found in the first story paragraph. The outlet comes from the byline, not from the copyright holder."))

A("reuters-adds-advisory-above.txt", """
date 2026-09-15

(Adds comment from mining ministry, details on exports in paragraphs 4-6)

By Tomás Riquelme

SANTIAGO, Sept 15 (Reuters) - Chile's copper output fell 6.2% in August from a year earlier, government data showed on Tuesday, as lower ore grades and a strike at a mid-sized mine weighed on production.

Output totaled 418,300 metric tons, the national statistics institute said.

Mining Minister Carla Ferrada said the decline was temporary and that two expansion projects due to start next year would lift output.

Copper exports fell 4% in value in the same month, central bank data showed.

(Reporting by Tomás Riquelme; Editing by Rosalind Petty)
""", E("2026-09-15", None, None, None,
      ["Tomás Riquelme"], "Reuters", "SANTIAGO, Sept 15",
      "Chile's copper output fell 6.2% in August from a year", 4,
      "(Reporting by Tomás Riquelme; Editing by Rosalind Petty)",
      "A Reuters '(Adds ...)' update advisory sits above the byline: it ends in a parenthesis but is neither a caption nor a headline, nor body. No headline, so the title is derived from the first sentence."))

A("ap-st-louis-dateline.txt", """
St. Louis aldermen approve $30 million for riverfront flood wall

Dec. 3, 2026 11:48 p.m. ET

By TERRENCE WALLACE Associated Press

ST. LOUIS (AP) — The St. Louis Board of Aldermen voted late Thursday to spend $30 million raising a stretch of the city's riverfront flood wall, after two near-misses in three years when the Mississippi came within a foot of the top.

The money will pay for a 2-mile section north of downtown, where engineers say the wall has settled since it was built in the 1960s.

FEMA officials have agreed to cover a further $12 million if the city completes the work by 2029.

Copyright 2026 The Associated Press. All rights reserved.
""", E("2026-12-03", "St. Louis aldermen approve $30 million for riverfront flood wall", None, None,
      ["Terrence Wallace"], "The Associated Press", "ST. LOUIS",
      "The St. Louis Board of Aldermen voted late Thursday to", 3,
      "Copyright 2026 The Associated Press. All rights reserved.",
      "Inner full stop in the headline and in the dateline ('ST. LOUIS'). The bare date line is 11:48 p.m. ET on Dec. 3: the date stays Dec. 3 in the zone given (Dec. 4 in UTC). 'FEMA officials ...' opens a later paragraph with capitals and is not a dateline."))

A("it-ansa-tag-first.txt", """
date 2026-03-03

Maltempo, chiusa la statale del Passo Lunardo: 200 turisti bloccati

(ANSA) - TRENTO, 03 MAR - Circa duecento turisti sono rimasti bloccati negli alberghi di Pian dei Larici dopo la chiusura della strada statale del Passo Lunardo, travolta da una slavina nella notte.

Lo ha reso noto la Protezione civile provinciale, che ha escluso la presenza di persone coinvolte.

Le squadre di sgombero sono al lavoro dall'alba, ma il rischio di nuove valanghe resta elevato e la riapertura non è prevista prima di giovedì.

RIPRODUZIONE RISERVATA © Copyright ANSA
""", E("2026-03-03", "Maltempo, chiusa la statale del Passo Lunardo: 200 turisti bloccati", None, None,
      [], "ANSA", "TRENTO, 03 MAR",
      "Circa duecento turisti sono rimasti bloccati negli alberghi di Pian", 3,
      "RIPRODUZIONE RISERVATA © Copyright ANSA",
      "UTF-8 with a byte-order mark. ANSA puts the tag first: '(ANSA) - TRENTO, 03 MAR -'; judgement: the place with its month-day is the dateline (as with Reuters), the tag gives the outlet, and both dashes go. The ANSA copyright line is the trailer."),
  bom=True)

A("pt-lusa-dated-dateline.txt", """
date 2026-02-13

Governo aprova apoio de 12 milhões para pescadores da sardinha

Lisboa, 13 fev 2026 (Lusa) – O Conselho de Ministros aprovou hoje uma linha de apoio de 12 milhões de euros para os pescadores afetados pela redução da quota da sardinha, anunciou o Ministério da Agricultura e Mar.

O apoio destina-se a compensar a paragem de 45 dias imposta à frota do cerco entre março e abril.

"Não deixaremos ninguém para trás", afirmou a ministra em conferência de imprensa.

ICO // JMR

Lusa/Fim
""", E("2026-02-13", "Governo aprova apoio de 12 milhões para pescadores da sardinha", None, None,
      [], "Lusa", "Lisboa",
      "O Conselho de Ministros aprovou hoje uma linha de apoio", 3,
      "ICO // JMR Lusa/Fim",
      "Lusa dateline: mixed-case place, a Portuguese date with a year ('13 fev 2026'), the tag and an en dash; as for other dated datelines with a year, only the place is kept. Desk initials ('ICO // JMR') and the 'Lusa/Fim' end mark form the attribution."))

A("nl-anp-door-en.txt", """
date 2026-11-05

Waterschap Noorderzijl krijgt 80 miljoen voor dijkversterking

Door Femke Bakker en Joost van Leeuwen

DEN HAAG (ANP) - Het kabinet trekt 80 miljoen euro uit voor de versterking van ruim twintig kilometer dijk langs de Noorderzijl. Dat heeft de minister van Infrastructuur donderdag bekendgemaakt.

Volgens het waterschap voldoen de dijken tussen Oudeveen en Klaarwater niet meer aan de veiligheidsnormen. Bij hoogwater in 2024 moesten honderden bewoners tijdelijk hun huis uit.

De werkzaamheden beginnen in 2027 en duren naar verwachting vier jaar.

© ANP 2026
""", E("2026-11-05", "Waterschap Noorderzijl krijgt 80 miljoen voor dijkversterking", None, None,
      ["Femke Bakker", "Joost van Leeuwen"], "ANP", "DEN HAAG",
      "Het kabinet trekt 80 miljoen euro uit voor de versterking", 3,
      "© ANP 2026",
      "Dutch wire copy: 'Door ... en ...' byline, two-word upper-case place before the tag, Dutch copyright trailer."))

A("no-ntb-av-og.txt", """
date 2026-10-21

Streik i Halvik-bussene: 30.000 passasjerer rammes

Av Ingrid Haugen og Ola Brekke, NTB

HALVIK (NTB) – Bussjåførene i Halvik gikk ut i streik onsdag morgen etter at mekleren ikke kom fram til enighet i natt. Rundt 30.000 daglige passasjerer må finne andre måter å komme seg til jobb og skole på.

Fagforbundet krever et lønnstillegg på linje med sjåførene i nabokommunene.

– Vi har strukket oss langt, men arbeidsgiver har ikke rikket seg, sier forbundsleder Trond Vik.

Arbeidsgiversiden beklager streiken og sier de er klare til å gjenoppta forhandlingene.

(©NTB)
""", E("2026-10-21", "Streik i Halvik-bussene: 30.000 passasjerer rammes", None, None,
      ["Ingrid Haugen", "Ola Brekke"], "NTB", "HALVIK",
      "Bussjåførene i Halvik gikk ut i streik onsdag morgen etter", 4,
      "(©NTB)",
      "Norwegian wire copy: 'Av ... og ..., NTB' byline; the en dash after the tag. The closing '(©NTB)' is a copyright trailer in parentheses, not a caption credit."))

A("fr-par-correspondante.txt", """
date 2026-10-14

Société

A Lyon, les bouquinistes des quais de Saône menacés par la crue

Par Mathilde Roussel (Lyon, correspondante)

Partager

Les boîtes vertes des bouquinistes, quai de la Pêcherie, sont restées fermées toute la semaine. L'eau de la Saône, montée de plus de trois mètres en quatre jours, affleure au pied des parapets.

« En trente ans, je n'ai jamais vu ça en octobre », soupire Gérard Vallon, qui vend des livres anciens au même emplacement depuis 1994.

La mairie a proposé aux dix-sept bouquinistes un emplacement provisoire place des Terreaux. La plupart ont refusé.
""", E("2026-10-14", "A Lyon, les bouquinistes des quais de Saône menacés par la crue", None, None,
      ["Mathilde Roussel"], None, None,
      "Les boîtes vertes des bouquinistes, quai de la Pêcherie, sont", 3, None,
      "French newspaper byline with the place and job title in parentheses ('(Lyon, correspondante)'): not part of the name, and no outlet. 'Société' is a section label, 'Partager' a share button."))

A("fr-email-presse-canadienne-crlf.txt", """
Date: Wed, 4 Mar 2026 16:10:00 -0500
From: La Presse Canadienne <pc@example.ca>
To: Pupitre
Subject: Déneigement : Saint-Élric manque de cols bleus

Par Geneviève Lapointe
La Presse Canadienne

SAINT-ÉLRIC, Qc — La municipalité de Saint-Élric, en Estrie, peine à déneiger ses rues depuis le début de l'hiver, faute de cols bleus. Quatre postes sur onze sont vacants, a confirmé mercredi le maire, Denis Gagnon.

Des citoyens se plaignent d'avoir attendu jusqu'à trois jours après la dernière tempête avant le passage de la souffleuse.

« On affiche les postes depuis septembre, personne n'applique », a déploré le maire.

Ce texte de La Presse Canadienne a été publié pour la première fois le 4 mars 2026.
""", E("2026-03-04", "Déneigement : Saint-Élric manque de cols bleus", None, None,
      ["Geneviève Lapointe"], "La Presse Canadienne", "SAINT-ÉLRIC, Qc",
      "La municipalité de Saint-Élric, en Estrie, peine à déneiger", 3,
      "Ce texte de La Presse Canadienne a été publié pour la première fois le 4 mars 2026.",
      "French-language Canadian Press by e-mail, CRLF, hard-wrapped at 70: no headline paragraph, so the subject is the title. The outlet is the line under the 'Par' byline; the French 'first published' line is the trailer."),
  wrap=70, crlf=True)

A("web-headline-exclamation.txt", """
Home | News | Hollin Vale

Hollin Vale zoo's first lion cub in 30 years is a girl!

By Tessa Morrow | Dales Evening Post
tmorrow@dalespost.example

22 May 2026

Share
Save

The cub, born on 9 May to lioness Asha, is the first to be born at Hollin Vale Wildlife Park since 1996, and keepers confirmed on Friday that she is female.

Sign up to our morning briefing

She has not yet been named. The park will let visitors choose from a shortlist of three names, with voting open until the end of June.

Head keeper Graham Oyelaran said mother and cub were "doing brilliantly" and could be seen by the public from mid-June.
""", E("2026-05-22", "Hollin Vale zoo's first lion cub in 30 years is a girl!", None, None,
      ["Tessa Morrow"], "Dales Evening Post", None,
      "The cub, born on 9 May to lioness Asha, is", 3, None,
      "Headline ending in '!'. Pipe byline with the outlet, the reporter's e-mail under it (furniture), and a newsletter prompt between paragraphs."))

A("afp-geneva-dated-no-headline.txt", """
GENEVA, Sept. 14, 2026 (AFP) - Negotiators from 40 countries ended a week of talks on a treaty to protect deep-sea fish stocks without agreement on Monday, and said they would meet again in January.

Delegates failed to agree on catch limits for three species of orange roughy and grenadier, according to a statement from the conference chair.

"We are closer than we were, but close is not a treaty," said the chair, Norwegian diplomat Siri Lunde.

apo/phv
""", E("2026-09-14", None, None, None,
      [], "AFP", "GENEVA",
      "Negotiators from 40 countries ended a week of talks on", 3, "apo/phv",
      "No header, headline or byline: the date comes only from the dated dateline, the title must be derived, and only the place is kept in the dateline (the date with its year is consumed). Desk initials are the trailer."))

A("cp1252-emdash-dateline.txt", """
date 2026-04-15

Hollis Ford library gets its roof, 20 years late

By Hal Brewster

HOLLIS FORD \u2014 The county\u2019s oldest library finally has a roof that doesn\u2019t leak. Work on the $1.4 million project finished on Tuesday, two decades after the first \u201ctemporary\u201d tarpaulins went up.

Librarian Wanda Pruitt said the staff had moved 3,000 books away from the walls every time it rained. \u201cWe had buckets with names,\u201d she said.
""", E("2026-04-15", "Hollis Ford library gets its roof, 20 years late", None, None,
      ["Hal Brewster"], None, "HOLLIS FORD",
      "The county\u2019s oldest library finally has a roof that doesn\u2019t leak.", 2, None,
      "Windows-1252 bytes: the dateline dash is 0x97 (em dash) and the quotes are 0x92/0x93/0x94; decode them with a warning. The headline contains a comma but no full stop."),
  enc='cp1252')

A("web-crlf-paste-debris.txt", """
\tSkip to content\u00a0
Home | News | Local | Business

  Cedar Hollow brewery expands into old fire station  

Published 8:05 a.m. ET March 18, 2026\u00a0|\u00a0Updated 10:30 a.m. ET March 18, 2026

By\u00a0Renee Castillo
\u00a0
\tShare this article

CEDAR HOLLOW — A craft brewery that started in a garage eight years ago will move into the city's old Station No. 2 firehouse this summer, after the city council agreed Tuesday to sell the building for $410,000.

\tStation No. 2 has been empty since 2019, when the fire department opened a new station on Route 41.

Cedar Hollow Brewing Co. plans to keep the brass pole and the original red doors, co-owner Ben Okafor said. "People want to drink a beer where the trucks used to sleep," he said.\u00a0\u00a0

Advertisement
""", E("2026-03-18", "Cedar Hollow brewery expands into old fire station", None, None,
      ["Renee Castillo"], None, "CEDAR HOLLOW",
      "A craft brewery that started in a garage eight years", 3, None,
      "A Windows web paste: CRLF line endings, tabs, no-break spaces and stray leading/trailing spaces are paste debris and normalised (a line holding only a no-break space is blank). 'Station No. 2 has ...' is body text despite its inner full stop."),
  crlf=True)

A("web-reuters-purchase-licensing.txt", """
Skip to main content
World
Americas

Chile's desert towns ration water as mines compete for supply

By Lucas Herrera and Daniela Soto

4 minute read

September 15, 2026 4:12 PM UTC

People queue to fill containers from a water truck in Pozo Seco, Chile, September 14, 2026. REUTERS/Rodrigo Salas Purchase Licensing Rights

POZO SECO, Chile, Sept 15 (Reuters) - Residents of this desert town in northern Chile have had running water for only four hours a day since July, as the aquifer they share with two copper mines drops to its lowest level on record.

The regional water authority said on Tuesday it would cap the mines' extraction rights from January, a move the companies said they would challenge in court.

"The mines have water for their trucks and we have a bucket," said Rosa Mamani, 64, who runs a grocery store on the main square.

(Reporting by Lucas Herrera and Daniela Soto; Editing by Owen Lacey)

Our Standards: The Thomson Reuters Trust Principles.
""", E("2026-09-15", "Chile's desert towns ration water as mines compete for supply",
      "People queue to fill containers from a water truck in Pozo Seco, Chile, September 14, 2026.", "REUTERS/Rodrigo Salas",
      ["Lucas Herrera", "Daniela Soto"], "Reuters", "POZO SECO, Chile, Sept 15",
      "Residents of this desert town in northern Chile have had", 3,
      "(Reporting by Lucas Herrera and Daniela Soto; Editing by Owen Lacey) Our Standards: The Thomson Reuters Trust Principles.",
      "Reuters web page: 'World'/'Americas' are section labels, '4 minute read' a furniture line, and the site's 'Purchase Licensing Rights' link is glued after the credit; the credit is 'REUTERS/Rodrigo Salas'. The dateline keeps the region and the Reuters month-day."))

A("es-europa-press-tag.txt", """
date 2026-03-03

El Gobierno aprueba el plan de rehabilitación de viviendas rurales

MADRID, 3 Mar. (EUROPA PRESS) -

El Consejo de Ministros ha aprobado este martes un plan dotado con 450 millones de euros para rehabilitar viviendas vacías en municipios de menos de 5.000 habitantes, con el objetivo de atraer población a las zonas rurales.

Las ayudas cubrirán hasta el 60 % del coste de las obras, siempre que la vivienda se destine a alquiler durante al menos diez años.

La ministra portavoz ha explicado en rueda de prensa que las comunidades autónomas podrán solicitar los fondos a partir de junio.
""", E("2026-03-03", "El Gobierno aprueba el plan de rehabilitación de viviendas rurales", None, None,
      [], "EUROPA PRESS", "MADRID, 3 Mar.",
      "El Consejo de Ministros ha aprobado este martes un plan", 3, None,
      "Europa Press web copy puts the dateline on its own line ending in a dash; judgement: it is the dateline of the first paragraph, not a paragraph of its own. The tag gives the outlet as written (upper case); the Spanish month-day is kept like a Reuters month-day."))

A("pt-br-folhapress.txt", """
date 2026-08-11

Chuva alaga 40 bairros e suspende aulas em Itaquaré

Por Renata Figueiredo

ITAQUARÉ, SP (FOLHAPRESS) - A chuva que atingiu Itaquaré, no interior paulista, na madrugada desta terça-feira (11) alagou ao menos 40 bairros e levou a prefeitura a suspender as aulas em toda a rede municipal.

Segundo a Defesa Civil, choveu 142 milímetros em seis horas, o equivalente ao esperado para todo o mês de agosto.

Cerca de 300 pessoas estão desalojadas.
""", E("2026-08-11", "Chuva alaga 40 bairros e suspende aulas em Itaquaré", None, None,
      ["Renata Figueiredo"], "FOLHAPRESS", "ITAQUARÉ, SP",
      "A chuva que atingiu Itaquaré, no interior paulista, na madrugada", 3, None,
      "Brazilian wire copy: 'Por' byline, accented upper-case place with a state abbreviation, and an upper-case agency tag that gives the outlet as written. '(11)' inside the first sentence is the day of the month, not a credit."))

A("tns-prairie-herald.txt", """
Date: Thu, 5 Nov 2026 10:30:00 -0600
From: Tribune News Service <tns@example.com>
To: State Desk
Subject: Fargo-area farmers race to finish harvest before snow

Farmers race to finish sugar beet harvest before the snow

By Jill Sorensen
The Prairie Herald (Fargo, N.D.)

FARGO, N.D. (TNS) — Sugar beet growers across the Red River Valley worked through the night this week to pull the last of their crop before a winter storm expected to bring up to a foot of snow this weekend.

About 88% of the valley's beets had been harvested by Wednesday, according to the growers' cooperative, compared with nearly all of them at this point last year.

"Once the ground freezes, whatever's left out there stays out there," said Dale Rustad, who farms 1,400 acres near Hillsboro. His crews were running three trucks around the clock.

A hard freeze can also damage beets already piled at receiving stations, the cooperative said.

©2026 The Prairie Herald (Fargo, N.D.). Visit The Prairie Herald at www.prairieherald.example. Distributed by Tribune Content Agency, LLC.
""", E("2026-11-05", "Farmers race to finish sugar beet harvest before the snow", None, None,
      ["Jill Sorensen"], "The Prairie Herald", "FARGO, N.D.",
      "Sugar beet growers across the Red River Valley worked through", 4,
      "©2026 The Prairie Herald (Fargo, N.D.). Visit The Prairie Herald at www.prairieherald.example. Distributed by Tribune Content Agency, LLC.",
      "Judgement: the outlet is the paper named under the byline and in the trailer, without its '(Fargo, N.D.)' place; '(TNS)' in the tag position only marks syndication. The subject differs from the headline paragraph, which is the title. Hard-wrapped at 76."),
  wrap=76)

A("web-save-the-children-lookalikes.txt", """
Home | World | Africa

Aid groups warn of hunger as rains fail for a third year in Karamu region

By Esther Wanjiru

Published 11:20 GMT, 29 April 2026

Share
Save

NAIROBI, Kenya — More than two million people in Kenya's northern Karamu region face severe food shortages after the long rains failed for a third year in a row, aid groups said on Wednesday.

Save the Children said one in four children under five it had screened in March was acutely malnourished, up from one in seven a year ago.

Published reports from county health offices show at least 40 deaths linked to hunger since January, though officials say the true figure is likely higher.

Updated figures from the national drought authority are due next week.

Analysis by regional forecasters suggests the short rains, due in October, may also be below normal.

Advertisement
""", E("2026-04-29", "Aid groups warn of hunger as rains fail for a third year in Karamu region", None, None,
      ["Esther Wanjiru"], None, "NAIROBI, Kenya",
      "More than two million people in Kenya's northern Karamu region", 5, None,
      "Look-alikes: body paragraphs open with furniture words ('Save the Children ...', 'Published reports ...', 'Updated figures ...', 'Analysis by ...') and all stay body; only the bare 'Share', 'Save' and 'Advertisement' lines and the real 'Published 11:20 GMT, ...' line are furniture."))

A("sv-email-vb-tt.txt", """
From: TT Nyhetsbyrån <tt@example.se>
Date: Mon, 16 Mar 2026 06:45:00 +0100
To: Nattdesken
Subject: VB: Skolor stängs i Norrvik efter mögelfynd

Skolor stängs i Norrvik efter mögelfynd

Av Erik Lund och Maja Ek/TT

NORRVIK (TT) – Två skolor i Norrvik stängs från och med måndag sedan mögel hittats i ventilationen. Omkring 600 elever flyttas tillfälligt till andra lokaler i kommunen.

Kommunen upptäckte mögelskadorna vid en inspektion under sportlovet, och en extern konsult har nu bekräftat fynden.

– Vi tar inga risker med barnens hälsa, säger utbildningschefen Helena Sjöberg.
""", E("2026-03-16", "Skolor stängs i Norrvik efter mögelfynd", None, None,
      ["Erik Lund", "Maja Ek"], "TT", "NORRVIK",
      "Två skolor i Norrvik stängs från och med måndag sedan", 3, None,
      "Swedish e-mail, hard-wrapped at 70: 'VB:' is the Swedish forward prefix. Judgement: Swedish 'och' joins two authors like Norwegian 'og'; the agency follows a slash."),
  wrap=70)

A("de-email-apa-aw.txt", """
From: APA Ressort Chronik <chronik@example.at>
Date: Thu, 26 Feb 2026 14:05:00 +0100
To: Online-Redaktion
Subject: AW: Lawine im Almtal: Skitourengeher verschüttet

Lawine im Almtal: Skitourengeher verschüttet

Grünbach (APA) - Ein 42-jähriger Skitourengeher ist am Donnerstagvormittag im oberen Almtal von einer Lawine verschüttet worden. Seine Begleiter konnten ihn nach rund zehn Minuten ausgraben, teilte die Polizei mit.

Der Mann wurde mit Unterkühlungen per Hubschrauber ins Krankenhaus geflogen. Lebensgefahr bestehe nicht.

Die Lawinenwarnstufe lag im Gebiet bei drei von fünf.

(Schluss) kra/mhu
""", E("2026-02-26", "Lawine im Almtal: Skitourengeher verschüttet", None, None,
      [], "APA", "Grünbach",
      "Ein 42-jähriger Skitourengeher ist am Donnerstagvormittag im oberen Almtal", 3,
      "(Schluss) kra/mhu",
      "Austrian APA copy in a reply ('AW:' removed from the subject), hard-wrapped at 64. No byline; mixed-case place before the tag. The '(Schluss)' end mark with desk initials is the trailer."),
  wrap=64)

A("correction-and-contributed.txt", """
date 2026-06-16

Kittering to pay $2.1 million to settle police overtime lawsuit

By Ramona Ellis | The Kittering Ledger

KITTERING — The city will pay $2.1 million to settle a lawsuit by 46 police officers who said they were denied overtime for time spent at mandatory training, under an agreement approved by the council on Tuesday.

The settlement, to be paid over three years, covers overtime the officers say they were owed between 2019 and 2024.

Ledger reporter Sam Whitley contributed to this report.

Correction: An earlier version of this story gave the wrong number of officers who sued the city. It was 46, not 64.

© 2026 The Kittering Ledger
""", E("2026-06-16", "Kittering to pay $2.1 million to settle police overtime lawsuit", None, None,
      ["Ramona Ellis"], "The Kittering Ledger", "KITTERING",
      "The city will pay $2.1 million to settle a lawsuit", 4,
      "© 2026 The Kittering Ledger",
      "The 'contributed to this report' line and the correction note are story text and stay in the body even though they sit just above the trailer; only the copyright line is the attribution."))
