# The compile policy every target of ours links: language level, warnings and strict Qt defines.
add_library(avfall_policy INTERFACE)

target_compile_features(avfall_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(avfall_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
if(AVFALL_WERROR)
    target_compile_options(avfall_policy INTERFACE -Werror)
endif()

target_compile_definitions(avfall_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AVFALL_VERSION="${PROJECT_VERSION}"
    AVFALL_SYSTEM_ID="${AVFALL_SYSTEM_ID}")

if(AVFALL_SANITIZE)
    target_compile_options(avfall_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(avfall_policy INTERFACE -fsanitize=address,undefined)
endif()

# A library of ours that must never see Qt Widgets or Gui. The layer check at the end of the
# configure (cmake/AvfallLayerGuard.cmake) enforces it, following links transitively: here the
# target only has to be in a layer of cmake/AvfallLayers.cmake that is not a GUI layer.
function(avfall_forbid_widgets target)
    set_property(GLOBAL APPEND PROPERTY AVFALL_NON_GUI_TARGETS ${target})
endfunction()
