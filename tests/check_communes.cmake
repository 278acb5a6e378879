# Regenerate lib/civil/civil_communes_table.c into the build tree and fail if
# it differs from the committed file (data/insee_communes.csv, the generator
# or the output was edited alone).
execute_process(COMMAND ${PYTHON} ${SRC}/tools/gen_communes.py ${SRC}/data
                OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tools/gen_communes.py failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}
                ${SRC}/lib/civil/civil_communes_table.c RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "lib/civil/civil_communes_table.c is stale: run `cmake --build <build> --target regen-communes`")
endif()
message(STATUS "lib/civil/civil_communes_table.c matches data/")
