<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Musikschule lädt zum Neujahrskonzert</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/Pressemitteilungen/">Presse</a></li><li><a href="/Kreisverwaltung/">Kreisverwaltung</a></li><li><a href="/Tourismus/">Tourismus</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Musikschule lädt zum Neujahrskonzert</h1><p>Marburg-Biedenkopf – Am Sonntag, 10. Januar 2027, um 17 Uhr spielt das Jugendsinfonieorchester der Kreismusikschule in der Stadthalle, 35260 Stadtallendorf. Karten gibt es an der Abendkasse.</p><p>Pressestelle, presse@example.org</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
