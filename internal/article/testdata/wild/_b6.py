from _lib import A, E

A("es-columna-opinion-bio.txt", """
date 2026-05-30

Opinión

¿Hasta cuándo esperaremos el tren a Valdeira?

Por Julia Arrieta

Compartir

Hace veinte años que los políticos de todos los colores prometen devolver el tren a Valdeira. Lo prometió un ministro en 2006, otro en 2013 y un tercero hace apenas dos años, con maqueta incluida.

Mientras tanto, los autobuses tardan dos horas y cuarto en llegar a la capital. Un estudiante que quiera ir a la universidad tiene que elegir entre madrugar cada día o pagar un piso que su familia no puede permitirse.

¿Es mucho pedir un calendario? No una promesa: un calendario, con fechas y con dinero.

Julia Arrieta es periodista y columnista de El Heraldo de Valdeira.
""", E("2026-05-30", "¿Hasta cuándo esperaremos el tren a Valdeira?", None, None,
      ["Julia Arrieta"], "El Heraldo de Valdeira", None,
      "Hace veinte años que los políticos de todos los colores", 3,
      "Julia Arrieta es periodista y columnista de El Heraldo de Valdeira.",
      "Spanish opinion column: 'Opinión' is a section label and 'Compartir' a share button. The body paragraph opening with '¿' is story text, not a second headline. The Spanish columnist's bio is the trailer and names the outlet."))

A("it-web-di-minuscolo.txt", """
date 2026-11-11

Home | Cronaca | Economia

Chiude dopo 90 anni la cartiera di Val Serena, 140 operai a casa

di Sara Colombo e Davide Russo

Condividi

Pubblicità

La cartiera di Val Serena fermerà le macchine il 31 dicembre. L'annuncio è arrivato mercoledì mattina ai sindacati con una lettera di tre righe.

Lo stabilimento, aperto nel 1936, produceva carta per imballaggi. Negli ultimi due anni aveva già ridotto la produzione di un terzo a causa del costo dell'energia.

«Ci hanno detto che il gruppo concentrerà tutto in Germania», racconta Marco Pellegrini, delegato sindacale.
""", E("2026-11-11", "Chiude dopo 90 anni la cartiera di Val Serena, 140 operai a casa", None, None,
      ["Sara Colombo", "Davide Russo"], None, None,
      "La cartiera di Val Serena fermerà le macchine il 31", 3, None,
      "Italian byline with a lower-case 'di' (as Italian papers print it) and 'e' between the authors. Navigation, 'Condividi' and 'Pubblicità' are furniture."))

A("email-reuters-wrapped-60.txt", """
From: Reuters India Desk <indiadesk@example.in>
Date: Fri, 4 Dec 2026 00:45:00 +0530
To: Business Desk
Subject: India's monsoon-hit sugar output seen falling 8%, trade body says

India's monsoon-hit sugar output seen falling 8%, trade body says

MUMBAI, Dec 4 (Reuters) - India's sugar production is likely to fall 8% in the 2026/27 season to 29.4 million metric tons because of uneven monsoon rains in the main cane-growing states, a trade body said in a statement released shortly after midnight.

The lower output could limit the government's room to allow exports, which it restricted last season to keep domestic prices in check.

Production in Maharashtra, the top producing state, is expected to drop 12%, the Deccan Sugar Producers' Association said.

(Reporting by Rajendra Joshi; Editing by Savitri Menon)
""", E("2026-12-04", "India's monsoon-hit sugar output seen falling 8%, trade body says", None, None,
      [], "Reuters", "MUMBAI, Dec 4",
      "India's sugar production is likely to fall 8% in the", 3,
      "(Reporting by Rajendra Joshi; Editing by Savitri Menon)",
      "Hard-wrapped at 60 columns. The Date: line is 00:45 on 4 Dec at +0530, so the date as written is 2026-12-04 (3 Dec in UTC), and the Reuters month-day agrees. No byline; the subject matches the headline."),
  wrap=60)

A("de-byline-before-headline.txt", """
date 2026-06-16

Von Miriam Scholz

Mühlhorst bekommt sein Freibad zurück

Zehn Jahre nach der Schließung öffnet das Freibad in Mühlhorst am Samstag wieder. Ein Förderverein hatte 1,8 Millionen Euro gesammelt und das Becken zum großen Teil in Eigenarbeit saniert.

„Wir haben jeden Samstag geschuftet, bei jedem Wetter“, sagt Vereinschef Rainer Doll. Die Stadt übernimmt künftig die Betriebskosten.

Der Eintritt kostet drei Euro, für Kinder ist er frei.
""", E("2026-06-16", "Mühlhorst bekommt sein Freibad zurück", None, None,
      ["Miriam Scholz"], None, None,
      "Zehn Jahre nach der Schließung öffnet das Freibad in Mühlhorst", 3, None,
      "The byline comes before the headline; the short paragraph after it with no closing full stop is still the headline, not body."))

A("caption-above-dateline-reuters.txt", """
Herring catch off northern Japan falls to lowest in 20 years

13 February 2026

Fishing boats are moored at the port of Kitahama, Hokkaido, Japan, February 12, 2026. REUTERS/Kenji Morita

KITAHAMA, Japan, Feb 13 (Reuters) - Fishermen in this port town on Japan's northern island of Hokkaido landed less herring last year than in any year since 2006, the local cooperative said on Friday, blaming warmer seas that have pushed the fish further north.

The catch fell 38% to 4,100 tons, and the average price paid at auction nearly doubled.

"The young people ask me if there is a future in this," said Hiroshi Takeda, 71, who has fished from Kitahama for more than half a century. "I don't know what to tell them."

(Reporting by Kenji Morita; Editing by Colm Hartigan)
""", E("2026-02-13", "Herring catch off northern Japan falls to lowest in 20 years",
      "Fishing boats are moored at the port of Kitahama, Hokkaido, Japan, February 12, 2026.", "REUTERS/Kenji Morita",
      [], "Reuters", "KITAHAMA, Japan, Feb 13",
      "Fishermen in this port town on Japan's northern island of", 3,
      "(Reporting by Kenji Morita; Editing by Colm Hartigan)",
      "A caption with a trailing Reuters credit sits directly above the dateline paragraph, with no byline. The bare date line under the headline gives the date; the photographer's name in the credit and sign-off is not a byline."))
