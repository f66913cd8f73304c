#!/usr/bin/env bash
# Makes an upgrade fixture: runs the portal of COMMIT on an empty data folder, gives it the data a real portal has
# through the product's own commands and forms, stops it cleanly, packs the folder into OUT.tar.gz and writes what it
# holds (read back with sqlite3) to OUT.manifest.json beside it, for the upgrade test to find again.
#
#   tests/Fixtures/upgrade/make-data-folder.sh COMMIT tests/Fixtures/upgrade/COMMIT.tar.gz
#
# Needs the .NET SDK the commit builds with, git, curl, python3 (reads HTML forms), sqlite3 and jq.
set -euo pipefail

(($# == 2)) || { echo "Usage: $0 COMMIT OUT.tar.gz" >&2; exit 2; }
[[ $2 == *.tar.gz ]] || { echo "OUT must end in .tar.gz: $2" >&2; exit 2; }
commit=$1
out=$(realpath -m "$2")
manifest=${out%.tar.gz}.manifest.json
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)

# The accounts the fixture has; the test logs in with them, so the manifest keeps the passwords (test data only).
admin_password='Vanha-julkaisu-2026!'
site_admin_password='Kylat-yllapito-2026!'
editor_password='Toimittaja-2026-kirjoittaa!'

missing=()
for tool in curl python3 sqlite3 jq; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# No request of the fixture's may hang the script.
curl() { command curl --max-time 120 "$@"; }

work=$(mktemp -d)
src=$work/src
data=$work/data
portal=""

fail() {
  echo "make-data-folder: $*" >&2
  exit 1
}

# Fails when the portal did not stop cleanly within 60 s (it is then killed).
stop_portal() {
  local pid=$portal
  [ -n "$pid" ] || return 0
  portal=""
  # SIGINT to the process group reaches both `dotnet run` and the portal it started, which shuts down cleanly.
  kill -INT -- "-$pid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || true
    return 1
  fi
  wait "$pid" 2>/dev/null || true
}

clean_up() {
  local status=$?
  stop_portal || true
  if ((status != 0)) && [ -f "$work/portal.log" ]; then
    echo "--- the portal's last log lines:" >&2
    tail -n 30 "$work/portal.log" >&2
  fi
  git -C "$repo" worktree remove --force "$src" 2>/dev/null || true
  rm -rf "$work"
}
trap clean_up EXIT

echo "Building $commit…"
git -C "$repo" worktree add --quiet --detach "$src" "$commit"
commit=$(git -C "$src" rev-parse HEAD)
(cd "$src" && dotnet build src/Web -nologo -v q >"$work/build.log" 2>&1) || { tail -n 30 "$work/build.log" >&2; fail "the build failed"; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
# The import command runs beside the server, as another node would; the server looks for such changes to index
# every OutboxCheck (5 minutes by default), so the fixture asks for every 5 seconds.
portal_env=(Portal__DataPath="$data" Portal__AdminUser=admin Portal__AdminPassword="$admin_password"
  Portal__Search__OutboxCheck=00:00:05)

echo "Starting the portal on $base with the demo recipe…"
# Job control gives the portal a process group of its own, and a background job without it would ignore SIGINT.
set -m
(cd "$src" && exec env "${portal_env[@]}" dotnet run --no-build --project src/Web --urls "$base") >"$work/portal.log" 2>&1 &
portal=$!
set +m
for _ in $(seq 300); do
  [ "$(curl -s "$base/health" || true)" = Healthy ] && break
  kill -0 "$portal" 2>/dev/null || fail "the portal exited before it was healthy"
  sleep 1
done
[ "$(curl -s "$base/health" || true)" = Healthy ] || fail "/health did not say Healthy within 300 s"

# The fields of the form on the saved page that has the field FIELD, as a browser posts them (the antiforgery token
# among them), with name=value pairs replacing what the page filled in.
cat >"$work/form.py" <<'EOF'
import html.parser, sys, urllib.parse

class Forms(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.form, self.textarea, self.select, self.option = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = []
            self.forms.append(self.form)
        elif self.form is None or (tag != "option" and not a.get("name")):
            return
        elif tag == "input" and a.get("type", "text") not in ("submit", "button", "image", "file", "reset"):
            if a.get("type") not in ("checkbox", "radio"):
                self.form.append([a["name"], a.get("value", "")])
            elif "checked" in a:
                self.form.append([a["name"], a.get("value", "on")])
        elif tag == "textarea":
            self.textarea = [a["name"], ""]
            self.form.append(self.textarea)
        elif tag == "select":
            self.select = {"name": a["name"], "multiple": "multiple" in a, "first": None, "chosen": []}
        elif tag == "option" and self.select is not None:
            if "value" in a:
                self.choose(a["value"], "selected" in a)
            else:
                self.option = a

    def choose(self, value, selected):
        self.select["first"] = value if self.select["first"] is None else self.select["first"]
        if selected:
            self.select["chosen"].append(value)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        elif self.option is not None:
            self.choose(data.strip(), "selected" in self.option)
            self.option = None

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None:
            s = self.select
            unchosen = [] if s["multiple"] or s["first"] is None else [s["first"]]
            self.form.extend([s["name"], v] for v in s["chosen"] or unchosen)
            self.select = None
        elif tag == "form":
            self.form = None

page, field, *overrides = sys.argv[1:]
parser = Forms()
parser.feed(open(page, encoding="utf-8").read())
fields = next(f for f in parser.forms if any(name == field for name, _ in f))
for override in overrides:
    name, value = override.split("=", 1)
    fields = [f for f in fields if f[0] != name] + [[name, value]]
print(urllib.parse.urlencode([tuple(f) for f in fields]), end="")
EOF

# submit JAR PAGE ACTION FIELD [name=value…]: opens PAGE with the cookie jar, fills in its form that has FIELD and posts
# it to ACTION, as a browser would; the answer must be a redirect (the product's post/redirect/get), else it failed.
submit() {
  local jar=$1 page=$2 action=$3 field=$4 code
  shift 4
  code=$(curl -sS -o "$work/page.html" -w '%{http_code}' -c "$jar" -b "$jar" "$base$page")
  [ "$code" = 200 ] || fail "GET $page answered $code"
  python3 "$work/form.py" "$work/page.html" "$field" "$@" >"$work/form.body"
  code=$(curl -sS -o "$work/answer.html" -w '%{http_code}' -c "$jar" -b "$jar" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$work/form.body" "$base$action")
  if [ "$code" != 302 ]; then
    # The refused form's error messages, without their markup.
    grep -A4 -E 'class="[^"]*(error|validation)' "$work/answer.html" | sed 's/<[^>]*>//g' | grep -v '^[[:space:]]*$' | head -n 20 >&2 || true
    fail "POST $action answered $code, not a redirect: the form was refused"
  fi
}

log_in() { # JAR SITE_ROOT USER PASSWORD
  submit "$1" "$2login" "$2login" Input.UserName Input.UserName="$3" Input.Password="$4"
}

db() { # TENANT SQL: one value from the tenant's database
  sqlite3 -readonly "$data/Sites/$1/content.db" "$2"
}

echo "The portal administrator creates a site with its first administrator…"
# The demo sites have no accounts, and the portal administrator's login is valid on the portal only: a site made on
# the sites page is how a site gets an administrator, and it is where accounts and edits are made below.
log_in "$work/portal.jar" / admin "$admin_password"
submit "$work/portal.jar" /admin/sivustot/uusi /admin/sivustot/uusi Input.AdminUserName \
  Input.Name=kylat "Input.DisplayName=Kylät ry" Input.Region=keski-suomi Input.Recipe=leader-group \
  Input.AdminUserName=kylat-admin Input.AdminEmail=yllapito@kylat.example.fi Input.AdminPassword="$site_admin_password"

echo "Importing register cards into mansikka and kylat…"
cards=("$src"/tests/Fixtures/seeds/00[123]_*.txt)
for tenant in mansikka kylat; do
  (cd "$src" && env "${portal_env[@]}" dotnet run --no-build --project src/Web -- \
    import register --tenant "$tenant" --publish "${cards[@]}" >"$work/import.log" 2>&1) \
    || { cat "$work/import.log" >&2; fail "importing into $tenant failed"; }
done

echo "The site's administrator adds an editor; the editor edits a project…"
log_in "$work/site-admin.jar" /kylat/ kylat-admin "$site_admin_password"
submit "$work/site-admin.jar" /kylat/admin/kayttajat/uusi /kylat/admin/kayttajat/uusi Input.UserName \
  Input.UserName=toimittaja Input.Email=toimittaja@kylat.example.fi Input.Password="$editor_password" Input.Roles=Editor
log_in "$work/editor.jar" /kylat/ toimittaja "$editor_password"
project=$(db kylat "select ContentItemId from ContentItems where Latest
  and Slug = 'osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon'")
[ -n "$project" ] || fail "the imported project is not in kylat"
edit=/kylat/admin/sisalto/$project
# A draft, published; then a newer draft, so that the item's Latest and Published versions differ.
submit "$work/editor.jar" "$edit" "$edit?handler=Save" TitlePart.Title \
  'BodyPart.Html=<p>Hankkeen loppuseminaari pidettiin Tuusniemen kylätalolla.</p>'
submit "$work/editor.jar" "$edit" "$edit?handler=Publish" TitlePart.Title
submit "$work/editor.jar" "$edit" "$edit?handler=Save" TitlePart.Title \
  'BodyPart.Html=<p>Hankkeen loppuseminaari pidettiin Tuusniemen kylätalolla.</p><p>Loppuraportti valmistuu keväällä.</p>'

echo "A visitor asks to join a network…"
submit "$work/visitor.jar" /elava-kainuu/hyvinvointipaiva /elava-kainuu/verkostot/hyvinvointipaiva/liity Input.Name \
  "Input.Name=Liisa Virtanen" Input.Email=liisa.virtanen@example.fi "Input.Phone=040 123 4567" \
  "Input.Message=Haluaisin mukaan järjestämään hyvinvointipäivää." Input.Consent=true

# Published items whose pages the test opens and which search must find by a word of theirs:
# tenant, culture, slug, word (edited, imported by the command, and untouched demo content). Seeds 002 and 003 are
# Finnish cards in the register's Swedish pages: releases before 54d96d3 stored them as Swedish, later ones as Finnish,
# so their culture is "any", the one the release gave them.
published=(
  "kylat fi osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon Tuusniemen"
  "mansikka any yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa monipalvelupisteet"
  "mansikka any palveleva-yhteiso-2020 vapaaehtoistyössä"
  "elava-kainuu fi hyvinvointipaiva liikuntahallilla"
  "majakka fi yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa monipalvelupisteitä"
)
echo "Waiting until search finds the published items…"
items=()
for entry in "${published[@]}"; do
  read -r tenant culture slug word <<<"$entry"
  item=$(db "$tenant" "select json_object('tenant', '$tenant', 'culture', Culture, 'contentItemId', ContentItemId,
    'title', DisplayText, 'word', '$word') from ContentItems where Published and Slug = '$slug'
    and ('$culture' = 'any' or Culture = '$culture') order by Culture limit 1")
  [ -n "$item" ] || fail "no published $culture item $slug in $tenant"
  culture=$(jq -r .culture <<<"$item")
  id=$(jq -r .contentItemId <<<"$item")
  title=$(jq -r .title <<<"$item")
  url=/$tenant$([ "$culture" = fi ] || echo "/$culture")/$slug
  page=$(curl -sS --fail "$base$url") || fail "$url did not answer 200"
  grep -qF "$title" <<<"$page" || fail "$url does not show its title '$title'"
  query=$(jq -rn --arg q "$word" --arg c "$culture" '"q=\($q|@uri)&culture=\($c)"')
  for _ in $(seq 120); do
    curl -sS "$base/$tenant/api/search?$query" | jq -e --arg id "$id" 'any(.hits[]; .contentItemId == $id)' >/dev/null && break
    sleep 1
  done
  curl -sS "$base/$tenant/api/search?$query" | jq -e --arg id "$id" 'any(.hits[]; .contentItemId == $id)' >/dev/null \
    || fail "search in $tenant for '$word' did not find $id within 120 s"
  items+=("$(jq -c --arg url "$url" '. + {url: $url}' <<<"$item")")
done

echo "Stopping the portal…"
stop_portal || fail "the portal did not stop within 60 s of SIGINT"
# A cleanly closed SQLite database has folded its write-ahead log back in; a log with content would be lost data.
if find "$data" -name '*-wal' -size +0 | grep -q .; then
  fail "a SQLite write-ahead log is left with content: the portal did not close its databases"
fi

echo "Writing the manifest…"
site_facts() { # TENANT: what the tenant's database holds, as JSON
  sqlite3 -readonly "$data/Sites/$1/content.db" "select json_object(
    'contentItems', (select json_group_array(json(item)) from (
      select json_object('contentItemId', ContentItemId, 'contentType', ContentType,
        'versionIds', json_group_array(VersionId),
        'latest', max(case when Latest then VersionId end), 'published', max(case when Published then VersionId end)) as item
      from (select * from ContentItems order by Id) group by ContentItemId order by ContentItemId)),
    'users', (select json_group_array(json(user)) from (
      select json_object('userName', u.UserName, 'roles', (select json_group_array(r.Name)
        from (select * from Roles order by Name) r join UserRoles ur on ur.RoleId = r.Id where ur.UserId = u.Id)) as user
      from Users u order by u.UserName)),
    'roles', (select json_group_array(json(role)) from (
      select json_object('name', r.Name, 'permissions', (select json_group_array(c.ClaimValue)
        from (select * from RoleClaims order by ClaimValue) c where c.RoleId = r.Id)) as role
      from Roles r order by r.Name)),
    'joinRequestIds', (select json_group_array(Id) from (select Id from NetworkJoinRequests order by Id)),
    'auditEntryIds', (select json_group_array(Id) from (select Id from AuditEntries order by Id)),
    'importedItemIds', (select json_group_array(ContentItemId) from (select ContentItemId from ProjectImportRecord order by ContentItemId)))"
}
tenants=$(sqlite3 -readonly "$data/host.db" "select json_group_array(json_object('name', Name, 'state', State,
  'urlPrefix', UrlPrefix)) from (select * from Tenants order by Name)")
sites='{}'
for tenant in $(jq -r '.[].name' <<<"$tenants"); do
  sites=$(jq -c --arg t "$tenant" --argjson facts "$(site_facts "$tenant")" '. + {($t): $facts}' <<<"$sites")
done
jq -n --arg commit "$commit" --arg made "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --argjson tenants "$tenants" \
  --argjson sites "$sites" --argjson published "$(printf '%s\n' "${items[@]}" | jq -s .)" \
  --arg admin "$admin_password" --arg siteAdmin "$site_admin_password" --arg editor "$editor_password" '{
    commit: $commit,
    madeUtc: $made,
    accounts: [
      {tenant: "Default", siteRoot: "/", userName: "admin", password: $admin},
      {tenant: "kylat", siteRoot: "/kylat/", userName: "kylat-admin", password: $siteAdmin},
      {tenant: "kylat", siteRoot: "/kylat/", userName: "toimittaja", password: $editor}
    ],
    tenants: $tenants,
    sites: $sites,
    published: $published
  }' >"$manifest"

echo "Packing the data folder…"
# Everything the folder holds (databases, search indexes, data-protection keys), except SQLite -wal and -shm files:
# after the clean stop checked above they are empty leftovers. Sorted, without owners or a gzip timestamp.
tar --sort=name --owner=0 --group=0 --numeric-owner --exclude='*-wal' --exclude='*-shm' -C "$data" -cf - . | gzip -9n >"$out"
echo "Wrote $out ($(du -h "$out" | cut -f1)) and $manifest."
