from _lib import A, E

A("es-web-publicidad-compartir.txt", """
Ir al contenido
Inicio | Noticias | Región | Deportes | Opinión

¿Quién pagará el nuevo puente de Valdeira?

Por Lucía Garmendia y Andrés Peñalba

12 de marzo de 2026 - 08:40

Compartir

Publicidad

El Ayuntamiento de Valdeira y la Diputación provincial siguen sin ponerse de acuerdo sobre quién debe asumir los 14 millones de euros que costará sustituir el puente de hierro sobre el río Arbeo, cerrado al tráfico desde enero.

Lee también: Los comerciantes del casco viejo denuncian pérdidas por el cierre

El alcalde, Ramón Iturbe, insistió este jueves en que la carretera es de titularidad provincial. La Diputación responde que el puente pertenece al término municipal y que así consta en el inventario de 1987.

Mientras tanto, unos 6.000 vecinos de la margen derecha tardan hasta 40 minutos más en llegar al centro de salud.

Suscríbete a nuestro boletín

Publicidad
""", E("2026-03-12", "¿Quién pagará el nuevo puente de Valdeira?", None, None,
      ["Lucía Garmendia", "Andrés Peñalba"], None, None,
      "El Ayuntamiento de Valdeira y la Diputación provincial siguen", 3, None,
      "Spanish web page: 'Ir al contenido' (skip link), navigation, 'Compartir' (share), 'Publicidad' (advertisement), 'Lee también: ...' (read more) and the newsletter prompt are furniture. The headline opens with '¿'. 'Por ... y ...' is a two-author byline; the date is written in Spanish ('12 de marzo de 2026')."))

A("de-web-anzeige-teilen.txt", """
date: 2026-02-13

Zum Inhalt springen
Startseite | Nachrichten | Region | Sport

Anzeige

Brückensperrung in Halvenau: Pendler müssen bis zum Sommer Umwege fahren

Die gesperrte Wernebrücke in Halvenau am Donnerstagmorgen. (Foto: Katrin Oswald/dpa)

Von Jens Hagedorn und Petra Lindner

Teilen

Halvenau (dpa) - Die marode Wernebrücke in Halvenau bleibt voraussichtlich bis Ende Juni für den Autoverkehr gesperrt. Das teilte das Landesstraßenbauamt am Donnerstag mit.

Bei einer Prüfung im Januar hatten Gutachter Risse in zwei Spannbetonträgern entdeckt. Fußgänger und Radfahrer dürfen die Brücke weiter nutzen.

Anzeige

Für die rund 12.000 Pendler, die täglich über die Werne fahren, bedeutet die Sperrung einen Umweg von bis zu 15 Kilometern. Der Landkreis will zusätzliche Busse einsetzen.

Mehr zum Thema: Warum so viele Brücken im Land marode sind

© dpa-infocom, dpa:260213-99-412305/2
""", E("2026-02-13", "Brückensperrung in Halvenau: Pendler müssen bis zum Sommer Umwege fahren",
      "Die gesperrte Wernebrücke in Halvenau am Donnerstagmorgen.", "Foto: Katrin Oswald/dpa",
      ["Jens Hagedorn", "Petra Lindner"], "dpa", "Halvenau",
      "Die marode Wernebrücke in Halvenau bleibt voraussichtlich bis Ende Juni", 3,
      "© dpa-infocom, dpa:260213-99-412305/2",
      "German web page: 'Zum Inhalt springen', navigation, 'Anzeige' (advertisement), 'Teilen' (share) and 'Mehr zum Thema: ...' are furniture. Mixed-case place before the tag ('Halvenau (dpa) -'); the tag gives the outlet as written. The dpa-infocom line is the copyright trailer."))

