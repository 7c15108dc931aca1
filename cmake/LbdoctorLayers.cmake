# lbdoctor_add_layer(NAME layer [DEPENDS lower-layer ...])
#
# The engine is a stack of static libraries, one per folder of app/ (docs/architecture.md gives the
# order). A layer may use only itself and the layers below it, and the build enforces it twice:
#  - compiling: each layer's include root holds only itself (build/layers/<layer>/<layer> links to
#    app/<layer>); the roots of the layers it DEPENDS on arrive through linking, so an #include that
#    points up the stack does not resolve;
#  - linking: lbdoctor_linkcheck_<layer> links the layer and its dependencies alone, whole, so a
#    call into a layer above is an undefined reference.
# Analyzers, probes, relations and report writers register themselves from static initializers,
# so layers are always linked whole (CMake also refuses one library linked both whole and plain).
function(lbdoctor_add_layer)
    cmake_parse_arguments(L "" "NAME" "DEPENDS" ${ARGN})
    set(target lbdoctor_${L_NAME})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/${L_NAME}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${L_NAME}/*.h)
    qt_add_library(${target} STATIC ${sources})

    set(root ${PROJECT_BINARY_DIR}/layers/${L_NAME})
    file(MAKE_DIRECTORY ${root})
    if(NOT EXISTS ${root}/${L_NAME})
        file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${L_NAME} ${root}/${L_NAME} SYMBOLIC RESULT link_result)
    endif()
    if(EXISTS ${root}/${L_NAME})
        target_include_directories(${target} PUBLIC ${root})
    else()
        # No symbolic links (Windows without developer mode): the linker check below still holds.
        message(STATUS "${target}: no symbolic link (${link_result}); includes are checked by the linker only")
        target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    endif()

    target_link_libraries(${target} PUBLIC Qt6::Core Qt6::Network lbdoctor::settings)
    foreach(lower ${L_DEPENDS})
        target_link_libraries(${target} PUBLIC "$<LINK_LIBRARY:WHOLE_ARCHIVE,lbdoctor_${lower}>")
    endforeach()

    set(check_source ${PROJECT_BINARY_DIR}/layers/linkcheck.cpp)
    if(NOT EXISTS ${check_source})
        file(WRITE ${check_source} "// Links one engine layer alone: an undefined symbol is a call up the stack.\nint main() { return 0; }\n")
    endif()
    add_executable(lbdoctor_linkcheck_${L_NAME} ${check_source})
    target_link_libraries(lbdoctor_linkcheck_${L_NAME} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${target}>")
endfunction()
