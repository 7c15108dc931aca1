# lbdoctor_add_test(NAME name SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s])
# One Qt Test executable per unit, registered with CTest. Tests find fixtures through
# LBDOCTOR_FIXTURES_DIR and the command-line tool through LBDOCTOR_CLI.
function(lbdoctor_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test lbdoctor::engine lbdoctor::settings ${T_LIBS})
    # Harnesses and fixture readers that several test folders share.
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${T_NAME} PRIVATE
        LBDOCTOR_FIXTURES_DIR="${LBDOCTOR_FIXTURES_DIR}"
        LBDOCTOR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LBDOCTOR_CLI="$<TARGET_FILE:lbdoctor-cli>"
        LBDOCTOR_ASKPASS="$<TARGET_FILE:lbdoctor-askpass>")
    # Test tables are full of literals; the strict cast rule guards product code, not data rows.
    # Options follow the definitions on the command line, so this undoes lbdoctor::settings' define.
    target_compile_options(${T_NAME} PRIVATE $<IF:$<CXX_COMPILER_ID:MSVC>,/UQT_NO_CAST_FROM_ASCII,-UQT_NO_CAST_FROM_ASCII>)
    add_dependencies(${T_NAME} lbdoctor-cli lbdoctor-askpass)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()

# Every tst_<unit>.cpp in the calling folder becomes one test executable named tst_<unit>;
# extra sources for a unit can be set beforehand in <unit>_EXTRA_SOURCES; EXCEPT names units to leave out.
function(lbdoctor_add_tests_in_folder)
    cmake_parse_arguments(T "" "" "LIBS;LABELS;EXCEPT" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(test_source ${tests})
        get_filename_component(name ${test_source} NAME_WE)
        if(name IN_LIST T_EXCEPT)
            continue()
        endif()
        lbdoctor_add_test(NAME ${name} SOURCES ${test_source} ${${name}_EXTRA_SOURCES}
            LIBS ${T_LIBS} LABELS ${T_LABELS})
    endforeach()
endfunction()
