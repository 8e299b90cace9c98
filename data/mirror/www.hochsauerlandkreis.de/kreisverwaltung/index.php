<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kreisverwaltung</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/buergerservice/index.php">Bürgerservice</a></li><li><a href="/kreisverwaltung/index.php">Kreisverwaltung</a></li></ul></nav></header>
<main id="inhalt">
<h1>Kreisverwaltung</h1><p>Organigramm.</p>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
