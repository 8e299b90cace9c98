<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zweite Bildungskonferenz: Ganztag gemeinsam gestalten</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/Pressemitteilungen/">Presse</a></li><li><a href="/Kreisverwaltung/">Kreisverwaltung</a></li><li><a href="/Tourismus/">Tourismus</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Zweite Bildungskonferenz: Ganztag gemeinsam gestalten</h1><p>Marburg-Biedenkopf – Wie kann der Ganztag an Grundschulen im Landkreis gelingen? Darum geht es bei der zweiten Bildungskonferenz des Landkreises am Dienstag, 26. Januar 2027. Beginn ist um 18:00 Uhr im Tagungsgebäude der Kreisverwaltung (Im Lichtenholz 60, 35043 Marburg).</p><p>Das Bildungsmanagement des Kreises lädt Schulleitungen, Träger und Eltern ein. Um Anmeldung bis zum 15. Januar 2027 an bildung@example.org wird gebeten.</p><p>Pressestelle, presse@example.org</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
