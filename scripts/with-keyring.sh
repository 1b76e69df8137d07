#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring Secret Service, so
# that keychain tests talk to a real keychain and nothing falls back to plain text.
set -euo pipefail
if [[ "${AVFALL_IN_KEYRING_SESSION:-}" != "1" ]]; then
    export AVFALL_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
# A throwaway home for the keyring files, removed afterwards; the real user's keyring is untouched.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
# Unlocking with a (non-empty) password creates the login collection without any prompt;
# an empty password would make gnome-keyring ask through a prompt that nobody answers.
printf 'avfallsrapport-test' | gnome-keyring-daemon --unlock --components=secrets > /dev/null
"$@"
