# `cpack -G DEB` (scripts/package.sh): a Debian package of everything `cmake --install` puts in
# place. Its dependencies on shared libraries come from dpkg-shlibdeps; what the programs load at
# run time without linking it (Qt's SQLite driver and platform plugins, the keychain service) is
# named here.
set(CPACK_PACKAGE_NAME "avfallsrapport")
set(CPACK_PACKAGE_VENDOR "The Avfallsrapport developers")
set(CPACK_PACKAGE_CONTACT "Avfallsrapport <avfallsrapport@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "report hazardous waste to the Swedish EPA's waste register")
set(CPACK_PACKAGE_DESCRIPTION
    "Avfallsrapport is for small Swedish businesses that keep notes on hazardous waste and must
report each one to Naturvardsverket's waste register (the Bastjanst Farligt Avfall API) within two
working days. Forms for the eight kinds of note check every rule before sending; a durable queue
survives outages so that no note is lost or sent twice; a history shows the register's avfallId.
The avfall command line offers the same for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${AVFALL_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, proj-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")

set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
