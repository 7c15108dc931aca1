# Translations: English is the source language. lupdate reads app/ and ui/; the .qm files are
# embedded in the engine under :/i18n so both executables carry them.
#   cmake --build build --target update_translations   # refresh the .ts files after string changes
file(GLOB_RECURSE lbdoctor_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
set(LBDOCTOR_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/lbdoctor_zh_CN.ts)
qt_add_translations(lbdoctor_core
    TS_FILES ${LBDOCTOR_TS_FILES}
    SOURCES ${lbdoctor_i18n_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
