# cmake -DBUILD_DIR=… -DAPP_ID=… -DSOURCE_DIR=… -P checkinstall.cmake
set(root "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${root}")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${ARGN}\nexit ${rc}\n${out}${err}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} -E env DESTDIR=${root} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr)

set(expected
    usr/bin/avfallsrapport
    usr/bin/avfall
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/man/man1/avfall.1
    usr/share/man/man1/avfallsrapport.1
    usr/share/man/sv/man1/avfall.1
    usr/share/man/sv/man1/avfallsrapport.1
    usr/share/avfallsrapport/translations/avfallsrapport_en.qm
    usr/share/avfallsrapport/translations/qtextra_sv.qm
    usr/share/doc/avfallsrapport/examples/transport.json)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/${file}")
        message(FATAL_ERROR "not installed: /${file}")
    endif()
endforeach()

# The validators of freedesktop.org and AppStream, offline.
run(desktop-file-validate "${root}/usr/share/applications/${APP_ID}.desktop")
if(output MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${output}")
endif()
run(appstreamcli validate --no-net "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml")

# The installed programs start, and the command line checks the installed example.
run("${root}/usr/bin/avfall" --version)
run("${root}/usr/bin/avfallsrapport" --version)
run("${root}/usr/bin/avfall" --profile "${root}/profile" validate transporter
    "${root}/usr/share/doc/avfallsrapport/examples/transport.json")
message(STATUS "installed and validated in ${root}")
file(REMOVE_RECURSE "${root}")
