#!/usr/bin/env bash
# CI, inside a fresh Debian 12 root that has never built anything: the package installs with apt
# (which must find every dependency) and its programs work.
set -euo pipefail
deb=${1:?the .deb to install}
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$deb" > /tmp/install.log 2>&1 || { cat /tmp/install.log; exit 1; }
cd /tmp
avfall --version
avfall --profile /tmp/profile validate transporter /usr/share/doc/avfallsrapport/examples/transport.json
echo "avfall validate: the example note is valid"
QT_QPA_PLATFORM=offscreen avfallsrapport --version
test -f /usr/share/man/man1/avfall.1 && test -f /usr/share/man/sv/man1/avfall.1
echo "package: installed and working"
