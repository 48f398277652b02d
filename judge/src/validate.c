/* Runs a package's validator on one input, through the tool runner (tool.h):
 * a validator that loops on a learner's odd input is stopped at its budget and
 * reported as the package's fault. */
#include "validate.h"

#include "err.h"
#include "tool.h"

#include <stdio.h>
#include <unistd.h>

int validate_input(const problem *p, const char *input_path, bool *valid, char *why,
                   size_t why_size)
{
    if (!p->validator_path || access(p->validator_path, X_OK) != 0)
        return err_report(ERR_PACKAGE, "the validator of '%s' is missing: build the kit (./kit)",
                          p->slug);
    char *argv[] = {p->validator_path, NULL};
    tool_spec spec = {
        .argv = argv, .in_fd = -1, .in_path = input_path, .cpu_ms = tool_budget_ms(p->time_ms)};
    tool_result r;
    int rc = tool_run(&spec, &r);
    if (rc < 0)
        return rc;
    tool_verdict v = tool_kattis(&r);
    if (v == TOOL_FAULT) {
        char how[96];
        return err_report(ERR_PACKAGE, "the validator of '%s' failed on '%s': %s", p->slug,
                          input_path, tool_failure(&r, how, sizeof how));
    }
    *valid = v == TOOL_ACCEPT;
    if (!*valid)
        snprintf(why, why_size, "%s", r.why[0] ? r.why : "the validator gave no reason");
    return 0;
}
