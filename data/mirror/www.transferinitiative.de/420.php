<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta charset="windows-1252">
<title>Transferinitiative Kommunales Bildungsmanagement - Online-Forum Frühkindliche Bildung</title>
<meta name="keywords" content="Transferinitiative, Kommunales Bildungsmanagement, Transferagenturen, Bildungsmonitoring, Veranstaltungen">
<meta name="description" content="Die Transferinitiative Kommunales Bildungsmanagement unterstützt Kreise und kreisfreie Städte beim Aufbau eines datenbasierten Bildungsmanagements.">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<link rel="stylesheet" href="/css/print.css" type="text/css" media="print">
<script type="text/javascript" src="/js/menu.js"></script>
<script type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function popup(url) { window.open(url,'druck','width=640,height=700,scrollbars=yes'); }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<div id="cookiehinweis" style="background:#eeeeee;padding:6px;font-size:11px;">Diese Seite verwendet Cookies nur, soweit sie für die Anzeige der Seite technisch erforderlich sind (Sitzungs-Cookie). Es findet keine Auswertung Ihres Nutzungsverhaltens statt. <a href="/datenschutz.php">Mehr erfahren</a> | <a href="#" onclick="document.getElementById('cookiehinweis').style.display='none';return false;">Schließen</a></div>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
  <tr>
    <td colspan="3" class="kopf" height="110"><a href="/index.php"><img src="/img/kopf_transferinitiative.jpg" width="980" height="110" border="0" alt="Transferinitiative Kommunales Bildungsmanagement"></a></td>
  </tr>
  <tr>
    <td colspan="3" class="topnavi" height="24">
      <a href="/index.php">Startseite</a> &nbsp;|&nbsp; <a href="/kontakt.php">Kontakt</a> &nbsp;|&nbsp; <a href="/sitemap.php">Sitemap</a> &nbsp;|&nbsp; <a href="/impressum.php">Impressum</a> &nbsp;|&nbsp; <a href="/datenschutz.php">Datenschutz</a> &nbsp;|&nbsp; <a href="/english.php">English</a>
    </td>
  </tr>
  <tr>
    <td width="190" valign="top" class="navi">
      <table width="190" border="0" cellpadding="4" cellspacing="0">
        <tr><td class="navi1"><a href="/index.php">Startseite</a></td></tr>
        <tr><td class="navi1"><a href="/initiative.php">Die Initiative</a></td></tr>
        <tr><td class="navi2"><a href="/ziele.php">Ziele und Auftrag</a></td></tr>
        <tr><td class="navi2"><a href="/foerderung.php">Förderung</a></td></tr>
        <tr><td class="navi1"><a href="/transferagenturen.php">Transferagenturen</a></td></tr>
        <tr><td class="navi1"><a href="/themen.php">Themen</a></td></tr>
        <tr><td class="navi2"><a href="/bildungsmonitoring.php">Bildungsmonitoring</a></td></tr>
        <tr><td class="navi2"><a href="/bildungsmanagement.php">Bildungsmanagement</a></td></tr>
        <tr><td class="navi2"><a href="/neuzugewanderte.php">Neuzugewanderte</a></td></tr>
        <tr><td class="navi2"><a href="/bne.php">BNE</a></td></tr>
        <tr><td class="navi1aktiv"><a href="/veranstaltungen.php">Veranstaltungen</a></td></tr>
        <tr><td class="navi1"><a href="/publikationen.php">Publikationen</a></td></tr>
        <tr><td class="navi1"><a href="/presse.php">Presse</a></td></tr>
        <tr><td class="navi1"><a href="/kontakt.php">Kontakt</a></td></tr>
      </table>
      <br>
      <form action="/suche.php" method="get"><input type="text" name="q" size="16"> <input type="submit" value="Suchen"></form>
    </td>
    <td width="600" valign="top" class="inhalt">
      <p class="rubrik">Veranstaltungen</p>
      <h1>Online-Forum: Frühkindliche Bildung im kommunalen Bildungsmanagement</h1>
      <p class="datum">11. November 2027 13:30 – 16:00 | Online</p>
      <p>Frühkindliche Bildung wird in vielen Kommunen vor allem vom Jugendamt gesteuert, während das Bildungsbüro eher
      Schule und Übergänge im Blick hat. Das Online-Forum lädt dazu ein, beide Perspektiven zusammenzubringen: Wie können
      Kita-Bedarfsplanung, Sprachförderung und Familienbildung im Bildungsmanagement verankert werden?</p>
      <p>Nach einem Impuls stellen drei Kommunen ihre Ansätze vor. In digitalen Kleingruppen besteht anschließend
      Gelegenheit zum Austausch.</p>
      <table width="100%" border="0" cellpadding="3" cellspacing="0" class="eckdaten">
        <tr><td width="130" valign="top"><b>Datum:</b></td><td valign="top">11.11.2027</td></tr>
        <tr><td width="130" valign="top"><b>Uhrzeit:</b></td><td valign="top">13:30–16:00 Uhr</td></tr>
        <tr><td width="130" valign="top"><b>Ort:</b></td><td valign="top">Online (BigBlueButton)</td></tr>
        <tr><td width="130" valign="top"><b>Anmeldung:</b></td><td valign="top">Anmeldeschluss: 28. Oktober 2027</td></tr>
      </table>
      <p><a href="/veranstaltungen.php">&laquo; zurück zur Übersicht</a></p>

    </td>
    <td width="190" valign="top" class="rechts">
      <p class="kastenkopf">Die Transferagenturen</p>
      <p class="kasten">Bundesweit unterstützen regionale Transferagenturen und Entwicklungsagenturen Kommunen beim Aufbau
      eines datenbasierten kommunalen Bildungsmanagements. Eine Übersicht aller Agenturen mit Ansprechpersonen finden
      Sie unter <a href="/transferagenturen.php">Transferagenturen</a>.</p>
      <p class="kastenkopf">Newsletter</p>
      <p class="kasten">Unser Newsletter erscheint sechsmal im Jahr. <a href="/newsletter.php">Jetzt abonnieren</a></p>
      <p class="kastenkopf">Publikationen</p>
      <p class="kasten">Arbeitshilfen, Dokumentationen und Studien zum kommunalen Bildungsmanagement stehen zum kostenlosen
      Download bereit. <a href="/publikationen.php">Zu den Publikationen</a></p>
      <p><img src="/img/logo_foerderer.gif" width="170" height="80" alt="Gefördert vom Bundesministerium für Bildung und Forschung"></p>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="fuss">
      © Transferinitiative Kommunales Bildungsmanagement &nbsp;·&nbsp; Geschäftsstelle: Musterdamm 7, 10115 Berlin &nbsp;·&nbsp; Telefon 0000 123-90 &nbsp;·&nbsp; info(at)example.com
      &nbsp;·&nbsp; <a href="/impressum.php">Impressum</a> &nbsp;·&nbsp; <a href="/datenschutz.php">Datenschutz</a> &nbsp;·&nbsp; <a href="#top">nach oben</a>
    </td>
  </tr>
</table>
</body>
</html>
