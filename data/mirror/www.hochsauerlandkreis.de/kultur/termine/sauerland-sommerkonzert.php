<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Sauerland-Sommerkonzert im Kurpark</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/buergerservice/index.php">Bürgerservice</a></li><li><a href="/kreisverwaltung/index.php">Kreisverwaltung</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Sauerland-Sommerkonzert im Kurpark</h1><p>Datum: 03.07.2027</p><p>Beginn: 19:00 Uhr</p><p>Ort: Kurpark, 59889 Eslohe</p><p>Das Kreisjugendorchester spielt Filmmusik unter freiem Himmel.</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
