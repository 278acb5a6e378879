# Regenerate lib/nir_tables.c into the build tree and fail if it differs from
# the committed file (someone edited the data, the generator or the output).
execute_process(COMMAND ${PYTHON} ${SRC}/tools/gen_tables.py ${SRC}/data
                OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tools/gen_tables.py failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SRC}/lib/nir_tables.c
                RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "lib/nir_tables.c is stale: run `cmake --build <build> --target regen-tables`")
endif()
message(STATUS "lib/nir_tables.c matches data/")
