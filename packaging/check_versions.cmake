# cmake -DVERSION=X.Y.Z -DDIR=packaging -P check_versions.cmake
# The project's version must head the Debian changelog and the AppStream releases and
# stand in the man pages' .TH lines, so that the package, the software centre and man
# never show another version than the binaries.
foreach(var VERSION DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_versions: pass -D${var}=...")
    endif()
endforeach()
set(problems "")

file(STRINGS "${DIR}/changelog" first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^fraudlens \\(([^)]+)\\) ")
    string(APPEND problems "\n  packaging/changelog does not start with 'fraudlens (VERSION) ...': '${first_line}'")
elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "\n  packaging/changelog starts with version ${CMAKE_MATCH_1}: add an entry for ${VERSION}")
endif()

file(READ "${DIR}/org.fraudlens.FraudLens.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release[^>]*version=\"([^\"]+)\"")
    string(APPEND problems "\n  the metainfo has no <release version=...>")
elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "\n  the metainfo's newest <release> is ${CMAKE_MATCH_1}: add a <release> for ${VERSION} first in <releases>")
endif()

foreach(page fraudlens-cli.1 fraudlens.1)
    file(STRINGS "${DIR}/${page}" th REGEX "^\\.TH ")
    if(NOT th MATCHES "\"FraudLens ${VERSION}\"")
        string(APPEND problems "\n  the .TH line of packaging/${page} does not say \"FraudLens ${VERSION}\": '${th}'")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "check_versions: the project is version ${VERSION}, but:${problems}")
endif()
message(STATUS "check_versions: changelog, metainfo and man pages are at ${VERSION}")