A("fr-web-publicite-partager.txt", """
Publicité

Montreval : la fermeture de la maternité divise le conseil de surveillance

Par Hélène Castagnier et Yannick Le Goff

Publié le 3 mars 2026 à 10h15, mis à jour à 12h02

Partager

La maternité de l'hôpital de Montreval, le 2 mars 2026. (Photo : Bruno Lemaître)

MONTREVAL – Le conseil de surveillance de l'hôpital de Montreval s'est séparé lundi soir sans parvenir à un accord sur l'avenir de la maternité, menacée de fermeture faute de pédiatres.

Depuis l'automne, l'établissement ne fonctionne qu'avec deux praticiens à temps plein, contre cinq il y a trois ans. La direction régionale de santé propose de transférer les accouchements à Saint-Aubin, à 45 kilomètres.

Lire aussi : A Saint-Aubin, la maternité se prépare à accueillir plus de naissances

« On demande aux femmes de faire trois quarts d'heure de route en plein travail », s'indigne Martine Roux, présidente du collectif de défense de l'hôpital.

Publicité

Une nouvelle réunion est prévue le 17 mars.
""", E("2026-03-03", "Montreval : la fermeture de la maternité divise le conseil de surveillance",
      "La maternité de l'hôpital de Montreval, le 2 mars 2026.", "Photo : Bruno Lemaître",
      ["Hélène Castagnier", "Yannick Le Goff"], None, "MONTREVAL",
      "Le conseil de surveillance de l'hôpital de Montreval s'est séparé", 4, None,
      "French web page: 'Publicité', 'Partager' and 'Lire aussi : ...' are furniture; the 'Publié le ... , mis à jour ...' timestamp line gives the date in French. 'Par ... et ...' byline. The label 'Photo :' (French spacing) is inside the parentheses, so it stays in the credit."))

A("it-web-pubblicita-condividi.txt", """
date 2026-04-09

Cronaca

Frana sulla provinciale per Valdarsa, isolate tre frazioni

Di Marco Tedeschi e Giulia Ferraris

Condividi

Il fronte della frana sulla strada provinciale 42 sopra Valdarsa. (Foto: Luca Bernini)

Pubblicità

Una frana di circa ventimila metri cubi si è staccata nella notte tra mercoledì e giovedì dal versante sopra Valdarsa, travolgendo un tratto di duecento metri della strada provinciale 42.

Tre frazioni, con circa 400 abitanti, sono raggiungibili soltanto a piedi lungo un sentiero forestale. Non ci sono feriti.

Leggi anche: Maltempo, allerta arancione su tutta la provincia

Il sindaco Paolo Gervasi ha chiesto lo stato di emergenza. I tecnici della Provincia stimano che serviranno almeno tre settimane per riaprire la strada.

© RIPRODUZIONE RISERVATA
""", E("2026-04-09", "Frana sulla provinciale per Valdarsa, isolate tre frazioni",
      "Il fronte della frana sulla strada provinciale 42 sopra Valdarsa.", "Foto: Luca Bernini",
      ["Marco Tedeschi", "Giulia Ferraris"], None, None,
      "Una frana di circa ventimila metri cubi si è staccata", 3,
      "© RIPRODUZIONE RISERVATA",
      "Italian web page: 'Cronaca' is a section label; 'Condividi' (share), 'Pubblicità' (advertisement) and 'Leggi anche: ...' (read more) are furniture. 'Di ... e ...' byline. The headline contains a comma but no full stop."))

A("pt-web-publicidade-partilhar.txt", """
Sociedade

Pescadores de Vila Serra protestam contra nova quota da sardinha

Por Inês Carvalho e Rui Mendonça

Publicado: 2026-02-13 09:41 | Atualizado: 2026-02-13 11:05

Partilhar

Publicidade

Barcos de pesca atracados no porto de Vila Serra, esta sexta-feira. (Foto: Ana Brito/Lusa)

Cerca de duzentos pescadores concentraram-se esta sexta-feira no porto de Vila Serra em protesto contra a redução de 20% na quota da sardinha para este ano.

Os armadores dizem que a medida, anunciada pelo Governo na semana passada, põe em risco 600 postos de trabalho só neste concelho.

Leia também: Preço da sardinha na lota subiu 30% num ano

"Estamos a pagar pelos erros dos outros", disse José Mourato, presidente da associação de pescadores local.
""", E("2026-02-13", "Pescadores de Vila Serra protestam contra nova quota da sardinha",
      "Barcos de pesca atracados no porto de Vila Serra, esta sexta-feira.", "Foto: Ana Brito/Lusa",
      ["Inês Carvalho", "Rui Mendonça"], None, None,
      "Cerca de duzentos pescadores concentraram-se esta sexta-feira no porto", 3, None,
      "Portuguese web page: 'Sociedade' is a section label; 'Partilhar', 'Publicidade' and 'Leia também: ...' are furniture; the 'Publicado: ... | Atualizado: ...' line gives the date. The Lusa photo credit does not make Lusa the outlet."))

