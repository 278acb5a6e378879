# nir_set_warnings(target): the project's warning set, applied PRIVATE so
# consumers are never affected. Each compiler gets the flags it knows;
# NIR_WERROR (off by default, on in tools/test-all.sh) makes them errors.
option(NIR_WERROR "Treat compiler warnings as errors (CI turns it on)" OFF)

set(NIR_WARNINGS_COMMON -Wall -Wextra -Wshadow -Wstrict-prototypes
    -Wmissing-prototypes -Wconversion -Wsign-conversion -Wformat=2 -Wundef -Wvla)
if(CMAKE_C_COMPILER_ID STREQUAL "MSVC")
  # /W4 with the two CRT "deprecations" of standard C functions (strncpy,
  # sscanf, ...) silenced: libnir uses them with explicit lengths.
  set(NIR_WARNINGS /W4 /wd4996)
  set(NIR_WERROR_FLAG /WX)
elseif(CMAKE_C_COMPILER_ID STREQUAL "GNU")
  set(NIR_WARNINGS ${NIR_WARNINGS_COMMON} -Wlogical-op -Wduplicated-cond)
  set(NIR_WERROR_FLAG -Werror)
elseif(CMAKE_C_COMPILER_ID MATCHES "Clang") # Clang, AppleClang, IntelLLVM
  set(NIR_WARNINGS ${NIR_WARNINGS_COMMON} -Wunreachable-code)
  set(NIR_WERROR_FLAG -Werror)
else()
  set(NIR_WARNINGS "")
  set(NIR_WERROR_FLAG "")
endif()

# nir_relax_conversion_warnings(target): Check's macros trip -Wconversion
# on their own expansions; the unit tests turn those two off.
function(nir_relax_conversion_warnings target)
  if(CMAKE_C_COMPILER_ID STREQUAL "GNU" OR CMAKE_C_COMPILER_ID MATCHES "Clang")
    target_compile_options(${target} PRIVATE -Wno-conversion -Wno-sign-conversion)
  endif()
endfunction()

function(nir_set_warnings target)
  target_compile_options(${target} PRIVATE ${NIR_WARNINGS})
  if(NIR_WERROR)
    target_compile_options(${target} PRIVATE ${NIR_WERROR_FLAG})
  endif()
  if(NIR_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${NIR_SANITIZE}
      -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${NIR_SANITIZE})
  endif()
endfunction()
