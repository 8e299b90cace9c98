#!/usr/bin/env bash
# "Git scraping": crawl, write the calendar file, and commit the database and the feed only when
# the events changed (new, changed or missing events, or a different feed). A crawl that found
# nothing new leaves the repository untouched, so the history shows changes, not runs.
#
# Run from the repository root. Environment (all optional):
#   DKBM_DB          database            (default data/dkbm.db)
#   DKBM_FEED        iCalendar file      (default data/dkbm.ics)
#   DKBM_SUMMARY     crawl summary JSON  (default data/last-crawl.json)
#   DKBM_CRAWL_ARGS  extra arguments for `dkbm crawl` (e.g. --source NAME)
# Exit status: that of `dkbm crawl` (the commit is made even when some sources failed).
set -uo pipefail
DB=${DKBM_DB:-data/dkbm.db}
FEED=${DKBM_FEED:-data/dkbm.ics}
SUMMARY=${DKBM_SUMMARY:-data/last-crawl.json}
mkdir -p "$(dirname "$DB")" "$(dirname "$FEED")" "$(dirname "$SUMMARY")"

# shellcheck disable=SC2086  # DKBM_CRAWL_ARGS is a list of arguments
dkbm crawl --db "$DB" --summary-json "$SUMMARY" --quiet --wait 600 ${DKBM_CRAWL_ARGS:-}
status=$?
if [ ! -f "$SUMMARY" ]; then
  echo "git-scrape: keine Zusammenfassung ($SUMMARY), nichts übernommen." >&2
  exit "$status"
fi
dkbm ics --db "$DB" -o "$FEED" || exit $?

changes=$(python3 -c 'import json, sys; t = json.load(open(sys.argv[1]))["total"]; print(t["events_new"] + t["events_changed"] + t["events_missing"])' "$SUMMARY")
feed_changed=0
if ! git ls-files --error-unmatch "$FEED" >/dev/null 2>&1 || ! git diff --quiet -- "$FEED"; then
  feed_changed=1
fi
if [ "$changes" -eq 0 ] && [ "$feed_changed" -eq 0 ]; then
  echo "git-scrape: keine Änderungen an den Veranstaltungen, nichts übernommen."
  git checkout -- "$DB" "$SUMMARY" 2>/dev/null || true
  exit "$status"
fi
# -f: a project may .gitignore its local database; here it is the published artefact.
git add -f -- "$DB" "$FEED" "$SUMMARY"
git -c user.name="${GIT_AUTHOR_NAME:-dkbm-aggregate}" -c user.email="${GIT_AUTHOR_EMAIL:-dkbm-aggregate@users.noreply.github.com}" \
  commit --quiet -m "Veranstaltungen: $changes neu, geändert oder fehlend ($(date -u +%Y-%m-%dT%H:%MZ))"
echo "git-scrape: übernommen ($changes Änderungen)."
exit "$status"
