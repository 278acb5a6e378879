# nir_set_warnings(target): the project's warning set, applied PRIVATE so
# consumers are never affected. -Werror is part of the contract (gcc and clang).
function(nir_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
    -Wconversion -Wsign-conversion -Wformat=2 -Wundef -Wvla)
  if(NIR_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${NIR_SANITIZE}
      -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${NIR_SANITIZE})
  endif()
endfunction()
