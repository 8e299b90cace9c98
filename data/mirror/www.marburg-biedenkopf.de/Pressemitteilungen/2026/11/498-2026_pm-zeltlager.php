<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kreisjugendfeuerwehr plant Pfingstzeltlager</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/Pressemitteilungen/">Presse</a></li><li><a href="/Kreisverwaltung/">Kreisverwaltung</a></li><li><a href="/Tourismus/">Tourismus</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Kreisjugendfeuerwehr plant Pfingstzeltlager</h1><p>Marburg-Biedenkopf – Das Zeltlager der Jugendfeuerwehren findet vom 15. bis 18. Mai 2027 auf dem Sportgelände in 35274 Kirchhain statt. Erwartet werden 600 Kinder und Jugendliche mit Spiel, Sport und Lagerfeuer.</p><p>Pressestelle, presse@example.org</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
