/*
 * nir_version.h -- libnir's release version: the single source of truth
 * (CMakeLists.txt reads it; the bindings' versions are checked against it).
 */
#ifndef NIR_VERSION_H
#define NIR_VERSION_H

#define NIR_VERSION_MAJOR 1
#define NIR_VERSION_MINOR 0
#define NIR_VERSION_PATCH 0
#define NIR_VERSION_STRING "1.0.0"
/** (major << 16) | (minor << 8) | patch, for #if checks */
#define NIR_VERSION \
    ((NIR_VERSION_MAJOR << 16) | (NIR_VERSION_MINOR << 8) | NIR_VERSION_PATCH)

#endif