A("nl-web-advertentie-anp.txt", """
date 2026-09-22

Home | Nieuws | Regio

Boeren blokkeren provinciehuis in Haverbeek met trekkers

Door Sanne de Vries en Pieter van Dam

Advertentie

Delen

Trekkers voor het provinciehuis in Haverbeek, dinsdagochtend. (Foto: ANP/Remko Jansen)

HAVERBEEK (ANP) - Honderden boeren hebben dinsdagochtend met hun trekkers de toegangswegen naar het provinciehuis in Haverbeek geblokkeerd.

Zij protesteren tegen nieuwe regels voor het uitrijden van mest, waarover Provinciale Staten woensdag stemmen.

Lees ook: Waarom de mestregels opnieuw op tafel liggen

De politie heeft een noodbevel afgekondigd voor het centrum. Het busverkeer rijdt om.

© ANP 2026
""", E("2026-09-22", "Boeren blokkeren provinciehuis in Haverbeek met trekkers",
      "Trekkers voor het provinciehuis in Haverbeek, dinsdagochtend.", "Foto: ANP/Remko Jansen",
      ["Sanne de Vries", "Pieter van Dam"], "ANP", "HAVERBEEK",
      "Honderden boeren hebben dinsdagochtend met hun trekkers de toegangswegen", 3,
      "© ANP 2026",
      "Dutch web page: 'Advertentie', 'Delen' and 'Lees ook: ...' are furniture. 'Door ... en ...' byline; lower-case particles in names ('de Vries', 'van Dam') are kept. The (ANP) tag gives the outlet."))

A("no-web-annonse-del.txt", """
Hjem | Nyheter | Innenriks

Annonse

Ras stenger fylkesveien ved Brennvik – 40 husstander isolert

Av Kari Solheim og Eirik Dahle
kari.solheim@brennvikposten.example

Publisert 14.01.2026 07:12 | Oppdatert 14.01.2026 09:30

Del

Raset gikk over fylkesvei 958 like sør for Brennvik natt til onsdag. (Foto: Tor Arne Lien)

Et jord- og steinras gikk over fylkesveien like sør for Brennvik natt til onsdag. Ingen personer kom til skade, men rundt 40 husstander er nå uten veiforbindelse.

Les også: Nye rasvarsler for hele Vestlandet

Vegvesenet opplyser at geologer skal vurdere fjellsiden i løpet av dagen. Veien blir trolig stengt i minst ei uke.

Kommunen har satt opp ekstra båtruter fra Brennvik kai.
""", E("2026-01-14", "Ras stenger fylkesveien ved Brennvik – 40 husstander isolert",
      "Raset gikk over fylkesvei 958 like sør for Brennvik natt til onsdag.", "Foto: Tor Arne Lien",
      ["Kari Solheim", "Eirik Dahle"], None, None,
      "Et jord- og steinras gikk over fylkesveien like sør for Brennvik", 3, None,
      "Norwegian web page: 'Annonse', 'Del' and 'Les også: ...' are furniture, as is the reporter's e-mail under the 'Av ... og ...' byline. The date is day-first ('14.01.2026') in the 'Publisert ... | Oppdatert ...' line. The en dash inside the headline is not a dateline dash."))

