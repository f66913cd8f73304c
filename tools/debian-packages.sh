# Sourced by run.sh and test.sh: installs the Debian packages named as arguments that are not installed yet. A package
# whose command is on PATH counts as there (npm and chromium may come from elsewhere, such as Node.js's own installer).
install_missing_packages() {
  local missing=() package
  for package in "$@"; do
    command -v "$package" >/dev/null || dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing ${missing[*]}…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# What the portal itself needs: Finnish morphology for search (libvoikko and its dictionary), the Swedish Hunspell
# dictionary, and npm, with which the build installs the admin's rich-text editor (Trix) and the map (Leaflet).
PORTAL_PACKAGES=(libvoikko1 voikko-fi hunspell-sv npm)
