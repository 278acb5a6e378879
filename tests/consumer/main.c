/* A payroll integrator's first program against the installed libnir. */
#include <stdio.h>
#include <string.h>

#include <nir.h>

int main(void)
{
    const char *number = "2 84 05 2A 321 025 52";
    nir_result r;
    if (nir_parse(number, strlen(number), NIR_PROFILE_STANDARD, &r) != NIR_OK) {
        fprintf(stderr, "consumer: unexpected status %s\n", nir_status_name(r.status));
        return 1;
    }
    if (strcmp(nir_version_string(), NIR_VERSION_STRING) != 0) {
        fprintf(stderr, "consumer: header/library version mismatch\n");
        return 1;
    }
    printf("libnir %s: %s, department %s\n", nir_version_string(),
           nir_kind_name(r.kind), r.department_name);
    return 0;
}
