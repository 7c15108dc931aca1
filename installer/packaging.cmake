# Installation layout and CPack packages: DEB and TGZ on Linux, NSIS on Windows.
include(GNUInstallDirs)

set(LBDOCTOR_APP_ID "io.github.lbdoctor.LbDoctor")

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${LBDOCTOR_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${LBDOCTOR_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/lbdoctor.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${LBDOCTOR_APP_ID}.svg)
endif()

if(WIN32 AND TARGET lbdoctor)
    # windeployqt at install time: Qt DLLs, plugins and translations next to lbdoctor.exe.
    qt_generate_deploy_app_script(TARGET lbdoctor OUTPUT_SCRIPT lbdoctor_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${lbdoctor_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "lbdoctor")
set(CPACK_PACKAGE_VENDOR "LB Doctor developers")
set(CPACK_PACKAGE_CONTACT "LB Doctor developers <lbdoctor@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "LB Doctor walks a support engineer through the cloud providers' own procedures for an unhealthy load balancer backend: firewall rules against the health-check CIDR, listening sockets, the exact HTTP check, routes, kernel settings and load, with fix commands and an HTML report.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LB Doctor")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_EXECUTABLES "lbdoctor;LB Doctor")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "LB Doctor")
    set(CPACK_NSIS_PACKAGE_NAME "LB Doctor ${PROJECT_VERSION}")
    if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/windows/lbdoctor.ico")
        set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/lbdoctor.ico")
    endif()
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lbdoctor.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put lbdoctor-cli on PATH
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\LB Doctor.lnk' '$INSTDIR\\\\bin\\\\lbdoctor.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\LB Doctor.lnk'")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Not linked, so dpkg-shlibdeps cannot see them: the SVG image plugin for the icons and Qt's
    # own translations for the Chinese UI.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "iproute2, iputils-ping, iptables, nftables")
endif()

include(CPack)
