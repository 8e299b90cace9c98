<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Fachtag Inklusion in der Schule</title></head>
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><nav class="mainnav"><ul><li><a href="/buergerservice/index.php">Bürgerservice</a></li><li><a href="/kreisverwaltung/index.php">Kreisverwaltung</a></li></ul></nav></header>
<main id="inhalt">
<article><h1>Fachtag Inklusion in der Schule</h1><p>Datum: 24.02.2027</p><p>Uhrzeit: 14:00–17:30 Uhr</p><p>Ort: Sauerlandtheater, Enster Straße 1, 59821 Arnsberg</p><p>Für Lehrkräfte, Schulbegleitungen und Fachkräfte der Jugendhilfe.</p></article>
</main>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></footer>
</body></html>
