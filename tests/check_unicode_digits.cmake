# Regenerate lib/unicode_digits.c with the ICU of this build and fail if it
# differs from the committed table (ICU's Unicode data changed, or someone
# edited the table or its generator).
execute_process(COMMAND ${GEN} OUTPUT_FILE ${OUT} ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gen_unicode_digits failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SRC}/lib/unicode_digits.c
                RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "lib/unicode_digits.c differs from this ICU's data (${err}): "
          "run `cmake --build <build> --target regen-unicode-digits` and review the diff")
endif()
message(STATUS "lib/unicode_digits.c matches ICU's data: ${err}")
