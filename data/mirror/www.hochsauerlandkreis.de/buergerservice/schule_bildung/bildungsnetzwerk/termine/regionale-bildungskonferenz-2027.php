<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Regionale Bildungskonferenz Hochsauerlandkreis 2027</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/buergerservice/index.php">Bürgerservice</a></li><li><a href="/kreisverwaltung/index.php">Kreisverwaltung</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Regionale Bildungskonferenz Hochsauerlandkreis 2027</h1><p>Datum: 05.05.2027</p><p>Uhrzeit: 9:00 bis 15:00 Uhr</p><p>Ort: Kreishaus, Steinstraße 27, 59872 Meschede</p><p>Die Bildungskonferenz ist das Forum aller Bildungsakteure im Kreis. Veranstalter: Regionales Bildungsbüro Hochsauerlandkreis.</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
