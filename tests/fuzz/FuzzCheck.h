#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks on every input: when it does not hold, the input is a finding. It
// aborts, so libFuzzer saves the input as a crash and the replay in CTest fails on it.
#define FUZZ_CHECK(condition, what)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s) at %s:%d\n", what, #condition, __FILE__,        \
                         __LINE__);                                                                          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
