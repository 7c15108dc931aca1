# One INTERFACE target carries the language standard, warnings and strict Qt defines;
# every LB Doctor target links it, so the rules are stated once.
add_library(lbdoctor_settings INTERFACE)
add_library(lbdoctor::settings ALIAS lbdoctor_settings)

target_compile_features(lbdoctor_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(lbdoctor_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    LBDOCTOR_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(lbdoctor_settings INTERFACE /W4 /utf-8 /permissive-)
    if(DEFINED ENV{CI})
        target_compile_options(lbdoctor_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(lbdoctor_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(DEFINED ENV{CI})
        target_compile_options(lbdoctor_settings INTERFACE -Werror)
    endif()
endif()
