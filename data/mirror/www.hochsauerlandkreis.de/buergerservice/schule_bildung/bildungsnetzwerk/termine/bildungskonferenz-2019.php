<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Regionale Bildungskonferenz 2019</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/buergerservice/index.php">Bürgerservice</a></li><li><a href="/kreisverwaltung/index.php">Kreisverwaltung</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Regionale Bildungskonferenz 2019</h1><p>Datum: 08.05.2019</p><p>Ort: Kreishaus, 59872 Meschede</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
