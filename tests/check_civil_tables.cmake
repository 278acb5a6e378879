# Regenerate one of the civil-status check's committed tables into the build
# tree and fail if it differs from the committed file.
#   -DCOMMAND="prog;args" -DOUT=<regenerated> -DFILE=<committed>
#   -DICU_VERSION=<version of the ICU linked> (civil_regions.c only: a
#   table made from another ICU's data cannot be compared with this one's)
execute_process(COMMAND ${COMMAND} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${COMMAND} failed (${rc})")
endif()
if(ICU_VERSION)
  file(STRINGS ${FILE} recorded REGEX "civil_regions_icu_version\\[\\] = ")
  if(NOT recorded MATCHES "\"${ICU_VERSION}\"")
    message(STATUS "${FILE} records another ICU than ${ICU_VERSION} (${recorded}): "
                   "it is used as recorded; regenerate it to follow this ICU")
    return()
  endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${FILE}
                RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${FILE} is stale: regenerate it (see its first lines)")
endif()
message(STATUS "${FILE} matches its generator")
