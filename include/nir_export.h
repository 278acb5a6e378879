/*
 * nir_export.h -- symbol visibility for libnir's public functions.
 * Static builds (and bindings that compile the sources in) define
 * NIR_STATIC_DEFINE; CMake defines nir_EXPORTS while building the DLL.
 */
#ifndef NIR_EXPORT_H
#define NIR_EXPORT_H

#if defined(NIR_STATIC_DEFINE)
#define NIR_EXPORT
#elif defined(_WIN32)
#ifdef nir_EXPORTS
#define NIR_EXPORT __declspec(dllexport)
#else
#define NIR_EXPORT __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define NIR_EXPORT __attribute__((visibility("default")))
#else
#define NIR_EXPORT
#endif

#endif
