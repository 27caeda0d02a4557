# cmake -DBUILD_DIR=... -DPREFIX=... -P InstallTest.cmake
# Installs the build into PREFIX (cmake --install) and checks that the installed samspil-cli runs
# there and speaks Danish from the translation installed beside it, not the copy built into it.
foreach(var BUILD_DIR PREFIX)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "Give -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${code}):\n${out}${err}")
endif()

set(cli "${PREFIX}/bin/samspil-cli")
set(qm "${PREFIX}/share/samspil/translations/samspil_da.qm")
foreach(file "${cli}" "${qm}" "${PREFIX}/share/applications/samspil.desktop" "${PREFIX}/share/doc/samspil/README.md")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "The install has no ${file}")
    endif()
endforeach()

# Runs the installed samspil-cli in Danish (LANGUAGE=da), saying which translations it loads.
function(run_cli expected_code)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env --unset=LC_ALL --unset=LC_MESSAGES LANG=C.UTF-8 LANGUAGE=da
                QT_LOGGING_RULES=samspil.startup.debug=true QT_FORCE_STDERR_LOGGING=1
                "${cli}" ${ARGN}
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code STREQUAL "${expected_code}")
        message(FATAL_ERROR "samspil-cli ${ARGN} exited with ${code}, not ${expected_code}:\n${out}${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

function(require text where)
    string(FIND "${${where}}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Expected “${text}” in what samspil-cli wrote:\n${out}${err}")
    endif()
endfunction()

run_cli(0 --help)
require("Brug: samspil-cli KOMMANDO" out)
require("Translation \"${qm}\"" err)

run_cli(2 stats)
require("Angiv databasen med --db FIL." err)

message(STATUS "The installed samspil-cli runs and speaks Danish from ${qm}")
