#!/usr/bin/env bash
# Installs, from Debian's packages and only when missing, what the browser tests need:
# Chromium (driven by playwright-core), a font with metrics Chromium expects, and the readers
# that open the files Keystone downloads (pdftotext/pdfinfo, qpdf, LibreOffice Writer).
# Note: each tool is looked for by what it provides, not by package name, so a machine with an
# equivalent package (libreoffice-writer-nogui, say) is left as it is.
set -euo pipefail

missing=()
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || missing+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
{ have pdftotext && have pdfinfo; } || missing+=(poppler-utils)
have qpdf || missing+=(qpdf)
{ have libreoffice || have soffice; } || missing+=(libreoffice-writer)

if [ ${#missing[@]} -eq 0 ]; then
  echo 'Test tools: all present (chromium, fonts-liberation, poppler-utils, qpdf, libreoffice).'
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
echo "Installing from Debian: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo 'Test tools installed.'
