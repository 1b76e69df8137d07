# The layers of the project and the rule between them, read by two checks:
#   - avfall_check_layers(), called at the end of the top-level CMakeLists.txt, follows every link
#     of every target of ours transitively (LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES, through
#     imported Qt targets), writes the result to <build>/avfall-links.txt and stops the configure
#     on a forbidden link (AVFALL_LAYER_GUARD=WARNING only reports it);
#   - the CTest guard_layers (cmake/AvfallLayersCheck.cmake) reads that file and fails on the same
#     rules, so a suite run catches what a lenient configure let through.
# This file holds no target queries: the -P script includes it too.

# avfall_layer(<name> TARGETS <targets...> [USES <layers...>] [GUI])
# A layer may reach the layers it USES and, through them, theirs. Only a GUI layer may reach Qt's
# Gui and Widgets modules.
macro(avfall_layer name)
    cmake_parse_arguments(L "GUI;PAINT" "" "TARGETS;USES" ${ARGN})
    set(AVFALL_LAYER_USES_${name} ${L_USES})
    set(AVFALL_LAYER_GUI_${name} ${L_GUI})
    set(AVFALL_LAYER_PAINT_${name} ${L_PAINT})
    foreach(layer_target IN LISTS L_TARGETS)
        set(AVFALL_LAYER_OF_${layer_target} ${name})
    endforeach()
    list(APPEND AVFALL_LAYER_NAMES ${name})
endmacro()

set(AVFALL_LAYER_NAMES)
avfall_layer(resources TARGETS avfall_data)
avfall_layer(i18n TARGETS avfall_i18n avfall_i18n_qtextra)
avfall_layer(core TARGETS avfall_core USES resources)
avfall_layer(store TARGETS avfall_store USES core)
avfall_layer(network TARGETS avfall_network USES core)
avfall_layer(models TARGETS avfall_models USES core)
avfall_layer(secrets TARGETS avfall_secrets USES network)
avfall_layer(queue TARGETS avfall_queue USES store network)
avfall_layer(sandbox TARGETS avfall_sandbox USES network)
# The use cases under both front ends (issue 15, item 1).
avfall_layer(services TARGETS avfall_services USES store network secrets queue models sandbox)
# Widgets every GUI library shares: the palette, the status line, the dialog seam.
# PAINT: may draw with Qt Gui (documents to PDF on the offscreen platform), never Widgets.
avfall_layer(printing TARGETS avfall_printing USES services PAINT)
avfall_layer(widgets TARGETS avfall_widgets USES core GUI)
# The note forms: core and models only.
avfall_layer(forms TARGETS avfall_forms USES widgets models GUI)
# Settings and first start: the GUI that reaches the network and the secrets.
avfall_layer(setup TARGETS avfall_setup USES widgets forms secrets services printing GUI)
avfall_layer(app TARGETS avfall_appshell avfallsrapport USES setup forms services printing i18n GUI)
avfall_layer(cli TARGETS avfall USES services printing i18n PAINT)

# The layers <layer> may reach: itself and, transitively, what it uses.
function(avfall_layer_reach layer out)
    set(reach ${layer})
    set(pending ${AVFALL_LAYER_USES_${layer}})
    while(pending)
        list(POP_FRONT pending next)
        if(NOT next IN_LIST reach)
            list(APPEND reach ${next})
            list(APPEND pending ${AVFALL_LAYER_USES_${next}})
        endif()
    endwhile()
    set(${out} ${reach} PARENT_SCOPE)
endfunction()

# The forbidden links of <target> (in <layer>), given everything it reaches; empty when none.
function(avfall_layer_violations target layer reached out)
    set(problems)
    if(NOT layer)
        list(APPEND problems "${target} has no layer: give it one in cmake/AvfallLayers.cmake")
    else()
        avfall_layer_reach(${layer} allowed)
        foreach(dependency IN LISTS reached)
            if(dependency MATCHES "^Qt6?::Gui$" AND AVFALL_LAYER_PAINT_${layer})
                # drawing without widgets: allowed
            elseif(dependency MATCHES "^Qt6?::(Gui|Widgets|OpenGLWidgets|PrintSupport|Charts)$")
                if(NOT AVFALL_LAYER_GUI_${layer})
                    list(APPEND problems "${target} (${layer}) reaches ${dependency}, only GUI layers may")
                endif()
            elseif(DEFINED AVFALL_LAYER_OF_${dependency})
                set(other ${AVFALL_LAYER_OF_${dependency}})
                if(NOT other IN_LIST allowed)
                    list(APPEND problems "${target} (${layer}) reaches ${dependency} (${other})")
                endif()
            endif()
        endforeach()
    endif()
    set(${out} ${problems} PARENT_SCOPE)
endfunction()