A("sv-web-annons-tt.txt", """
date 2026-12-03

Annons

Nyheter

Isbrytare sätts in när Vallösund fryser tidigt

Av Linnea Bergqvist/TT

Dela

Isbrytaren Frej vid kajen i Vallösund på onsdagen. (Foto: Anders Holm/TT)

VALLÖSUND (TT) – Isen har lagt sig över inloppet till Vallösund tre veckor tidigare än normalt, och Sjöfartsverket har skickat en isbrytare för att hålla farleden öppen.

Färjan till Stora Kalvö har ställts in två dagar i rad. Skolbarnen på ön har fått distansundervisning.

Läs också: Så blir vintern i år

– Vi har inte sett något liknande sedan 1987, säger hamnkaptenen Per Lindahl.
""", E("2026-12-03", "Isbrytare sätts in när Vallösund fryser tidigt",
      "Isbrytaren Frej vid kajen i Vallösund på onsdagen.", "Foto: Anders Holm/TT",
      ["Linnea Bergqvist"], "TT", "VALLÖSUND",
      "Isen har lagt sig över inloppet till Vallösund tre veckor", 3, None,
      "Swedish web page: 'Annons', 'Dela' and 'Läs också: ...' are furniture and 'Nyheter' a section label. 'Av Name/TT' glues the agency to the author with a slash. The last paragraph opens with a dialogue dash and is body text."))

A("es-web-bbc-mundo-fuente.txt", """
Saltar al contenido

¿Por qué se están secando los lagos del altiplano?

Redacción
BBC News Mundo

13 febrero 2026

Fuente de la imagen, Getty Images
Pie de foto, El lago Khota Khota, en Bolivia, ha perdido casi la mitad de su superficie en diez años.

Los lagos de alta montaña de los Andes centrales están perdiendo agua a un ritmo que sorprende incluso a los científicos que llevan décadas estudiándolos.

Un estudio publicado esta semana por investigadores de tres universidades sudamericanas calcula que la superficie combinada de 42 lagos del altiplano se redujo un 31% entre 2015 y 2025.

Las causas son varias: menos lluvia, más evaporación por el aumento de las temperaturas y, sobre todo, el uso creciente del agua para la minería y la agricultura.

Compartir
""", E("2026-02-13", "¿Por qué se están secando los lagos del altiplano?",
      "El lago Khota Khota, en Bolivia, ha perdido casi la mitad de su superficie en diez años.", "Getty Images",
      [], "BBC News Mundo", None,
      "Los lagos de alta montaña de los Andes centrales están", 3, None,
      "BBC Mundo: 'Fuente de la imagen, X' and 'Pie de foto, Y' are the Spanish forms of 'Image source' and 'Image caption'. 'Redacción' (newsroom staff) is not an author; the line under it gives the outlet. Date in Spanish without 'de' ('13 febrero 2026')."))

A("de-web-meinung-kolumne.txt", """
date 2026-10-14

Startseite | Meinung | Kolumnen

Meinung

Warum baut Halvenau keine Radwege?

Von Anna Brenner

Teilen
Merken

Wer in Halvenau mit dem Rad zur Arbeit fährt, braucht starke Nerven. Auf der Bahnhofstraße teilen sich Radfahrer die Spur mit Lieferwagen, am Marktplatz endet der Radweg nach 80 Metern an einem Blumenkübel.

Dabei liegt seit 2021 ein fertiger Radverkehrsplan in der Schublade des Rathauses. Gekostet hat er 140.000 Euro. Umgesetzt wurde davon fast nichts.

Anzeige

Anzeigen in der Lokalzeitung, Plakate am Bahnhof, eine Umfrage im Internet: Die Stadt hat viel Geld ausgegeben, um die Bürger nach ihrer Meinung zu fragen. Jetzt wäre es Zeit, auf sie zu hören.

Anna Brenner ist Kolumnistin der Halvenauer Rundschau.
""", E("2026-10-14", "Warum baut Halvenau keine Radwege?", None, None,
      ["Anna Brenner"], "Halvenauer Rundschau", None,
      "Wer in Halvenau mit dem Rad zur Arbeit fährt", 3,
      "Anna Brenner ist Kolumnistin der Halvenauer Rundschau.",
      "German opinion column: 'Meinung' is the section label (also in the navigation), 'Teilen'/'Merken' are share/save buttons and the bare 'Anzeige' line is furniture, while 'Anzeigen in der Lokalzeitung, ...' opens a body paragraph. The German columnist's bio is the trailer and names the outlet (genitive 'der' dropped)."))
