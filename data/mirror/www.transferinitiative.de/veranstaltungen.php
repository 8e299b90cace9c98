<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta charset="windows-1252">
<title>Transferinitiative Kommunales Bildungsmanagement - Veranstaltungen</title>
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
      <h1>Veranstaltungen</h1>
      <p>Die Transferinitiative lädt Kommunen, Transferagenturen und Fachöffentlichkeit zu Konferenzen, Sprechstunden
      und Webinaren ein. Die Teilnahme an allen Veranstaltungen ist kostenfrei. Veranstaltungen der regionalen
      Transferagenturen finden Sie auf deren Internetseiten.</p>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="teaser">
        <tr><td class="teasertitel"><a href="/415.php"><b>Fachkonferenz der Transferinitiative 2027: Bildungsdaten wirksam nutzen</b></a></td></tr>
        <tr><td class="teaserdatum">10. Juni 2027 09:30 – 16:00 | Berlin</td></tr>
        <tr><td class="teasertext">Unsere große Fachkonferenz 2027: Wie aus Bildungsdaten Entscheidungen werden. Mit Foren, Praxisbeispielen und Marktplatz.</td></tr>
        <tr><td class="teasermehr" align="right"><a href="/415.php">mehr</a></td></tr>
      </table>
      <hr size="1" noshade color="#cccccc">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="teaser">
        <tr><td class="teasertitel"><a href="/412.php"><b>DKBM-Sprechstunde: Förderrichtlinie Bildungskommunen</b></a></td></tr>
        <tr><td class="teaserdatum">06. Mai 2027 09:00 – 10:00 | Online</td></tr>
        <tr><td class="teasertext">Offene Sprechstunde zu Fragen rund um die Förderrichtlinie und die Antragstellung.</td></tr>
        <tr><td class="teasermehr" align="right"><a href="/412.php">mehr</a></td></tr>
      </table>
      <hr size="1" noshade color="#cccccc">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="teaser">
        <tr><td class="teasertitel"><a href="/417.php"><b>Webinar: Übergänge Kita–Grundschule datenbasiert begleiten</b></a></td></tr>
        <tr><td class="teaserdatum">02. März 2027 10:00 – 11:30 | Online</td></tr>
        <tr><td class="teasertext">Welche Daten helfen, den Übergang in die Grundschule kommunal zu gestalten?</td></tr>
        <tr><td class="teasermehr" align="right"><a href="/417.php">mehr</a></td></tr>
      </table>
      <hr size="1" noshade color="#cccccc">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="teaser">
        <tr><td class="teasertitel"><a href="/420.php"><b>Online-Forum: Frühkindliche Bildung im kommunalen Bildungsmanagement</b></a></td></tr>
        <tr><td class="teaserdatum">11. November 2027 13:30 – 16:00 | Online</td></tr>
        <tr><td class="teasertext">Forum für Kommunen, die frühkindliche Bildung stärker in ihr Bildungsmanagement einbinden wollen.</td></tr>
        <tr><td class="teasermehr" align="right"><a href="/420.php">mehr</a></td></tr>
      </table>
      <hr size="1" noshade color="#cccccc">
      <p align="center">Seite 1 &nbsp; <a href="/veranstaltungen.php?seite=2">Seite 2</a> &nbsp; <a href="/veranstaltungen.php?seite=2">weiter &raquo;</a></p>

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
